export interface CleanEmail {
  email: string
  /** Only a warning: a lead with a valid phone is never dropped for its e-mail. */
  warning?: 'invalid_email'
}

/**
 * One local part, one `@`, a dotted domain with no spaces; deliberately loose (RFC 5322 allows
 * far more than people type) but catches `joao@`, `maria@@x.com`, `sem email`.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/

/**
 * cleanEmail(raw).warning !== undefined, without the lower-cased copy: lower-casing neither
 * makes nor removes whitespace, `@` or `.`, all the regex looks at.
 */
export function isInvalidEmail(raw: string): boolean {
  const email = raw.trim()
  return email !== '' && !EMAIL.test(email)
}

export function cleanEmail(raw: string): CleanEmail {
  const email = raw.trim().toLowerCase()
  if (email === '' || EMAIL.test(email)) return { email }
  return { email, warning: 'invalid_email' }
}
