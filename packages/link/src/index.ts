/** The permalink codec's public entry: a snapshot of the app's state to and from a `#v2.…` fragment, with no UI. */
export { CURRENT_FORMAT, MAX_FRAGMENT_LENGTH, MAX_PAYLOAD_BYTES, decodePermalink, encodePermalink, isPermalinkFragment, type DecodeResult } from './codec'
export { permalinkError, type PermalinkError, type PermalinkErrorKind } from './errors'
export {
  MAX_MINOR,
  MAX_OBJECT_INDEX,
  MAX_STEP,
  MAX_TEXT_BYTES,
  SNAPSHOT_DEFAULTS,
  isShareableVersion,
  isWorkshopPosition,
  nonDefaultFields,
  utf8Length,
  validateSnapshot,
  type Snapshot,
  type SnapshotCheck,
  type WorkshopPosition,
} from './snapshot'
