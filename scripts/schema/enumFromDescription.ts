/**
 * Allowed values of a string field, when its upstream doc comment lists them in one of the two
 * fixed phrasings kubernetes-types 1.30 uses for closed sets. Free-form mentions ("Defaults to
 * ClusterFirst", "e.g. TCP") are deliberately not matched: an enum turns every other value into a
 * schema error, so only lists the API server also enforces may become one.
 */
export function enumFromDescription(description: string): string[] | undefined {
  // "Valid options are:\n  Localhost - …\n  RuntimeDefault - …" (AppArmor and seccomp profile types).
  const listed = /Valid options are:\s*\n([\s\S]*)$/.exec(description)
  if (listed) {
    const values = [...listed[1]!.matchAll(/(?:^|\s)([A-Z][A-Za-z]+) - /g)].map((match) => match[1]!)
    if (values.length > 1) return values
  }
  // 'Valid values are "OnRootMismatch" and "Always".' — quoted words only, ending the sentence.
  const quoted = /Valid values are ((?:"[A-Za-z]+"(?:, | and | or |, and |, or ))+"[A-Za-z]+")\./.exec(description)
  if (quoted) return [...quoted[1]!.matchAll(/"([A-Za-z]+)"/g)].map((match) => match[1]!)
  return undefined
}
