/** Namespace rollout planning: PSA's label rules, its admission configuration, and the plan. */
export { planNamespaces, type PlanInput, type PlanOptions } from './plan'
export { readAdmissionConfig, type AdmissionSettings } from './admissionConfig'
export { LABEL_PREFIX as POD_SECURITY_LABEL_PREFIX, MODES as POD_SECURITY_MODES } from './psaLabels'
