import { expect, test } from 'vitest'
import { goQuote } from './goQuote'

test.each([
  ['unconfined', '"unconfined"'],
  ['', '""'],
  ['say "hi"', '"say \\"hi\\""'],
  ['back\\slash', '"back\\\\slash"'],
  ['\x01', '"\\x01"'],
  ['\x07\x08\x0c\n\r\t\x0b', '"\\a\\b\\f\\n\\r\\t\\v"'],
  ['\x00\x1f\x7f', '"\\x00\\x1f\\x7f"'],
  ['a b', '"a b"'],
  ['caf\u00e9 \u65e5\u672c', '"caf\u00e9 \u65e5\u672c"'],
  ['\u{1F600}', '"\u{1F600}"'],
  ['\u00a0', '"\\u00a0"'],
  ['\u2028', '"\\u2028"'],
  ['\u200b', '"\\u200b"'],
  ['\uE000', '"\\ue000"'],
  ['\u{F0000}', '"\\U000f0000"'],
  ['\uD800', '"\uFFFD"'],
])('goQuote(%j) is %s', (input, expected) => {
  expect(goQuote(input)).toBe(expected)
})
