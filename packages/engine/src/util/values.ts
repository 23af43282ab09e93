/** Total accessors for untrusted parsed input: wrong types read as absent, nothing throws. */

/** True for a plain mapping (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The mapping, or an empty one when the value is not a mapping. */
export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

/** The sequence, or an empty one when the value is not a sequence. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

/** The string, or undefined when the value is not a string. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** An own property, never one inherited through the prototype (`__proto__`, `constructor`). */
export function own(record: unknown, key: string): unknown {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

/** Sets `record[key]` as an own data property, so a manifest's `__proto__` key stays a plain key and never sets a prototype. */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  // A plain store everywhere else: it is the fast path V8 optimises, and only `__proto__` has a setter to avoid.
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
  else record[key] = value
}

/** Kubernetes treats an absent field and an explicit null alike: both are unset. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null
}
