import { describe, expect, it } from 'vitest'
import { appendPath, formatPath } from './paths'

// The rule formatPath had as a regular expression; the char-code test must agree with it everywhere.
const identifier = /^[A-Za-z_$][A-Za-z0-9_$-]*$/

describe('formatPath', () => {
  it('prints names bare, indices in brackets and other keys JSON-quoted', () => {
    expect(formatPath(['spec', 'containers', 0, 'securityContext'])).toBe('spec.containers[0].securityContext')
    expect(formatPath(['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/a'])).toBe(
      'metadata.annotations["container.apparmor.security.beta.kubernetes.io/a"]',
    )
    expect(formatPath([0, 'a', '', '1a', 'a-b', '$x', '_'])).toBe('[0].a[""]["1a"].a-b.$x._')
    expect(formatPath([])).toBe('')
  })

  it('agrees with the regular expression on every character class', () => {
    const characters = ['a', 'Z', '_', '$', '-', '0', '9', '.', ' ', '/', 'é', '\u0130', '\n', '@', '[', '`', '{', '\uD83D']
    for (const first of characters) {
      for (const second of characters) {
        const key = `${first}${second}`
        expect(formatPath(['x', key])).toBe(identifier.test(key) ? `x.${key}` : `x[${JSON.stringify(key)}]`)
      }
    }
  })

  it('appendPath continues a formatted prefix exactly as formatting the whole path would', () => {
    const prefix = ['spec', 'template']
    const rest = ['spec', 'containers', 1, 'a b']
    expect(appendPath(formatPath(prefix), rest)).toBe(formatPath([...prefix, ...rest]))
    expect(appendPath('', rest, 2)).toBe(formatPath(rest.slice(2)))
    expect(appendPath('', ['name'])).toBe('name')
  })
})
