/** Namespace rollout planning: PSA's label rules, its admission configuration, and the plan. */
export { planNamespaces, type PlanInput, type PlanOptions } from './plan'
export { defaultAdmissionSettings, readAdmissionConfig, type AdmissionSettings } from './admissionConfig'
export { policyFromLabels } from './psaLabels'
