/**
 * What the generator adds to, or changes in, what kubernetes-types 1.30.0 says. Everything here
 * is a deliberate, reviewed decision; the rest of the schema comes from the package.
 */
import { refTo, type JsonSchema } from './jsonSchema'

const core = (name: string) => `io.k8s.api.core.v1.${name}`

/**
 * Objects whose unknown fields are schema errors (`additionalProperties: false`), so a misspelled
 * security field (`runAsNonRot`) is flagged instead of silently ignored, as the API server's
 * strict field validation does. Limited to the security-relevant path from a workload to its
 * containers; the rest stays open so fields newer than the package are not false errors.
 */
export const CLOSED_DEFINITIONS: ReadonlySet<string> = new Set([
  ...['Pod', 'PodTemplate', 'ReplicationController'].map(core),
  ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].map((name) => `io.k8s.api.apps.v1.${name}`),
  ...['Job', 'CronJob'].map((name) => `io.k8s.api.batch.v1.${name}`),
  ...[
    'PodTemplateSpec',
    'PodSpec',
    'Container',
    'EphemeralContainer',
    'PodSecurityContext',
    'SecurityContext',
    'Capabilities',
    'SeccompProfile',
    'AppArmorProfile',
    'SELinuxOptions',
    'WindowsSecurityContextOptions',
    'Sysctl',
    'Volume',
    'HostPathVolumeSource',
  ].map(core),
])

/** Type aliases whose package type is narrower than what the API server accepts. */
export const ALIAS_CORRECTIONS: Readonly<Record<string, JsonSchema>> = {
  // Quantity unmarshals from JSON numbers too: `cpu: 1` and `cpu: 0.5` are valid manifests.
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { type: ['string', 'number'] },
}

/** A field added to Kubernetes after the package's version. */
interface NewerField {
  definition: string
  property: string
  /** The Kubernetes release that introduced the field (and later stages, if any). */
  since: string
  schema: JsonSchema
}

/**
 * Fields newer than kubernetes-types 1.30.0 on the closed objects above: without them, a manifest
 * for a newer cluster would get false "property is not allowed" errors. Descriptions follow the
 * upstream API docs of the release named in `since`.
 */
export const NEWER_FIELDS: readonly NewerField[] = [
  {
    definition: core('PodSecurityContext'),
    property: 'supplementalGroupsPolicy',
    since: 'v1.31 (alpha), beta in v1.33',
    schema: {
      type: 'string',
      enum: ['Merge', 'Strict'],
      description:
        'Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. Merge adds the groups the container image defines for the uid; Strict uses only fsGroup, supplementalGroups and runAsGroup. Note that this field cannot be set when spec.os.name is windows.',
    },
  },
  {
    definition: core('PodSecurityContext'),
    property: 'seLinuxChangePolicy',
    since: 'v1.32 (alpha), beta in v1.33',
    schema: {
      type: 'string',
      enum: ['MountOption', 'Recursive'],
      description:
        'seLinuxChangePolicy defines how the container\'s SELinux label is applied to all volumes used by the Pod. Valid values are "MountOption" and "Recursive". "Recursive" means relabeling of all files on all Pod volumes by the container runtime; it may be slow for large volumes but allows mixing privileged and unprivileged Pods sharing the same volume on the same node. "MountOption" mounts all eligible Pod volumes with the `-o context` mount option. It affects only Pods that have an SELinux label set. Note that this field cannot be set when spec.os.name is windows.',
    },
  },
  {
    definition: core('PodSpec'),
    property: 'resources',
    since: 'v1.32 (alpha), beta in v1.34',
    schema: {
      ...refTo(core('ResourceRequirements')),
      description:
        'Resources is the total amount of CPU and memory resources required by all containers in the pod. It supports requests and limits for "cpu" and "memory" only; resource claims are not supported. Requires the PodLevelResources feature gate.',
    },
  },
  {
    definition: core('PodSpec'),
    property: 'hostnameOverride',
    since: 'v1.34 (alpha)',
    schema: {
      type: 'string',
      description:
        "HostnameOverride specifies an explicit override for the pod's hostname as perceived by the pod. It does not affect DNS records. When set, it takes precedence over `hostname` and `subdomain`; `setHostnameAsFQDN` must be unset or false and `hostNetwork` must be false. Requires the HostnameOverride feature gate.",
    },
  },
  ...['Container', 'EphemeralContainer'].map((definition) => ({
    definition: core(definition),
    property: 'restartPolicyRules',
    since: 'v1.34 (alpha)',
    schema: {
      type: 'array',
      items: refTo(core('ContainerRestartRule')),
      description:
        "Represents a list of rules to be checked to determine if the container should be restarted on exit. The rules are evaluated in order; once a rule matches, the remaining rules are ignored, and if none matches, the container's restart policy decides. At most 20 rules are allowed. When rules are specified, the container must set restartPolicy explicitly. Requires the ContainerRestartRules feature gate.",
    },
  })),
  {
    definition: core('Volume'),
    property: 'image',
    since: 'v1.31 (alpha), beta in v1.33',
    schema: {
      ...refTo(core('ImageVolumeSource')),
      description:
        "image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine. The volume is mounted read-only and non-executable. Requires the ImageVolume feature gate.",
    },
  },
]

/** Definitions only the newer fields above refer to. */
export const NEWER_DEFINITIONS: Readonly<Record<string, JsonSchema>> = {
  [core('ImageVolumeSource')]: {
    type: 'object',
    description: 'ImageVolumeSource represents an image volume resource (Kubernetes v1.31+).',
    properties: {
      reference: {
        type: 'string',
        description: 'Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image.',
      },
      pullPolicy: {
        type: 'string',
        enum: ['Always', 'Never', 'IfNotPresent'],
        description:
          'Policy for pulling OCI objects. Possible values are: Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.',
      },
    },
    additionalProperties: false,
  },
  [core('ContainerRestartRule')]: {
    type: 'object',
    description: 'ContainerRestartRule describes how a container exit is handled (Kubernetes v1.34+).',
    properties: {
      action: {
        type: 'string',
        enum: ['Restart'],
        description:
          'Specifies the action taken on a container exit if the requirements are satisfied. The only possible value is "Restart" to restart the container.',
      },
      exitCodes: {
        ...refTo(core('ContainerRestartRuleOnExitCodes')),
        description: 'Represents the exit codes to check on container exits.',
      },
    },
    required: ['action'],
    additionalProperties: false,
  },
  [core('ContainerRestartRuleOnExitCodes')]: {
    type: 'object',
    description: 'ContainerRestartRuleOnExitCodes describes the condition for handling an exited container based on its exit codes (Kubernetes v1.34+).',
    properties: {
      operator: {
        type: 'string',
        enum: ['In', 'NotIn'],
        description:
          'Represents the relationship between the container exit code(s) and the specified values: In means the exit code is in the set of values, NotIn means it is not.',
      },
      values: {
        type: 'array',
        items: { type: 'integer' },
        description: 'Specifies the set of values to check for container exit codes. At most 255 elements are allowed.',
      },
    },
    required: ['operator'],
    additionalProperties: false,
  },
}
