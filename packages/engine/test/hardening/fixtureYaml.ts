/**
 * Reads upstream's PSA fixture files into plain data, so that the metamorphic tests can write the
 * same pod again in other styles. The fixtures are Go's YAML marshaller output: block mappings,
 * sequences at their parent key's indentation, plain or double-quoted scalars without escapes,
 * and `{}` / `[]`. This reader accepts exactly that and throws on anything else, so a new fixture
 * it would misread fails loudly instead of testing the wrong data. The tests may not
 * use the engine's own parser, and a general YAML library would bring a second reading of
 * scalars (YAML 1.2 against the engine's go-yaml 1.1) into a test about the engine's reading.
 */
import { mapOf, type Data, type DataMap } from './data'

interface Line {
  indent: number
  text: string
}

const KEY = /^([A-Za-z0-9_./-]+):(?: (.*))?$/
// Plain scalars Go leaves unquoted that YAML 1.1 would still read as something other than a string.
const NOT_A_STRING = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|~|Null|NULL|True|TRUE|False|FALSE)$/

/** The single mapping a fixture holds. */
export function readFixtureYaml(text: string): DataMap {
  const lines: Line[] = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const indent = line.length - line.trimStart().length
      return { indent, text: line.slice(indent).trimEnd() }
    })
  if (lines.length === 0 || lines[0].indent !== 0) throw new Error('a fixture is one block mapping')
  const reader = { lines, at: 0 }
  const value = readMapping(reader, 0)
  if (reader.at !== lines.length) throw new Error(`unexpected line ${reader.at + 1}: ${lines[reader.at].text}`)
  return value
}

interface Reader {
  lines: Line[]
  at: number
}

function readMapping(reader: Reader, indent: number): DataMap {
  const entries: [string, Data][] = []
  while (reader.at < reader.lines.length) {
    const line = reader.lines[reader.at]
    if (line.indent !== indent || line.text.startsWith('-')) break
    const match = KEY.exec(line.text)
    if (!match) throw new Error(`not a mapping entry: ${line.text}`)
    reader.at++
    entries.push([match[1], match[2] === undefined ? readNested(reader, indent) : scalar(match[2])])
  }
  return mapOf(entries)
}

/** The value of `key:` with nothing after it: a deeper block, a sequence at the same indentation, or null. */
function readNested(reader: Reader, indent: number): Data {
  const next = reader.lines[reader.at]
  if (!next) return null
  if (next.indent > indent) return next.text.startsWith('- ') ? readSequence(reader, next.indent) : readMapping(reader, next.indent)
  if (next.indent === indent && next.text.startsWith('- ')) return readSequence(reader, indent)
  return null
}

function readSequence(reader: Reader, indent: number): Data[] {
  const items: Data[] = []
  while (reader.at < reader.lines.length) {
    const line = reader.lines[reader.at]
    if (line.indent !== indent || !line.text.startsWith('- ')) break
    const rest = line.text.slice(2)
    if (KEY.test(rest)) {
      // `- key: value` opens a mapping whose further keys sit two columns in.
      reader.lines[reader.at] = { indent: indent + 2, text: rest }
      items.push(readMapping(reader, indent + 2))
    } else {
      reader.at++
      items.push(scalar(rest))
    }
  }
  return items
}

function scalar(text: string): Data {
  if (text === '{}') return {}
  if (text === '[]') return []
  if (text === 'true' || text === 'false') return text === 'true'
  if (text === 'null') return null
  if (/^-?(0|[1-9][0-9]*)$/.test(text)) return Number(text)
  const quoted = /^"([^"\\]*)"$/.exec(text)
  if (quoted) return quoted[1]
  // go-yaml v2 reads a plain scalar as a float only when it matches this; `8.8.8.8` stays a string.
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) throw new Error(`float outside the fixture subset: ${text}`)
  // A plain string as Go writes it: no leading indicator (`-`, `?` and `:` only before a non-space),
  // no `: ` or ` #` inside, no reserved word.
  const leads = /^[-?:][^ ]/.test(text) || !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)
  if (leads && !text.includes(': ') && !text.includes(' #') && !NOT_A_STRING.test(text)) return text
  throw new Error(`scalar outside the fixture subset: ${text}`)
}
