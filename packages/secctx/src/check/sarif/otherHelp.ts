/**
 * The words of the SARIF rules that are not Pod Security checks: API problems (by the engine's
 * problem `code`), kubelet outcomes ("will it run?") and unreadable input.
 */
import type { KubeletFinding } from '@secctx/engine'

/** The words of one rule. */
export interface RuleWords {
  title: string
  /** What the finding means. */
  description: string
  fix: string
}

/** An API problem's words and the severity the engine gives that code. */
export interface ProblemWords extends RuleWords {
  severity: 'error' | 'warning'
}

const rejects = 'The API server rejects the object, so `kubectl apply` fails before Pod Security is consulted.'

/** Words for the problem codes the engine reports; a code missing here still gets a rule of its own (see rules.ts). */
export const PROBLEM_WORDS: Readonly<Record<string, ProblemWords>> = {
  'missing-pod-template': {
    severity: 'error',
    title: 'Workload without a pod template',
    description: `The workload has no pod template. ${rejects} Pod Security would evaluate an empty pod.`,
    fix: 'Add the pod template (spec.template, or spec.jobTemplate.spec.template for a CronJob).',
  },
  'misplaced-field': {
    severity: 'error',
    title: 'Field written at the wrong level',
    description: `A field is written where the API schema does not have it, for example a container-only securityContext field in the pod's securityContext. kubectl's strict field validation (its default) rejects it.`,
    fix: 'Move the field to where the message says it belongs.',
  },
  'unknown-field': {
    severity: 'error',
    title: 'Unknown field',
    description: `The API schema has no field of this name here, most often a misspelling. kubectl's strict field validation (its default) rejects it.`,
    fix: 'Correct the field name; the message suggests the nearest one.',
  },
  'wrong-type': {
    severity: 'error',
    title: 'Value of the wrong type',
    description: `The value's JSON type is not the one the API expects, for example "true" in quotes for a boolean. ${rejects}`,
    fix: 'Write the value with the type the message names (true rather than "true", 1000 rather than "1000").',
  },
  'id-range': {
    severity: 'error',
    title: 'User or group ID out of range',
    description: `runAsUser, runAsGroup, fsGroup and supplementalGroups must be between 0 and 2147483647. ${rejects}`,
    fix: 'Use a UID or GID in that range.',
  },
  procMount: {
    severity: 'error',
    title: 'Invalid procMount',
    description: `procMount must be Default or Unmasked, and Unmasked requires spec.hostUsers: false. ${rejects}`,
    fix: 'Remove procMount, or set hostUsers: false for Unmasked.',
  },
  seccompProfile: {
    severity: 'error',
    title: 'Invalid seccomp profile',
    description: `A seccompProfile needs a type (RuntimeDefault, Localhost or Unconfined); Localhost needs a relative localhostProfile without "..", which no other type may set. ${rejects}`,
    fix: 'Set type: RuntimeDefault, or type: Localhost with a relative localhostProfile.',
  },
  appArmorProfile: {
    severity: 'error',
    title: 'Invalid AppArmor profile',
    description: `An appArmorProfile needs a type (RuntimeDefault, Localhost or Unconfined); Localhost needs a localhostProfile, which no other type may set. ${rejects}`,
    fix: 'Set type: RuntimeDefault, or type: Localhost with the name of a profile loaded on the nodes.',
  },
  allowPrivilegeEscalation: {
    severity: 'error',
    title: 'allowPrivilegeEscalation: false contradicted',
    description: `allowPrivilegeEscalation: false cannot be combined with privileged: true or with the capability CAP_SYS_ADMIN. ${rejects}`,
    fix: 'Remove privileged: true (or the CAP_SYS_ADMIN capability), or the allowPrivilegeEscalation: false that contradicts it.',
  },
  seLinuxChangePolicy: {
    severity: 'error',
    title: 'Invalid seLinuxChangePolicy',
    description: `seLinuxChangePolicy must be MountOption or Recursive. ${rejects}`,
    fix: 'Use MountOption or Recursive, or remove the field.',
  },
  hostProcess: {
    severity: 'error',
    title: 'Inconsistent Windows HostProcess settings',
    description: `In a pod with HostProcess containers every container must be one, and the pod must set hostNetwork: true. ${rejects}`,
    fix: 'Make hostProcess the same on the pod and every container, and set hostNetwork: true, or remove hostProcess.',
  },
  gmsaCredentialSpecName: {
    severity: 'error',
    title: 'Invalid gMSA credential spec name',
    description: `windowsOptions.gmsaCredentialSpecName must be a DNS subdomain name. ${rejects}`,
    fix: 'Use the name of the GMSACredentialSpec object.',
  },
  gmsaCredentialSpec: {
    severity: 'error',
    title: 'Invalid gMSA credential spec',
    description: `windowsOptions.gmsaCredentialSpec must not be empty and must be under 64 KiB. ${rejects}`,
    fix: 'Give the credential spec, or remove the field.',
  },
  runAsUserName: {
    severity: 'error',
    title: 'Invalid Windows user name',
    description: `windowsOptions.runAsUserName must be a valid Windows user name, optionally with a domain (DOMAIN\\user). ${rejects}`,
    fix: 'Use a user name such as ContainerUser.',
  },
  'os-name': {
    severity: 'error',
    title: 'Invalid spec.os.name',
    description: `spec.os.name must be linux or windows. ${rejects}`,
    fix: 'Set spec.os.name to linux or windows, or remove spec.os.',
  },
  'linux-field-on-windows': {
    severity: 'error',
    title: 'Linux-only field in a Windows pod',
    description: `A pod with spec.os.name: windows may not set Linux-only securityContext fields (seLinuxOptions, seccompProfile, runAsUser, capabilities…). ${rejects}`,
    fix: 'Remove the Linux-only field; on Windows use windowsOptions.runAsUserName for the user.',
  },
  'windows-options-on-linux': {
    severity: 'error',
    title: 'windowsOptions in a Linux pod',
    description: `A pod with spec.os.name: linux may not set windowsOptions. ${rejects}`,
    fix: 'Remove windowsOptions, or set spec.os.name: windows if the pod is meant for Windows nodes.',
  },
  'duplicate-key': {
    severity: 'warning',
    title: 'Duplicate key',
    description: 'A mapping repeats a key: kubectl silently keeps the last value, so the earlier one has no effect.',
    fix: 'Keep one of the keys.',
  },
  'os-name-missing': {
    severity: 'warning',
    title: 'Windows pod without spec.os.name',
    description:
      'The pod targets Windows nodes but does not say so in spec.os.name, the only signal the API server and Pod Security read: Linux-only fields are accepted and ignored, and the Windows exemptions of the restricted level do not apply.',
    fix: 'Set spec.os.name: windows.',
  },
  'run-as-user-on-windows': {
    severity: 'warning',
    title: 'runAsUser on a Windows pod',
    description:
      'runAsUser has no effect on Windows nodes, and kubelets without the fix from kubernetes/kubernetes#125040 leave such a pod stuck in ContainerCreating.',
    fix: 'Use windowsOptions.runAsUserName instead.',
  },
  'ignored-on-windows': {
    severity: 'warning',
    title: 'Linux-only field ignored on Windows',
    description: 'The field is Linux-only: Windows nodes silently ignore it, and with spec.os.name: windows the API server rejects it.',
    fix: 'Remove the field from the Windows pod.',
  },
  'os-mismatch': {
    severity: 'warning',
    title: 'spec.os.name disagrees with the node placement',
    description:
      'spec.os.name names one operating system while the node selector or affinity places the pod on nodes of the other, whose kubelet rejects it (PodOSNotSupported).',
    fix: 'Make spec.os.name and the kubernetes.io/os node selector agree.',
  },
  'no-windows-node-selector': {
    severity: 'warning',
    title: 'Windows pod not steered to Windows nodes',
    description:
      'The scheduler ignores spec.os.name: without a kubernetes.io/os: windows node selector (or required node affinity, or a RuntimeClass) the pod can land on a Linux node, whose kubelet rejects it.',
    fix: 'Add nodeSelector: {kubernetes.io/os: windows}.',
  },
}

/** The kinds of kubelet outcome, one rule each: refused, or left to the image or the node. */
export type KubeletKind = 'refused' | 'depends-on-image' | 'depends-on-node'

/** A kubelet finding's kind. */
export function kubeletKind(finding: Pick<KubeletFinding, 'status' | 'dependsOn'>): KubeletKind {
  if (finding.status === 'refused') return 'refused'
  return finding.dependsOn === 'node' ? 'depends-on-node' : 'depends-on-image'
}

/** Words for each kind of kubelet outcome. */
export const KUBELET_WORDS: Readonly<Record<KubeletKind, RuleWords>> = {
  refused: {
    title: 'The kubelet refuses to start the container',
    description:
      'The API server and Pod Security accept the pod, but the kubelet will not start the container (CreateContainerConfigError): runAsNonRoot: true together with ' +
      'runAsUser: 0 on Linux, or with runAsUserName ContainerAdministrator on Windows.',
    fix: 'Set a non-zero runAsUser (on Windows a runAsUserName such as ContainerUser), or remove the contradicting setting.',
  },
  'depends-on-image': {
    title: 'Whether the container starts depends on its image',
    description:
      "runAsNonRoot: true with no runAsUser (on Windows no runAsUserName): the kubelet reads the image's user and refuses root, or a user name it cannot verify as non-root.",
    fix: 'Set runAsUser to the non-zero UID the image runs as (on Windows runAsUserName: ContainerUser) so the outcome does not depend on the image.',
  },
  'depends-on-node': {
    title: 'Whether the pod starts depends on the node',
    description:
      "A Localhost seccomp or AppArmor profile must exist on the node, and a sysctl outside the kubelet's safe set must be allowed there (--allowed-unsafe-sysctls), or the kubelet rejects the pod or container.",
    fix: 'Make sure every node the pod can land on has the profile or allows the sysctl, or use RuntimeDefault and safe sysctls.',
  },
}

/** Words for an input that could not be read (a YAML or JSON error, a document that is not an object). */
export const INPUT_WORDS: RuleWords = {
  title: 'Manifest cannot be read',
  description:
    'The document cannot be read as kubectl reads it: a YAML or JSON syntax error, a document that is not a Kubernetes object, or a List item without a kind. kubectl refuses the file too.',
  fix: 'Correct the document at the position given.',
}
