/**
 * go-yaml v2's parser, composing nodes straight from tokens: the first document of a chunk only,
 * as `yaml.Unmarshal` reads it (anything after that document's end is never looked at).
 */
import { Scanner } from './scanner'
import { Style, T, YamlSyntaxError, type ScalarStyle, type Token } from './tokens'

/** A composed node; offsets refer to the whole text. */
export interface YamlNode {
  kind: 'scalar' | 'mapping' | 'sequence' | 'alias'
  start: number
  end: number
  /** The resolved tag, or '' when none is written. */
  tag: string
  /** Scalar text, or the alias name. */
  value: string
  style: ScalarStyle
  /** go-yaml's plain_implicit: an untagged plain scalar (or one tagged `!`), whose type is resolved from its text. */
  implicit: boolean
  /** Mapping: key, value, key, value…; sequence: items. */
  children: YamlNode[]
  /** The anchored node an alias refers to. */
  target: YamlNode | null
  /** Nesting depth of collections, for the depth limit. */
  depth: number
}

const DEFAULT_HANDLES: ReadonlyArray<[string, string]> = [
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
]

/**
 * Composes the first document of [start, end) of `text`; null for a chunk with no document.
 * `later` is true for every document but the stream's first. Throws YamlSyntaxError.
 */
export function parseFirstDocument(text: string, start: number, end: number, maxDepth: number, later: boolean): YamlNode | null {
  return new Parser(new Scanner(text, start, end, later), maxDepth).document()
}

class Parser {
  private readonly anchors = new Map<string, YamlNode>()
  private handles: Array<[string, string]> = []
  private readonly declared = new Set<string>()

  constructor(
    private readonly scanner: Scanner,
    private readonly maxDepth: number,
  ) {}

  document(): YamlNode | null {
    this.scanner.next() // STREAM-START
    let token = this.scanner.peek()
    if (token.type === T.StreamEnd) return null
    this.handles = [...DEFAULT_HANDLES]
    if (token.type === T.VersionDirective || token.type === T.TagDirective || token.type === T.DocumentStart) {
      this.directives()
      token = this.scanner.peek()
      if (token.type !== T.DocumentStart) this.fail('did not find expected <document start>', token)
      this.scanner.next()
      const content = this.scanner.peek().type
      const root =
        content === T.VersionDirective || content === T.TagDirective || content === T.DocumentStart || content === T.DocumentEnd || content === T.StreamEnd
          ? null
          : this.node(true, false, 0)
      this.scanner.peek() // the document end: go-yaml looks at the next token, which may be a scanner error
      return root
    }
    const root = this.node(true, false, 0)
    this.scanner.peek()
    return root
  }

  private directives(): void {
    let version = false
    for (let token = this.scanner.peek(); token.type === T.VersionDirective || token.type === T.TagDirective; token = this.scanner.peek()) {
      if (token.type === T.VersionDirective) {
        if (version) this.fail('found duplicate %YAML directive', token)
        version = true
        if (this.scanner.text.slice(token.start, token.end).replace(/^%YAML[ \t]+/, '') !== '1.1') this.fail('found incompatible YAML document', token)
      } else {
        const handle = token.value as string
        if (this.declared.has(handle)) this.fail('found duplicate %TAG directive', token)
        this.declared.add(handle)
        this.handles = [[handle, token.suffix as string], ...this.handles.filter(([h]) => h !== handle)]
      }
      this.scanner.next()
    }
  }

  private fail(problem: string, token: Token): never {
    throw new YamlSyntaxError(problem, token.start)
  }

  private node(block: boolean, indentless: boolean, depth: number): YamlNode {
    let token = this.scanner.peek()
    if (token.type === T.Alias) {
      this.scanner.next()
      const target = this.anchors.get(token.value as string)
      if (!target) this.fail(`unknown anchor '${token.value}' referenced`, token)
      return this.make('alias', token.start, token.end, '', depth, { value: token.value as string, target })
    }
    const start = token.start
    let anchor: string | null = null
    let tagToken: Token | null = null
    if (token.type === T.Anchor || token.type === T.Tag) {
      const other = token.type === T.Anchor ? T.Tag : T.Anchor
      for (const type of [token.type, other]) {
        if (token.type !== type) continue
        if (type === T.Anchor) anchor = token.value as string
        else tagToken = token
        this.scanner.next()
        token = this.scanner.peek()
      }
    }
    const tag = tagToken ? this.resolveTag(tagToken) : ''
    let node: YamlNode
    if (indentless && token.type === T.BlockEntry) {
      node = this.make('sequence', token.start, token.start, tag, depth)
      this.register(anchor, node)
      this.indentlessSequence(node)
    } else if (token.type === T.Scalar) {
      this.scanner.next()
      const implicit = (tag === '' && token.style === Style.Plain) || tag === '!'
      node = this.make('scalar', start, token.end, tag, depth, { value: token.value as string, style: token.style as ScalarStyle, implicit })
      this.register(anchor, node)
    } else if (
      token.type === T.FlowSequenceStart ||
      token.type === T.FlowMappingStart ||
      (block && (token.type === T.BlockSequenceStart || token.type === T.BlockMappingStart))
    ) {
      if (depth >= this.maxDepth - 1) throw new YamlSyntaxError(`nesting exceeded maxDepth`, token.start)
      const mapping = token.type === T.FlowMappingStart || token.type === T.BlockMappingStart
      node = this.make(mapping ? 'mapping' : 'sequence', start, token.end, tag, depth)
      this.register(anchor, node)
      this.scanner.next()
      if (token.type === T.FlowSequenceStart) this.flowSequence(node)
      else if (token.type === T.FlowMappingStart) this.flowMapping(node)
      else if (token.type === T.BlockSequenceStart) this.blockSequence(node)
      else this.blockMapping(node)
    } else if (anchor !== null || tagToken !== null) {
      node = this.empty(token.start, tag, tag === '')
      node.start = start
      this.register(anchor, node)
    } else {
      this.fail('did not find expected node content', token)
    }
    return node
  }

  private resolveTag(token: Token): string {
    const handle = token.value as string
    if (handle === '') return token.suffix as string
    const prefix = this.handles.find(([h]) => h === handle)
    if (!prefix) this.fail('found undefined tag handle', token)
    return prefix[1] + (token.suffix as string)
  }

  private register(anchor: string | null, node: YamlNode): void {
    if (anchor !== null) this.anchors.set(anchor, node)
  }

  private make(kind: YamlNode['kind'], start: number, end: number, tag: string, depth: number, extra?: Partial<YamlNode>): YamlNode {
    return { kind, start, end, tag, value: '', style: Style.Plain, implicit: false, children: [], target: null, depth, ...extra }
  }

  /** go-yaml's empty scalar: a null unless tagged. */
  private empty(offset: number, tag = '', implicit = true): YamlNode {
    return this.make('scalar', offset, offset, tag, 0, { implicit })
  }

  private child(node: YamlNode, block: boolean, indentless: boolean): YamlNode {
    const child = this.node(block, indentless, node.depth + 1)
    node.children.push(child)
    if (child.end > node.end) node.end = child.end
    return child
  }

  private addEmpty(node: YamlNode, offset: number): void {
    node.children.push(this.empty(offset))
  }

  /** Consumes the collection's end; a flow collection ends at its bracket, a block one at its last entry. */
  private close(node: YamlNode, token: Token): void {
    this.scanner.next()
    if (token.type !== T.BlockEnd) node.end = Math.max(node.end, token.end)
  }

  private blockSequence(node: YamlNode): void {
    for (;;) {
      const token = this.scanner.peek()
      if (token.type === T.BlockEntry) {
        this.scanner.next()
        const next = this.scanner.peek()
        if (next.type === T.BlockEntry || next.type === T.BlockEnd) this.addEmpty(node, token.end)
        else this.child(node, true, false)
      } else if (token.type === T.BlockEnd) return this.close(node, token)
      else this.fail("did not find expected '-' indicator", token)
    }
  }

  private indentlessSequence(node: YamlNode): void {
    for (let token = this.scanner.peek(); token.type === T.BlockEntry; token = this.scanner.peek()) {
      this.scanner.next()
      node.end = Math.max(node.end, token.end)
      const next = this.scanner.peek()
      if (next.type === T.BlockEntry || next.type === T.Key || next.type === T.Value || next.type === T.BlockEnd) this.addEmpty(node, token.end)
      else this.child(node, true, false)
    }
  }

  private blockMapping(node: YamlNode): void {
    for (;;) {
      let token = this.scanner.peek()
      if (token.type === T.Key) {
        this.scanner.next()
        const next = this.scanner.peek()
        if (next.type !== T.Key && next.type !== T.Value && next.type !== T.BlockEnd) this.child(node, true, true)
        else this.addEmpty(node, token.end)
      } else if (token.type === T.BlockEnd) return this.close(node, token)
      else this.fail('did not find expected key', token)
      token = this.scanner.peek()
      if (token.type === T.Value) {
        this.scanner.next()
        const next = this.scanner.peek()
        if (next.type !== T.Key && next.type !== T.Value && next.type !== T.BlockEnd) this.child(node, true, true)
        else this.addEmpty(node, token.end)
      } else this.addEmpty(node, token.start)
    }
  }

  private flowSequence(node: YamlNode): void {
    for (let first = true; ; first = false) {
      let token = this.scanner.peek()
      if (token.type !== T.FlowSequenceEnd) {
        if (!first) {
          if (token.type !== T.FlowEntry) this.fail("did not find expected ',' or ']'", token)
          this.scanner.next()
          token = this.scanner.peek()
        }
        if (token.type === T.Key) {
          // `[a: b]`: a single-pair mapping.
          this.scanner.next()
          const pair = this.make('mapping', token.start, token.end, '', node.depth + 1)
          node.children.push(pair)
          const key = this.scanner.peek()
          if (key.type !== T.Value && key.type !== T.FlowEntry && key.type !== T.FlowSequenceEnd) this.child(pair, false, false)
          else this.addEmpty(pair, key.start)
          const value = this.scanner.peek()
          if (value.type === T.Value) {
            this.scanner.next()
            const next = this.scanner.peek()
            if (next.type !== T.FlowEntry && next.type !== T.FlowSequenceEnd) this.child(pair, false, false)
            else this.addEmpty(pair, next.start)
          } else this.addEmpty(pair, value.start)
          continue
        }
        if (token.type !== T.FlowSequenceEnd) {
          this.child(node, false, false)
          continue
        }
      }
      return this.close(node, token)
    }
  }

  private flowMapping(node: YamlNode): void {
    for (let first = true; ; first = false) {
      let token = this.scanner.peek()
      if (token.type !== T.FlowMappingEnd) {
        if (!first) {
          if (token.type !== T.FlowEntry) this.fail("did not find expected ',' or '}'", token)
          this.scanner.next()
          token = this.scanner.peek()
        }
        if (token.type === T.Key) {
          this.scanner.next()
          const next = this.scanner.peek()
          if (next.type !== T.Value && next.type !== T.FlowEntry && next.type !== T.FlowMappingEnd) this.child(node, false, false)
          else this.addEmpty(node, next.start)
          this.flowMappingValue(node)
          continue
        }
        if (token.type !== T.FlowMappingEnd) {
          // `{a, b}`: a key with no value.
          this.child(node, false, false)
          this.addEmpty(node, this.scanner.peek().start)
          continue
        }
      }
      return this.close(node, token)
    }
  }

  private flowMappingValue(node: YamlNode): void {
    const token = this.scanner.peek()
    if (token.type !== T.Value) return this.addEmpty(node, token.start)
    this.scanner.next()
    const next = this.scanner.peek()
    if (next.type !== T.FlowEntry && next.type !== T.FlowMappingEnd) this.child(node, false, false)
    else this.addEmpty(node, next.start)
  }
}
