/**
 * Plain manifest data as the hardening tests build, mutate and re-serialise it. Keys such as
 * `__proto__` must stay own data here too, or the tests would pollute prototypes themselves and
 * blame the engine.
 */

/** A decoded YAML/JSON value. */
export type Data = null | boolean | number | string | Data[] | DataMap

/** A mapping; its keys may include `__proto__`, `constructor` and `prototype` as own keys. */
export interface DataMap {
  [key: string]: Data
}

/** Whether a value is a mapping (not a sequence, not null). */
export function isMap(value: unknown): value is DataMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Sets an own, enumerable property, even for `__proto__` (plain assignment would replace the prototype). */
export function setOwn(map: DataMap, key: string, value: Data): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true })
}

/** A mapping built from entries, every key an own property. */
export function mapOf(entries: Iterable<readonly [string, Data]>): DataMap {
  const map: DataMap = {}
  for (const [key, value] of entries) setOwn(map, key, value)
  return map
}

/** A deep copy that keeps hostile keys as own data. */
export function cloneData(value: Data): Data {
  if (Array.isArray(value)) return value.map(cloneData)
  if (isMap(value)) return mapOf(Object.keys(value).map((key) => [key, cloneData(value[key])]))
  return value
}

/** A small seeded generator, so a layout chosen "at random" is the same on every run of a seed. */
export function seededRandom(seed: number): () => number {
  // mulberry32: tiny, fast and good enough to pick layouts; the seed comes from fast-check.
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every path to a node of the tree, the root included, in document order. */
export function allPaths(value: Data): (string | number)[][] {
  const paths: (string | number)[][] = []
  const stack: { node: Data; path: (string | number)[] }[] = [{ node: value, path: [] }]
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Data; path: (string | number)[] }
    paths.push(path)
    const children: { node: Data; path: (string | number)[] }[] = []
    if (Array.isArray(node)) node.forEach((item, index) => children.push({ node: item, path: [...path, index] }))
    else if (isMap(node)) for (const key of Object.keys(node)) children.push({ node: node[key], path: [...path, key] })
    stack.push(...children.reverse())
  }
  return paths
}

/** The node at a path, or undefined. */
export function getAt(value: Data, path: readonly (string | number)[]): Data | undefined {
  let node: Data | undefined = value
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment]
    else if (isMap(node) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(node, segment)) node = node[segment]
    else return undefined
  }
  return node
}
