/** Short YAML-like rendering of a field value for the panels (flow style, so it fits one line). */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'unset'
  if (typeof value === 'string') return value === '' ? '""' : value
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    return `{${entries.map(([key, inner]) => `${key}: ${formatValue(inner)}`).join(', ')}}`
  }
  return String(value)
}
