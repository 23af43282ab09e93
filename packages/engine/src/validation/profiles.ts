/** Validation of `seccompProfile` and `appArmorProfile` (`validateSeccompProfileField`, `ValidateAppArmorProfileField`). */
import type { Finding } from '../model'
import type { FieldPath } from '../types'
import { goJsonString } from '../util/goJson'
import { utf8Length } from '../util/utf8'
import { asString, isRecord, isSet, own } from '../util/values'
import { invalid, rejected, required, tooLong, unsupported } from './fieldErrors'

const profileTypes = ['Localhost', 'RuntimeDefault', 'Unconfined']

/** `validateLocalDescendingPath`: a Localhost seccomp profile is a relative path without `..`. */
function localDescendingPath(value: string, path: FieldPath): string[] {
  const errors: string[] = []
  if (value.startsWith('/')) errors.push(invalid(path, value, 'must be a relative path'))
  if (value.split('/').includes('..')) errors.push(invalid(path, value, "must not contain '..'"))
  return errors
}

/** Findings that each point at the field their message names. */
type Collect = (path: FieldPath, message: string) => void

function collector(code: string): { out: Finding[]; add: Collect } {
  const out: Finding[] = []
  return { out, add: (path, message) => out.push(rejected(code, path, message)) }
}

/** API errors for a `seccompProfile` mapping at `path`. */
export function validateSeccompProfile(profile: unknown, path: FieldPath): Finding[] {
  if (!isRecord(profile)) return []
  const type = own(profile, 'type')
  const localhostProfile = own(profile, 'localhostProfile')
  if (isSet(type) && typeof type !== 'string') return []
  const { out, add } = collector('seccompProfile')
  const typePath = [...path, 'type']
  const localhostPath = [...path, 'localhostProfile']
  if (!isSet(type) || type === '') add(typePath, required(typePath, 'type is required when seccompProfile is set'))
  else if (!profileTypes.includes(type as string)) add(typePath, unsupported(typePath, type, profileTypes))
  if (type === 'Localhost') {
    if (!isSet(localhostProfile)) add(localhostPath, required(localhostPath, 'must be set when seccomp type is Localhost'))
    else if (typeof localhostProfile === 'string') {
      for (const message of localDescendingPath(localhostProfile, localhostPath)) add(localhostPath, message)
    }
  } else if (typeof localhostProfile === 'string') {
    // Upstream passes the internal struct here, which JSON-encodes with Go's field names.
    const struct = `{"Type":${goJsonString(asString(type) ?? '')},"LocalhostProfile":${goJsonString(localhostProfile)}}`
    add(localhostPath, invalid(localhostPath, null, 'can only be set when seccomp type is Localhost', struct))
  }
  return out
}

/** API errors for an `appArmorProfile` mapping at `path`. */
export function validateAppArmorProfile(profile: unknown, path: FieldPath): Finding[] {
  if (!isRecord(profile)) return []
  const type = own(profile, 'type')
  const localhostProfile = own(profile, 'localhostProfile')
  if ((isSet(type) && typeof type !== 'string') || (isSet(localhostProfile) && typeof localhostProfile !== 'string')) return []
  const { out, add } = collector('appArmorProfile')
  const typePath = [...path, 'type']
  const localhostPath = [...path, 'localhostProfile']
  if (type === 'Localhost') {
    const missing = 'must be set when AppArmor type is Localhost'
    if (typeof localhostProfile !== 'string') add(localhostPath, required(localhostPath, missing))
    else {
      const trimmed = localhostProfile.trim()
      if (trimmed !== localhostProfile) add(localhostPath, invalid(localhostPath, localhostProfile, 'must not be padded with whitespace'))
      else if (trimmed === '') add(localhostPath, required(localhostPath, missing))
      if (utf8Length(localhostProfile) > 4095) add(localhostPath, tooLong(localhostPath, 'may not be more than 4095 bytes'))
    }
  } else if (type === 'RuntimeDefault' || type === 'Unconfined') {
    if (typeof localhostProfile === 'string') {
      add(localhostPath, invalid(localhostPath, localhostProfile, 'can only be set when AppArmor type is Localhost'))
    }
  } else if (!isSet(type) || type === '') {
    add(typePath, required(typePath, 'type is required when appArmorProfile is set'))
  } else {
    add(typePath, unsupported(typePath, type, profileTypes))
  }
  return out
}
