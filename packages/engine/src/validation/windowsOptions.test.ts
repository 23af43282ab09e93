import { describe, expect, it } from 'vitest'
import { dns1123SubdomainErrors, runAsUserNameErrors, validateWindowsOptions } from './windowsOptions'

const EMPTY = 'runAsUserName cannot be an empty string'
const CONTROL = 'runAsUserName cannot contain control characters'
const BACKSLASHES = 'runAsUserName cannot contain more than one backslash'
const DOMAIN_LENGTH = "runAsUserName's Domain length must be under 256 characters"
const DOMAIN_FORMAT = "runAsUserName's Domain doesn't match the NetBios nor the DNS format"
const USER_EMPTY = "runAsUserName's User cannot be empty"
const USER_LENGTH = "runAsUserName's User length must not be longer than 104 characters"
const PERIODS = "runAsUserName's User cannot contain only periods or spaces"
const CHARACTERS = `runAsUserName's User cannot contain the following characters: "/\\:;|=,+*?<>@[]`

describe('runAsUserName', () => {
  it.each([
    'ContainerUser',
    'ContainerAdministrator',
    'NT AUTHORITY\\SYSTEM',
    'NT AUTHORITY\\NETWORK SERVICE',
    'NT AUTHORITY\\Local service',
    'CONTOSO\\svc-web',
    'contoso.example.com\\svc',
    'ÉQUIPE\\utilisateur',
    'a.b\\c',
    // 16 characters is too long for NetBIOS but a fine DNS label.
    'ABCDEFGHIJKLMNOP\\user',
  ])('accepts %j', (name) => {
    expect(runAsUserNameErrors(name)).toEqual([])
  })

  it('rejects the empty string and nothing else', () => {
    expect(runAsUserNameErrors('')).toEqual([EMPTY])
  })

  it.each(['a\u0000b', 'tab\there', 'line\nbreak', '\u001f', 'del\u007f'])('rejects control character in %j', (name) => {
    expect(runAsUserNameErrors(name)).toEqual([CONTROL])
  })

  it('does not count C1 characters as control characters, as POSIX [:cntrl:] in Go does not', () => {
    expect(runAsUserNameErrors('a\u0085b')).toEqual([])
  })

  it('rejects two or more backslashes', () => {
    expect(runAsUserNameErrors('a\\b\\c')).toEqual([BACKSLASHES])
    expect(runAsUserNameErrors('\\\\')).toEqual([BACKSLASHES])
  })

  it('stops at the first of the three leading checks, as the if/else-if chain does', () => {
    // Control characters win over backslashes; both would otherwise apply.
    expect(runAsUserNameErrors('\u0001\\a\\b')).toEqual([CONTROL])
    // More than one backslash hides every domain and user problem.
    expect(runAsUserNameErrors('.bad\\\\...')).toEqual([BACKSLASHES])
  })

  it('limits the domain to 255 bytes, so a long DNS name gets only the length error', () => {
    const label = 'a'.repeat(63)
    const domain255 = [label, label, label, 'a'.repeat(63)].join('.')
    expect(domain255).toHaveLength(255)
    expect(runAsUserNameErrors(`${domain255}\\user`)).toEqual([])
    const domain256 = [label, label, label, 'a'.repeat(62), 'a'].join('.')
    expect(domain256).toHaveLength(256)
    expect(runAsUserNameErrors(`${domain256}\\user`)).toEqual([DOMAIN_LENGTH])
  })

  it('counts the domain in UTF-8 bytes', () => {
    // 128 characters, 256 bytes: too long, and neither NetBIOS (15 characters) nor DNS (ASCII).
    expect(runAsUserNameErrors(`${'é'.repeat(128)}\\user`)).toEqual([DOMAIN_LENGTH, DOMAIN_FORMAT])
    expect(runAsUserNameErrors(`${'é'.repeat(127)}\\user`)).toEqual([DOMAIN_FORMAT])
  })

  it.each([
    ['an empty domain', '\\user'],
    ['a leading period', '.contoso\\user'],
    ['a NetBIOS-forbidden character', 'con*toso\\user'],
    ['16 characters with a space', 'NT AUTHORITY ABC\\user'],
    ['an underscore in a long name', 'under_score.example.com\\user'],
    ['a label ending in a hyphen, past 15 characters', 'contoso-.example.com\\user'],
    ['a trailing period, past 15 characters', 'contoso.example.com.\\user'],
  ])('rejects a domain with %s', (_, name) => {
    expect(runAsUserNameErrors(name)).toEqual([DOMAIN_FORMAT])
  })

  it('takes NetBIOS names by characters, not bytes', () => {
    expect(runAsUserNameErrors(`${'é'.repeat(15)}\\user`)).toEqual([])
    expect(runAsUserNameErrors(`${'é'.repeat(16)}\\user`)).toEqual([DOMAIN_FORMAT])
  })

  it('rejects an empty user after the domain', () => {
    expect(runAsUserNameErrors('CONTOSO\\')).toEqual([USER_EMPTY])
  })

  it('limits the user to 104 bytes, counting multi-byte characters by their UTF-8 size', () => {
    expect(runAsUserNameErrors('u'.repeat(104))).toEqual([])
    expect(runAsUserNameErrors('u'.repeat(105))).toEqual([USER_LENGTH])
    expect(runAsUserNameErrors('é'.repeat(52))).toEqual([])
    expect(runAsUserNameErrors(`${'é'.repeat(52)}u`)).toEqual([USER_LENGTH])
    expect(runAsUserNameErrors('😀'.repeat(26))).toEqual([])
    expect(runAsUserNameErrors('😀'.repeat(27))).toEqual([USER_LENGTH])
    expect(runAsUserNameErrors(`CONTOSO\\${'u'.repeat(105)}`)).toEqual([USER_LENGTH])
  })

  it.each(['.', '...', ' ', '. .', 'CONTOSO\\ . '])('rejects a user of only periods or spaces: %j', (name) => {
    expect(runAsUserNameErrors(name)).toEqual([PERIODS])
  })

  it.each(['"', '/', ':', ';', '|', '=', ',', '+', '*', '?', '<', '>', '@', '[', ']'])('rejects %j in the user', (character) => {
    expect(runAsUserNameErrors(`us${character}er`)).toEqual([CHARACTERS])
    expect(runAsUserNameErrors(`CONTOSO\\us${character}er`)).toEqual([CHARACTERS])
  })

  it('reports the independent checks together', () => {
    expect(runAsUserNameErrors('.bad\\')).toEqual([DOMAIN_FORMAT, USER_EMPTY])
    expect(runAsUserNameErrors(`${'x'.repeat(256)}\\${'.'.repeat(105)}`)).toEqual([DOMAIN_LENGTH, DOMAIN_FORMAT, USER_LENGTH, PERIODS])
  })
})

describe('gmsaCredentialSpecName', () => {
  const REGEX =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
  const LENGTH = 'must be no more than 253 characters'

  it.each(['gmsa-webapp1', 'a', 'webapp1.contoso.com', 'a'.repeat(253)])('accepts %j', (name) => {
    expect(dns1123SubdomainErrors(name)).toEqual([])
  })

  it.each(['gmsa-WebApp1', '', '-gmsa', 'gmsa-', 'gmsa_webapp', 'a..b'])('rejects %j with the regex message', (name) => {
    expect(dns1123SubdomainErrors(name)).toEqual([REGEX])
  })

  it('gives the length message, and both when both apply', () => {
    expect(dns1123SubdomainErrors('a'.repeat(254))).toEqual([LENGTH])
    expect(dns1123SubdomainErrors('A'.repeat(254))).toEqual([LENGTH, REGEX])
  })

  it('prints one API error per message', () => {
    const path = ['spec', 'securityContext', 'windowsOptions']
    expect(validateWindowsOptions({ gmsaCredentialSpecName: 'A'.repeat(254) }, path).map((f) => f.code)).toEqual([
      'gmsaCredentialSpecName',
      'gmsaCredentialSpecName',
    ])
  })
})

describe('gmsaCredentialSpec', () => {
  const path = ['spec', 'containers', 0, 'securityContext', 'windowsOptions']
  const messages = (spec: string) => validateWindowsOptions({ gmsaCredentialSpec: spec }, path).map((f) => f.message)

  it('rejects the empty string', () => {
    expect(messages('')).toEqual([
      'spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpec: Invalid value: "": gmsaCredentialSpec cannot be an empty string',
    ])
  })

  it('accepts exactly 64 KiB and rejects one byte more, counted in UTF-8', () => {
    expect(messages('x'.repeat(65536))).toEqual([])
    expect(messages('x'.repeat(65537))[0]).toMatch(/gmsaCredentialSpec size must be under 64 KiB$/)
    expect(messages('é'.repeat(32768))).toEqual([])
    expect(messages(`${'é'.repeat(32768)}x`)).toHaveLength(1)
  })
})

describe('validateWindowsOptions', () => {
  it('prints errors the way the API server does, with the value JSON-quoted', () => {
    const findings = validateWindowsOptions({ runAsUserName: 'a\\b\\c' }, ['spec', 'containers', 0, 'securityContext', 'windowsOptions'])
    expect(findings).toEqual([
      {
        severity: 'error',
        code: 'runAsUserName',
        path: ['spec', 'containers', 0, 'securityContext', 'windowsOptions', 'runAsUserName'],
        message:
          'spec.containers[0].securityContext.windowsOptions.runAsUserName: Invalid value: "a\\\\b\\\\c": runAsUserName cannot contain more than one backslash',
      },
    ])
  })

  it("escapes control and HTML characters as Go's JSON encoder does", () => {
    const [control] = validateWindowsOptions({ runAsUserName: 'a\u0001\n' }, ['w'])
    expect(control.message).toBe('w.runAsUserName: Invalid value: "a\\u0001\\n": runAsUserName cannot contain control characters')
    const [html] = validateWindowsOptions({ runAsUserName: 'a<b' }, ['w'])
    expect(html.message).toBe(`w.runAsUserName: Invalid value: "a\\u003cb": ${CHARACTERS}`)
  })

  it('checks gMSA name, gMSA spec, then runAsUserName', () => {
    const codes = validateWindowsOptions({ runAsUserName: '', gmsaCredentialSpec: '', gmsaCredentialSpecName: 'X' }, ['w']).map((f) => f.code)
    expect(codes).toEqual(['gmsaCredentialSpecName', 'gmsaCredentialSpec', 'runAsUserName'])
  })

  it('leaves values of the wrong type to the decoder check', () => {
    expect(validateWindowsOptions({ runAsUserName: 5, gmsaCredentialSpec: true }, ['w'])).toEqual([])
    expect(validateWindowsOptions('nope', ['w'])).toEqual([])
  })
})
