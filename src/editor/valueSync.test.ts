import { describe, expect, it } from 'vitest'
import { createValueSync } from './valueSync'

describe('createValueSync', () => {
  it('ignores a value equal to the editor text', () => {
    expect(createValueSync().shouldApply('a', () => 'a')).toBe(false)
  })

  it('ignores late echoes of typed text, so typing ahead of the app is not undone', () => {
    const sync = createValueSync()
    sync.noteEmitted('k')
    sync.noteEmitted('ki')
    sync.noteEmitted('kin')
    expect(sync.shouldApply('k', () => 'kin')).toBe(false)
    expect(sync.shouldApply('ki', () => 'kin')).toBe(false)
    expect(sync.shouldApply('kin', () => 'kin')).toBe(false)
  })

  it('recognises an echo without reading the editor text (a multi-MB read per keystroke)', () => {
    const sync = createValueSync()
    sync.noteEmitted('kind: Pod')
    const unread = () => {
      throw new Error('read the editor text')
    }
    expect(sync.shouldApply('kind: Pod', unread)).toBe(false)
  })

  it('applies text that did not come from the editor (an example, a link)', () => {
    const sync = createValueSync()
    sync.noteEmitted('kind: Pod')
    expect(sync.shouldApply('kind: Deployment', () => 'kind: Pod')).toBe(true)
  })

  it('forgets echoes once the app has caught up, so reloading earlier text still works', () => {
    const sync = createValueSync()
    sync.noteEmitted('example')
    sync.noteEmitted('example!')
    expect(sync.shouldApply('example!', () => 'example!')).toBe(false)
    expect(sync.shouldApply('example', () => 'example!')).toBe(true)
  })

  it('bounds what it remembers', () => {
    const sync = createValueSync(2)
    for (const text of ['a', 'b', 'c']) sync.noteEmitted(text)
    expect(sync.shouldApply('a', () => 'c')).toBe(true)
  })
})
