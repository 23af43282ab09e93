/**
 * Links exactly as each released format version wrote them. They were generated once and pasted
 * here; NEVER regenerate or edit them. If one stops decoding, the change broke links in the wild.
 */
import { describe, expect, it } from 'vitest'
import { decodePermalink } from './codec'

const defaults = { version: 'latest', level: 'restricted', objectIndex: 0, windowsOpen: false, presenter: false, workshop: null }

describe('format v1 links made on 2026-11-26', () => {
  it('a Pod with every setting at its default', async () => {
    expect(await decodePermalink('v1.Y2goM-RqbuFq51JQ6EhJzc3n6uFSUJjCpaCgoDA9saAAzFBQmJGXnplXwQUA')).toEqual({
      ok: true,
      format: 1,
      snapshot: {
        ...defaults,
        text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n  containers:\n    - name: app\n      image: nginx\n',
      },
    })
  })

  it('two documents with every setting changed and a workshop step', async () => {
    const link =
      'v1.JcixCsIwEABQitt9Qcf7gbTa0cVvqZdTAk0uXEJcK1Xs4Cjop9i_E-r2eIeqruqorriBz2xNFqOcsjrKbDfjFaY7PABxvvARjDEwlh1Mt_8lJgkWnoD4BUTEeQHE18p3H-MKxI8nbbwjlSSn3JD4dmlDHySxFtb9kBN1266DHw'
    expect(await decodePermalink(`#${link}`)).toEqual({
      ok: true,
      format: 1,
      snapshot: {
        text:
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: second\n' +
          'spec:\n  os:\n    name: windows\n  containers:\n    - name: app\n      image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
        version: 'v1.24',
        level: 'baseline',
        objectIndex: 1,
        windowsOpen: true,
        presenter: true,
        workshop: { playlist: 'privileged-to-restricted', step: 3 },
      },
    })
  })

  it('an empty text at the privileged level and policy v1.0', async () => {
    expect(await decodePermalink('v1.Y2ZgAAA')).toEqual({
      ok: true,
      format: 1,
      snapshot: { ...defaults, text: '', level: 'privileged', version: 'v1.0' },
    })
  })

  it('text with non-ASCII, control characters, a BOM and dictionary words out of place', async () => {
    expect(await decodePermalink('v1.Y-v36_frUEpOTDu8UuHD_BkNCocaDu9X4uXiLElMKmbIK815v3t_Un6uQkPzP4X_AA')).toEqual({
      ok: true,
      format: 1,
      snapshot: {
        ...defaults,
        text: 'name: "caf\u00e9 \u{1F600} \u0080\u00ff"\r\n\ttabs\u0000nul\ufeffbom apiVersion: kind: true false',
        version: 'v1.9999',
        objectIndex: 9999,
      },
    })
  })
})
