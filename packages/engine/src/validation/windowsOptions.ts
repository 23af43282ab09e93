/** `validateWindowsSecurityContextOptions` (kubernetes/kubernetes pkg/apis/core/validation/validation.go), message for message. */
import type { Finding } from '../model'
import type { FieldPath } from '../types'
import { utf8Length } from '../util/utf8'
import { asString, own } from '../util/values'
import { invalid, rejected } from './fieldErrors'

const maxGmsaCredentialSpecBytes = 64 * 1024
const maxDomainBytes = 256
const maxUserBytes = 104

// Go regexps match runes, which is what the `u` flag gives; POSIX [:cntrl:] is ASCII only.
const controlCharacters = /[\x00-\x1f\x7f]/
const netBiosDomain = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u
const dnsLabel = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?'
const dnsDomain = new RegExp(`^${dnsLabel}(?:\\.${dnsLabel})*$`)
const forbiddenUserCharacters = /["/\\:;|=,+*?<>@[\]]/
const onlyPeriodsOrSpaces = /^[. ]+$/

const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/** apimachinery's `IsDNS1123Subdomain`: both messages can come back together. */
export function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = []
  if (utf8Length(value) > 253) errors.push('must be no more than 253 characters')
  if (!dns1123Subdomain.test(value)) {
    errors.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    )
  }
  return errors
}

/** The details upstream reports for a `runAsUserName`, in its order: the first three checks exclude each other, the rest can pile up. */
export function runAsUserNameErrors(name: string): string[] {
  if (name === '') return ['runAsUserName cannot be an empty string']
  if (controlCharacters.test(name)) return ['runAsUserName cannot contain control characters']
  const parts = name.split('\\')
  if (parts.length > 2) return ['runAsUserName cannot contain more than one backslash']

  const hasDomain = parts.length === 2
  const domain = hasDomain ? parts[0] : ''
  const user = hasDomain ? parts[1] : parts[0]
  const errors: string[] = []
  if (utf8Length(domain) >= maxDomainBytes) errors.push(`runAsUserName's Domain length must be under ${maxDomainBytes} characters`)
  if (hasDomain && !(netBiosDomain.test(domain) || dnsDomain.test(domain))) {
    errors.push("runAsUserName's Domain doesn't match the NetBios nor the DNS format")
  }
  const userBytes = utf8Length(user)
  if (userBytes === 0) errors.push("runAsUserName's User cannot be empty")
  else if (userBytes > maxUserBytes) errors.push(`runAsUserName's User length must not be longer than ${maxUserBytes} characters`)
  if (onlyPeriodsOrSpaces.test(user)) errors.push("runAsUserName's User cannot contain only periods or spaces")
  if (forbiddenUserCharacters.test(user)) {
    errors.push(`runAsUserName's User cannot contain the following characters: "/\\:;|=,+*?<>@[]`)
  }
  return errors
}

/** Every API error for one `windowsOptions` mapping at `path`; values of the wrong type are left to the decoder check. */
export function validateWindowsOptions(options: unknown, path: FieldPath): Finding[] {
  const out: Finding[] = []
  const report = (field: string, value: string, detail: string) => out.push(rejected(field, [...path, field], invalid([...path, field], value, detail)))

  const specName = asString(own(options, 'gmsaCredentialSpecName'))
  if (specName !== undefined) for (const detail of dns1123SubdomainErrors(specName)) report('gmsaCredentialSpecName', specName, detail)

  const spec = asString(own(options, 'gmsaCredentialSpec'))
  if (spec === '') report('gmsaCredentialSpec', spec, 'gmsaCredentialSpec cannot be an empty string')
  else if (spec !== undefined && utf8Length(spec) > maxGmsaCredentialSpecBytes) {
    report('gmsaCredentialSpec', spec, 'gmsaCredentialSpec size must be under 64 KiB')
  }

  const userName = asString(own(options, 'runAsUserName'))
  if (userName !== undefined) for (const detail of runAsUserNameErrors(userName)) report('runAsUserName', userName, detail)
  return out
}
