/** The volume sources of the Kubernetes API, as restrictedVolumes and API defaulting see them. */
import { own } from '../util/values'
import { present } from './podView'

/** Sources a restricted pod may use. */
export const ALLOWED_VOLUME_SOURCES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
] as const

/** Every other source, in the order upstream picks a volume's type label. */
export const RESTRICTED_VOLUME_SOURCES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
] as const

/** All sources the API server's decoder knows; any other key is dropped before admission. */
export const VOLUME_SOURCES: readonly string[] = [...ALLOWED_VOLUME_SOURCES, ...RESTRICTED_VOLUME_SOURCES]

/** True when the volume sets this source to a mapping (a null or wrongly typed source is unset). */
export function hasSource(volume: Record<string, unknown>, source: string): boolean {
  return present(own(volume, source)) !== undefined
}
