/**
 * Detects prototype pollution: a snapshot of every own property of the built-in prototypes,
 * compared after the engine has read hostile keys such as `__proto__` and `constructor`.
 */

type Snapshot = Map<object, Map<string | symbol, PropertyDescriptor>>

const WATCHED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Error.prototype', Error.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
]

/** Every own property descriptor of the watched prototypes. */
export function snapshotPrototypes(): Snapshot {
  const snapshot: Snapshot = new Map()
  for (const [, proto] of WATCHED) {
    const properties = new Map<string | symbol, PropertyDescriptor>()
    for (const key of Reflect.ownKeys(proto)) properties.set(key, Reflect.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor)
    snapshot.set(proto, properties)
  }
  return snapshot
}

/** What changed since the snapshot, e.g. `Object.prototype.polluted added`; empty when nothing did. */
export function prototypeChanges(snapshot: Snapshot): string[] {
  const changes: string[] = []
  for (const [name, proto] of WATCHED) {
    const before = snapshot.get(proto) as Map<string | symbol, PropertyDescriptor>
    const keys = Reflect.ownKeys(proto)
    for (const key of keys) {
      const was = before.get(key)
      const now = Reflect.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor
      if (!was) changes.push(`${name}.${String(key)} added`)
      else if (!Object.is(was.value, now.value) || was.get !== now.get || was.set !== now.set) changes.push(`${name}.${String(key)} replaced`)
    }
    for (const key of before.keys()) if (!keys.includes(key)) changes.push(`${name}.${String(key)} deleted`)
    if (!Object.isExtensible(proto)) changes.push(`${name} made non-extensible`)
  }
  if (Object.getPrototypeOf(Object.prototype) !== null) changes.push("Object.prototype's prototype replaced")
  return changes
}
