/** The kubelet gate's findings before their paths are turned into source locations. */
import type { FieldPath, KubeletFinding } from '../types'

/** A kubelet finding whose path is relative to the pod template root. */
export interface KubeletIssue extends Pick<KubeletFinding, 'container' | 'status' | 'dependsOn' | 'message'> {
  path: FieldPath
}

/** How the kubelet names the pod in its errors, `name_namespace(uid)` (`format.Pod`), as far as the manifest knows it. */
export interface PodIdentity {
  kind: string
  name: string | null
  namespace: string | null
}
