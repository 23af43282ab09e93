/**
 * A YAML scanner that tokenises exactly as go-yaml v2 (the libyaml port that kubectl reads
 * manifests with) does: its line breaks (NEL, LS and PS included), its simple-key rules, its plain
 * scalars (in flow context `:` only ends one before a blank, and `?` ends one), its escapes and its
 * indentation. Written from the rules, not translated; offsets refer to the whole text.
 */
import { END, hexValue, isAlpha, isBlank, isBlankZ, isBreak, isBreakZ, isDigit, isHex } from './chars'
import { decodeUtf8 } from './utf8'
import { Style, T, YamlSyntaxError, type ScalarStyle, type Token, type TokenType } from './tokens'

interface SimpleKey {
  possible: boolean
  required: boolean
  tokenNumber: number
  offset: number
  line: number
  index: number
  column: number
}

const NO_KEY: SimpleKey = { possible: false, required: false, tokenNumber: 0, offset: 0, line: 0, index: 0, column: 0 }

/** go-yaml's limits on flow nesting and indentation levels. */
const MAX_LEVELS = 10_000

/** Tokens of one document chunk [start, end) of `text`. */
export class Scanner {
  private pos: number
  /** Characters read so far (a surrogate pair is one), for the 1024-character simple-key limit. */
  private index = 0
  private line = 0
  private column = 0
  private readonly virtualBreak: boolean

  private readonly queue: Token[] = []
  private head = 0
  private tokensParsed = 0
  private started = false
  private ended = false

  private indent = -1
  private readonly indents: number[] = []
  private flowLevel = 0
  private readonly simpleKeys: SimpleKey[] = []
  private readonly possibleKeys = new Set<number>()
  private simpleKeyAllowed = false

  constructor(
    /** The whole text; the scanner reads only its chunk. */
    readonly text: string,
    start: number,
    private readonly end: number,
    dropBom: boolean,
  ) {
    // kubectl drops a byte-order mark at the start of a document after the first (go-yaml takes it
    // as the encoding's mark); elsewhere, the first document included, it is an ordinary character
    // (the differential corpus shows `\uFEFFapiVersion` and `\uFEFFspec` as keys).
    this.pos = dropBom && start < end && text.charCodeAt(start) === 0xfeff ? start + 1 : start
    // kubectl hands go-yaml each line with a line feed after it, the last one included.
    this.virtualBreak = end > start && text.charCodeAt(end - 1) !== 10
  }

  /** The next token; after the stream end, the stream end again. Throws YamlSyntaxError. */
  next(): Token {
    this.ensureToken()
    const token = this.queue[this.head]
    if (token.type !== T.StreamEnd) {
      this.head++
      this.tokensParsed++
    }
    return token
  }

  /** The next token without consuming it. */
  peek(): Token {
    this.ensureToken()
    return this.queue[this.head]
  }

  // ---- characters -------------------------------------------------------------------------

  private at(offset: number): number {
    if (offset < this.end) return this.text.charCodeAt(offset)
    return offset === this.end && this.virtualBreak ? 10 : END
  }

  private ch(ahead = 0): number {
    return this.at(this.pos + ahead)
  }

  /** Code units of the line break at `offset`: kubectl's line reader turns CR LF into LF first, so CR CR LF is one break too. */
  private breakLength(offset: number): number {
    const ch = this.at(offset)
    if (ch === 13) {
      if (this.at(offset + 1) === 10) return 2
      if (this.at(offset + 1) === 13 && this.at(offset + 2) === 10) return 3
    }
    return 1
  }

  private skip(): void {
    const ch = this.ch()
    this.pos += ch >= 0xd800 && ch <= 0xdbff ? 2 : 1
    this.index++
    this.column++
  }

  private skipLine(): void {
    if (!isBreak(this.ch())) return
    this.pos += this.breakLength(this.pos)
    this.index++
    this.column = 0
    this.line++
  }

  /** Consumes a line break and returns what go-yaml keeps of it: LF for CR, LF, CR LF and NEL; LS and PS as they are. */
  private readBreak(): string {
    const ch = this.ch()
    this.skipLine()
    return ch === 0x2028 || ch === 0x2029 ? String.fromCharCode(ch) : '\n'
  }

  private fail(problem: string, offset = this.pos): never {
    throw new YamlSyntaxError(problem, offset)
  }

  // ---- the token queue and simple keys ----------------------------------------------------

  private ensureToken(): void {
    for (;;) {
      if (this.head < this.queue.length) {
        this.staleSimpleKeys()
        if (!this.possibleKeys.has(this.tokensParsed)) return
      } else if (this.ended) return
      this.fetchNextToken()
    }
  }

  private push(type: TokenType, start: number, end: number, extra?: Partial<Token>): void {
    this.queue.push({ type, start, end, ...extra })
  }

  /** Inserts a token `ahead` places after the queue head (go-yaml's yaml_insert_token). */
  private insert(ahead: number, token: Token): void {
    this.queue.splice(this.head + ahead, 0, token)
  }

  private staleSimpleKeys(): void {
    for (const key of this.simpleKeys) {
      if (!key.possible) continue
      // A simple key is limited to one line and 1024 characters.
      if (key.line < this.line || key.index + 1024 < this.index) {
        if (key.required) this.fail("could not find expected ':'", key.offset)
        key.possible = false
        this.possibleKeys.delete(key.tokenNumber)
      }
    }
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.column
    if (!this.simpleKeyAllowed) return
    const key: SimpleKey = {
      possible: true,
      required,
      tokenNumber: this.tokensParsed + (this.queue.length - this.head),
      offset: this.pos,
      line: this.line,
      index: this.index,
      column: this.column,
    }
    this.removeSimpleKey()
    this.possibleKeys.add(key.tokenNumber)
    this.simpleKeys[this.simpleKeys.length - 1] = key
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]
    if (!key.possible) return
    if (key.required) this.fail("could not find expected ':'", key.offset)
    key.possible = false
    this.possibleKeys.delete(key.tokenNumber)
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({ ...NO_KEY })
    if (++this.flowLevel > MAX_LEVELS) this.fail(`exceeded max depth of ${MAX_LEVELS}`)
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel === 0) return
    this.flowLevel--
    const key = this.simpleKeys.pop() as SimpleKey
    if (key.possible) this.possibleKeys.delete(key.tokenNumber)
  }

  /** Opens a block collection at `column` when it is deeper than the current indentation. */
  private rollIndent(column: number, tokenNumber: number, type: TokenType, offset: number): void {
    if (this.flowLevel > 0 || this.indent >= column) return
    this.indents.push(this.indent)
    this.indent = column
    if (this.indents.length > MAX_LEVELS) this.fail(`exceeded max depth of ${MAX_LEVELS}`)
    const token: Token = { type, start: offset, end: offset }
    if (tokenNumber === -1) this.queue.push(token)
    else this.insert(tokenNumber - this.tokensParsed, token)
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return
    while (this.indent > column) {
      this.push(T.BlockEnd, this.pos, this.pos)
      this.indent = this.indents.pop() as number
    }
  }

  // ---- the dispatcher ----------------------------------------------------------------------

  private fetchNextToken(): void {
    if (!this.started) {
      this.started = true
      this.simpleKeys.push({ ...NO_KEY })
      this.simpleKeyAllowed = true
      this.push(T.StreamStart, this.pos, this.pos)
      return
    }
    this.scanToNextToken()
    this.staleSimpleKeys()
    this.unrollIndent(this.column)
    const ch = this.ch()
    if (ch === END) return this.fetchStreamEnd()
    if (this.column === 0 && ch === 37 /* % */) return this.fetchDirective()
    if (this.column === 0 && this.isDocumentIndicator()) return this.fetchDocumentIndicator(ch === 45 ? T.DocumentStart : T.DocumentEnd)
    const next = this.ch(1)
    switch (ch) {
      case 91 /* [ */:
        return this.fetchFlowCollectionStart(T.FlowSequenceStart)
      case 123 /* { */:
        return this.fetchFlowCollectionStart(T.FlowMappingStart)
      case 93 /* ] */:
        return this.fetchFlowCollectionEnd(T.FlowSequenceEnd)
      case 125 /* } */:
        return this.fetchFlowCollectionEnd(T.FlowMappingEnd)
      case 44 /* , */:
        return this.fetchFlowEntry()
    }
    if (ch === 45 && isBlankZ(next)) return this.fetchIndicator(T.BlockEntry, T.BlockSequenceStart, 'block sequence entries are not allowed in this context')
    if (ch === 63 /* ? */ && (this.flowLevel > 0 || isBlankZ(next)))
      return this.fetchIndicator(T.Key, T.BlockMappingStart, 'mapping keys are not allowed in this context')
    if (ch === 58 /* : */ && (this.flowLevel > 0 || isBlankZ(next))) return this.fetchValue()
    if (ch === 42 /* * */) return this.fetchAnchor(T.Alias)
    if (ch === 38 /* & */) return this.fetchAnchor(T.Anchor)
    if (ch === 33 /* ! */) return this.fetchTag()
    if (ch === 124 /* | */ && this.flowLevel === 0) return this.fetchBlockScalar(true)
    if (ch === 62 /* > */ && this.flowLevel === 0) return this.fetchBlockScalar(false)
    if (ch === 39 /* ' */) return this.fetchFlowScalar(true)
    if (ch === 34 /* " */) return this.fetchFlowScalar(false)
    if (!(isBlankZ(ch) || PLAIN_EXCLUDED.has(ch)) || (ch === 45 && !isBlank(next)) || (this.flowLevel === 0 && (ch === 63 || ch === 58) && !isBlankZ(next))) {
      return this.fetchPlainScalar()
    }
    this.fail('found character that cannot start any token')
  }

  private isDocumentIndicator(): boolean {
    const ch = this.ch()
    return (ch === 45 || ch === 46) && this.ch(1) === ch && this.ch(2) === ch && isBlankZ(this.ch(3))
  }

  private scanToNextToken(): void {
    for (;;) {
      // Tabs are allowed in flow context, and in block context after a token that forbids a simple key.
      while (this.ch() === 32 || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.ch() === 9)) this.skip()
      if (this.ch() === 35 /* # */) while (!isBreakZ(this.ch())) this.skip()
      if (!isBreak(this.ch())) return
      this.skipLine()
      if (this.flowLevel === 0) this.simpleKeyAllowed = true
    }
  }

  private fetchStreamEnd(): void {
    if (this.column !== 0) {
      this.column = 0
      this.line++
    }
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    this.push(T.StreamEnd, this.pos, this.pos)
    this.ended = true
  }

  private fetchDirective(): void {
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    const start = this.pos
    this.skip()
    let name = ''
    while (isAlpha(this.ch())) {
      name += String.fromCharCode(this.ch())
      this.skip()
    }
    if (name === '') this.fail('could not find expected directive name', start)
    if (!isBlankZ(this.ch())) this.fail('found unexpected non-alphabetical character', start)
    let token: Token
    if (name === 'YAML') {
      this.skipBlanks()
      this.versionNumber(start)
      if (this.ch() !== 46) this.fail("did not find expected digit or '.' character", start)
      this.skip()
      this.versionNumber(start)
      token = { type: T.VersionDirective, start, end: this.pos }
    } else if (name === 'TAG') {
      this.skipBlanks()
      const handle = this.tagHandle(true, start)
      if (!isBlank(this.ch())) this.fail('did not find expected whitespace', start)
      this.skipBlanks()
      const prefix = this.tagUri(true, '', start)
      if (!isBlankZ(this.ch())) this.fail('did not find expected whitespace or line break', start)
      token = { type: T.TagDirective, start, end: this.pos, value: handle, suffix: prefix }
    } else this.fail('found unknown directive name', start)
    this.skipBlanks()
    if (this.ch() === 35) while (!isBreakZ(this.ch())) this.skip()
    if (!isBreakZ(this.ch())) this.fail('did not find expected comment or line break', start)
    this.skipLine()
    this.queue.push(token)
  }

  private skipBlanks(): void {
    while (isBlank(this.ch())) this.skip()
  }

  private versionNumber(start: number): void {
    let length = 0
    while (isDigit(this.ch())) {
      if (++length > 2) this.fail('found extremely long version number', start)
      this.skip()
    }
    if (length === 0) this.fail('did not find expected version number', start)
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    const start = this.pos
    this.skip()
    this.skip()
    this.skip()
    this.push(type, start, this.pos)
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey()
    this.increaseFlowLevel()
    this.simpleKeyAllowed = true
    this.single(type)
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey()
    this.decreaseFlowLevel()
    this.simpleKeyAllowed = false
    this.single(type)
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    this.single(T.FlowEntry)
  }

  /**
   * `-` (a block entry) or `?` (a complex key): in block context either may open a collection.
   * A simple key may follow `-`, and `?` in block context. In flow context a `-` entry is the
   * parser's error to report.
   */
  private fetchIndicator(type: TokenType, collection: TokenType, problem: string): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail(problem)
      this.rollIndent(this.column, -1, collection, this.pos)
    }
    this.removeSimpleKey()
    this.simpleKeyAllowed = type === T.BlockEntry || this.flowLevel === 0
    this.single(type)
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]
    if (key.possible) {
      this.insert(key.tokenNumber - this.tokensParsed, { type: T.Key, start: key.offset, end: key.offset })
      this.rollIndent(key.column, key.tokenNumber, T.BlockMappingStart, key.offset)
      key.possible = false
      this.possibleKeys.delete(key.tokenNumber)
      this.simpleKeyAllowed = false
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('mapping values are not allowed in this context')
        this.rollIndent(this.column, -1, T.BlockMappingStart, this.pos)
      }
      this.simpleKeyAllowed = this.flowLevel === 0
    }
    this.single(T.Value)
  }

  /** Consumes one indicator character as a token. */
  private single(type: TokenType): void {
    const start = this.pos
    this.skip()
    this.queue.push({ type, start, end: this.pos })
  }

  private fetchAnchor(type: TokenType): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const start = this.pos
    this.skip()
    const from = this.pos
    while (isAlpha(this.ch())) this.skip()
    const name = this.text.slice(from, this.pos)
    if (name === '' || !(isBlankZ(this.ch()) || ANCHOR_END.has(this.ch()))) {
      this.fail('did not find expected alphabetic or numeric character', start)
    }
    this.queue.push({ type, start, end: this.pos, value: name })
  }

  private fetchTag(): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const start = this.pos
    let handle: string
    let suffix: string
    if (this.ch(1) === 60 /* < */) {
      handle = ''
      this.skip()
      this.skip()
      suffix = this.tagUri(false, '', start)
      if (this.ch() !== 62) this.fail("did not find the expected '>'", start)
      this.skip()
    } else {
      handle = this.tagHandle(false, start)
      if (handle.length > 1 && handle.endsWith('!')) suffix = this.tagUri(false, '', start)
      else {
        suffix = this.tagUri(false, handle, start)
        handle = '!'
        // `!` alone: the non-specific tag.
        if (suffix === '') [handle, suffix] = ['', '!']
      }
    }
    if (!isBlankZ(this.ch())) this.fail('did not find expected whitespace or line break', start)
    this.queue.push({ type: T.Tag, start, end: this.pos, value: handle, suffix })
  }

  private tagHandle(directive: boolean, start: number): string {
    if (this.ch() !== 33) this.fail("did not find expected '!'", start)
    const from = this.pos
    this.skip()
    while (isAlpha(this.ch())) this.skip()
    if (this.ch() === 33) this.skip()
    else if (directive && this.pos - from !== 1) this.fail("did not find expected '!'", start)
    return this.text.slice(from, this.pos)
  }

  /** A tag URI; `head` is a scanned handle that turned out to be the start of the URI (its `!` is dropped). */
  private tagUri(directive: boolean, head: string, start: number): string {
    let uri = head.length > 1 ? head.slice(1) : ''
    let found = head.length > 0
    for (let ch = this.ch(); isAlpha(ch) || URI_CHARS.has(ch); ch = this.ch()) {
      if (ch === 37 /* % */) uri += this.uriEscapes(start)
      else {
        uri += String.fromCharCode(ch)
        this.skip()
      }
      found = true
    }
    if (!found) this.fail(directive ? 'did not find expected tag URI' : 'did not find expected tag URI', start)
    return uri
  }

  private uriEscapes(start: number): string {
    const bytes: number[] = []
    let width = 0
    do {
      if (!(this.ch() === 37 && isHex(this.ch(1)) && isHex(this.ch(2)))) this.fail('did not find URI escaped octet', start)
      const octet = (hexValue(this.ch(1)) << 4) + hexValue(this.ch(2))
      if (bytes.length === 0) {
        width = octet < 0x80 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0
        if (width === 0) this.fail('found an incorrect leading UTF-8 octet', start)
      } else if ((octet & 0xc0) !== 0x80) this.fail('found an incorrect trailing UTF-8 octet', start)
      bytes.push(octet)
      this.skip()
      this.skip()
      this.skip()
    } while (bytes.length < width)
    return decodeUtf8(bytes)
  }

  // ---- scalars -----------------------------------------------------------------------------

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    const start = this.pos
    this.skip()
    let chomping = 0
    let increment = 0
    const readChomping = () => {
      if (this.ch() === 43 || this.ch() === 45) {
        chomping = this.ch() === 43 ? 1 : -1
        this.skip()
        return true
      }
      return false
    }
    const readIncrement = () => {
      if (!isDigit(this.ch())) return
      if (this.ch() === 48) this.fail('found an indentation indicator equal to 0', start)
      increment = this.ch() - 48
      this.skip()
    }
    if (readChomping()) readIncrement()
    else if (isDigit(this.ch())) {
      readIncrement()
      readChomping()
    }
    this.skipBlanks()
    if (this.ch() === 35) while (!isBreakZ(this.ch())) this.skip()
    if (!isBreakZ(this.ch())) this.fail('did not find expected comment or line break', start)
    this.skipLine()
    let end = this.pos
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0

    let value = ''
    let leadingBreak = ''
    let trailingBreaks = ''
    const scanBreaks = () => {
      end = this.pos
      let maxIndent = 0
      for (;;) {
        while ((indent === 0 || this.column < indent) && this.ch() === 32) this.skip()
        if (this.column > maxIndent) maxIndent = this.column
        if ((indent === 0 || this.column < indent) && this.ch() === 9) {
          this.fail('found a tab character where an indentation space is expected', start)
        }
        if (!isBreak(this.ch())) break
        trailingBreaks += this.readBreak()
        end = this.pos
      }
      if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1)
    }
    scanBreaks()
    // Locations point at the content, not the `|` header line.
    const contentStart = this.column === indent && this.ch() !== END ? this.pos : start
    let leadingBlank = false
    while (this.column === indent && this.ch() !== END) {
      const trailingBlank = isBlank(this.ch())
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak.startsWith('\n')) {
        if (trailingBreaks === '') value += ' '
      } else value += leadingBreak
      value += trailingBreaks
      trailingBreaks = ''
      leadingBlank = isBlank(this.ch())
      const from = this.pos
      while (!isBreakZ(this.ch())) this.skip()
      value += this.text.slice(from, Math.min(this.pos, this.end))
      leadingBreak = this.readBreak()
      scanBreaks()
    }
    if (chomping !== -1) value += leadingBreak
    if (chomping === 1) value += trailingBreaks
    this.queue.push({ type: T.Scalar, start: contentStart, end, value, style: literal ? Style.Literal : Style.Folded })
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const start = this.pos
    this.skip()
    const quote = single ? 39 : 34
    let value = ''
    let leadingBreak = ''
    let trailingBreaks = ''
    let whitespaces = ''
    for (;;) {
      if (this.column === 0 && this.isDocumentIndicator()) this.fail('found unexpected document indicator', start)
      if (this.ch() === END) this.fail('found unexpected end of stream', start)
      let leadingBlanks = false
      while (!isBlankZ(this.ch())) {
        const ch = this.ch()
        if (single && ch === 39 && this.ch(1) === 39) {
          value += "'"
          this.skip()
          this.skip()
        } else if (ch === quote) break
        else if (!single && ch === 92 && isBreak(this.ch(1))) {
          this.skip()
          this.skipLine()
          leadingBlanks = true
          break
        } else if (!single && ch === 92) value += this.escape(start)
        else {
          const from = this.pos
          this.skip()
          value += this.text.slice(from, this.pos)
        }
      }
      if (this.ch() === quote) break
      while (isBlank(this.ch()) || isBreak(this.ch())) {
        if (isBlank(this.ch())) {
          if (!leadingBlanks) whitespaces += String.fromCharCode(this.ch())
          this.skip()
        } else if (!leadingBlanks) {
          whitespaces = ''
          leadingBreak = this.readBreak()
          leadingBlanks = true
        } else trailingBreaks += this.readBreak()
      }
      if (leadingBlanks) {
        if (leadingBreak.startsWith('\n')) value += trailingBreaks === '' ? ' ' : trailingBreaks
        else value += leadingBreak + trailingBreaks
        leadingBreak = ''
        trailingBreaks = ''
      } else {
        value += whitespaces
        whitespaces = ''
      }
    }
    this.skip()
    this.queue.push({ type: T.Scalar, start, end: this.pos, value, style: (single ? Style.Single : Style.Double) as ScalarStyle })
  }

  /** One escape sequence of a double-quoted scalar, at the backslash. */
  private escape(start: number): string {
    const code = this.ch(1)
    const simple = SIMPLE_ESCAPES.get(code)
    this.skip()
    this.skip()
    if (simple !== undefined) return simple
    const length = code === 120 ? 2 : code === 117 ? 4 : code === 85 ? 8 : 0
    if (length === 0) this.fail('found unknown escape character', start)
    let value = 0
    for (let k = 0; k < length; k++) {
      if (!isHex(this.ch(k))) this.fail('did not find expected hexdecimal number', start)
      value = value * 16 + hexValue(this.ch(k))
    }
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) this.fail('found invalid Unicode character escape code', start)
    for (let k = 0; k < length; k++) this.skip()
    return String.fromCodePoint(value)
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    const start = this.pos
    let end = this.pos
    const indent = this.indent + 1
    let value = ''
    let leadingBreak = ''
    let trailingBreaks = ''
    let whitespaces = ''
    let leadingBlanks = false
    for (;;) {
      if (this.column === 0 && this.isDocumentIndicator()) break
      if (this.ch() === 35) break
      while (!isBlankZ(this.ch())) {
        const ch = this.ch()
        if ((ch === 58 && isBlankZ(this.ch(1))) || (this.flowLevel > 0 && FLOW_PLAIN_END.has(ch))) break
        if (leadingBlanks) {
          if (leadingBreak.startsWith('\n')) value += trailingBreaks === '' ? ' ' : trailingBreaks
          else value += leadingBreak + trailingBreaks
          leadingBreak = ''
          trailingBreaks = ''
          leadingBlanks = false
        } else if (whitespaces !== '') {
          value += whitespaces
          whitespaces = ''
        }
        const from = this.pos
        this.skip()
        value += this.text.slice(from, this.pos)
        end = this.pos
      }
      if (!(isBlank(this.ch()) || isBreak(this.ch()))) break
      while (isBlank(this.ch()) || isBreak(this.ch())) {
        if (isBlank(this.ch())) {
          if (leadingBlanks && this.column < indent && this.ch() === 9) {
            this.fail('found a tab character that violates indentation', start)
          }
          if (!leadingBlanks) whitespaces += String.fromCharCode(this.ch())
          this.skip()
        } else if (!leadingBlanks) {
          whitespaces = ''
          leadingBreak = this.readBreak()
          leadingBlanks = true
        } else trailingBreaks += this.readBreak()
      }
      if (this.flowLevel === 0 && this.column < indent) break
    }
    this.queue.push({ type: T.Scalar, start, end, value, style: Style.Plain })
    if (leadingBlanks) this.simpleKeyAllowed = true
  }
}

const codes = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)))

/** Indicators that cannot start a plain scalar (a `-`, `?` or `:` may, on conditions checked apart). */
const PLAIN_EXCLUDED = codes('-?:,[]{}#&*!|>\'"%@`')

/** What ends a plain scalar in flow context. */
const FLOW_PLAIN_END = codes(',?[]{}')

/** What may follow an anchor or alias name. */
const ANCHOR_END = codes('?:,]}%@`')

/** URI characters of a tag besides letters, digits, `_` and `-`. */
const URI_CHARS = codes(";/?:@&=+$,.!~*'()[]%")

/** go-yaml's one-character escapes (no `\/`: go-yaml v2 refuses it). */
const SIMPLE_ESCAPES = new Map<number, string>([
  [48, '\0'],
  [97, '\x07'],
  [98, '\b'],
  [116, '\t'],
  [9, '\t'],
  [110, '\n'],
  [118, '\v'],
  [102, '\f'],
  [114, '\r'],
  [101, '\x1b'],
  [32, ' '],
  [34, '"'],
  [39, "'"],
  [92, '\\'],
  [78, '\u0085'],
  [95, '\u00a0'],
  [76, '\u2028'],
  [80, '\u2029'],
])
