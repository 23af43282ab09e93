/** The tokens go-yaml v2's scanner produces, with their source offsets. */

/** Token kinds, as libyaml names them. */
export const T = {
  StreamStart: 0,
  StreamEnd: 1,
  VersionDirective: 2,
  TagDirective: 3,
  DocumentStart: 4,
  DocumentEnd: 5,
  BlockSequenceStart: 6,
  BlockMappingStart: 7,
  BlockEnd: 8,
  FlowSequenceStart: 9,
  FlowSequenceEnd: 10,
  FlowMappingStart: 11,
  FlowMappingEnd: 12,
  BlockEntry: 13,
  FlowEntry: 14,
  Key: 15,
  Value: 16,
  Alias: 17,
  Anchor: 18,
  Tag: 19,
  Scalar: 20,
} as const

/** A token kind. */
export type TokenType = (typeof T)[keyof typeof T]

/** Scalar styles. */
export const Style = { Plain: 1, Single: 2, Double: 3, Literal: 4, Folded: 5 } as const

/** A scalar style. */
export type ScalarStyle = (typeof Style)[keyof typeof Style]

/** One token; `start` and `end` are offsets into the whole text. */
export interface Token {
  type: TokenType
  start: number
  end: number
  /** Scalar text, anchor or alias name, tag handle, or %TAG handle. */
  value?: string
  style?: ScalarStyle
  /** Tag suffix, or %TAG prefix. */
  suffix?: string
}

/** A syntax error at an offset, worded as go-yaml words it. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly problem: string,
    readonly offset: number,
  ) {
    super(problem)
  }
}
