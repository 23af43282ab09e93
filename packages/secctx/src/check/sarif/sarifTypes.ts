/** The part of SARIF 2.1.0 (OASIS) that `secctx check --format sarif` writes, named as the standard names it. */

/** SARIF's four result levels; `none` is never written. */
export type SarifLevel = 'error' | 'warning' | 'note'

/** A plain-text message; `markdown` only in rule help. */
export interface SarifMessage {
  text: string
  markdown?: string
}

/** A region of a text file: 1-based lines, columns in UTF-16 code units (the run's `columnKind`), end column exclusive. */
export interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/** Where a file is: a URI relative to `uriBaseId` when it has one, else absolute. */
export interface SarifArtifactLocation {
  uri: string
  uriBaseId?: string
}

/** A place in a file. */
export interface SarifLocation {
  physicalLocation: {
    artifactLocation: SarifArtifactLocation
    region?: SarifRegion
  }
}

/** A rule (`reportingDescriptor`): what one kind of result means and how to fix it. */
export interface SarifRule {
  id: string
  name: string
  shortDescription: SarifMessage
  fullDescription: SarifMessage
  help: Required<SarifMessage>
  helpUri?: string
  defaultConfiguration: { level: SarifLevel }
  properties: Record<string, unknown> & { tags: string[] }
}

/** One finding. */
export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: SarifLocation[]
  partialFingerprints: Record<string, string>
  properties: Record<string, unknown>
}

/** Something that went wrong with the run rather than with a manifest (an input that could not be read). */
export interface SarifNotification {
  level: SarifLevel
  message: SarifMessage
  descriptor: { id: string }
  locations?: SarifLocation[]
}
