import { describe, expect, it } from 'vitest'
import { leadWithReason } from './readableMessage'

describe('leadWithReason', () => {
  it('puts the reason first and shortens a long quoted value', () => {
    const name = 'a'.repeat(300)
    const message = `spec.securityContext.windowsOptions.runAsUserName: Invalid value: "${name}": runAsUserName's User length must not be longer than 104 characters`
    expect(leadWithReason(message)).toBe(
      `runAsUserName's User length must not be longer than 104 characters (spec.securityContext.windowsOptions.runAsUserName: "${'a'.repeat(32)}…", 300 characters)`,
    )
  })

  it('keeps short values, escaped quotes and other messages as they are', () => {
    const short = 'spec.hostNetwork: Invalid value: "x": must be false'
    expect(leadWithReason(short)).toBe(short)
    const escaped = `f: Invalid value: "${'\\"'.repeat(40)}": bad`
    expect(leadWithReason(escaped)).toMatch(/^bad \(f: "/)
    expect(leadWithReason('spec.containers[0].name: Required value')).toBe('spec.containers[0].name: Required value')
  })
})
