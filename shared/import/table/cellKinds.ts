/** Cheap tests on one cell's text, used to find the header and the footer. */

export function isBlank(text: string): boolean {
  return text.trim() === ''
}

const LONG_DIGITS = /^\d{5,}$/
const DATE =
  /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const NUMBER = /^(R\$ ?)?[+-]?(\d+|\d{1,3}([.,]\d{3})+)([.,]\d+)?%?$/
const PHONE_CHARS = /^[\d\s()+.-]+$/

/**
 * A cell that reads as data rather than a column title (cleaning.md "Header row"): a digit
 * string of 5+ digits, a date, an e-mail, a number — or a phone written with punctuation.
 */
export function looksLikeValue(text: string): boolean {
  const value = text.trim()
  return (
    LONG_DIGITS.test(value) ||
    DATE.test(value) ||
    EMAIL.test(value) ||
    NUMBER.test(value) ||
    (PHONE_CHARS.test(value) && digitCount(value) >= 8)
  )
}

export function digitCount(text: string): number {
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) digits++
  }
  return digits
}

const PLAIN_DIGITS = /^\d+$/
const DECIMAL = /^[+-]?\d+[.,](\d{1,3}|\d{5,})$/

/**
 * Reads as a phone number by itself: 10 to 13 digits, or 8–9 digits written with punctuation
 * (`3441-5852`), making most of the cell (`tel: 11 98765.4321`); never a date or a decimal.
 * The digit rules themselves belong to cleaning.
 */
export function looksLikePhone(text: string): boolean {
  const value = text.trim()
  const digits = digitCount(value)
  if (digits < 8 || digits > 13 || DATE.test(value) || DECIMAL.test(value)) return false
  if (digits < 10 && PLAIN_DIGITS.test(value)) return false
  return digits * 2 >= value.replace(/\s/g, '').length
}

/** A bare 8–9 digit number: a local phone only when a DDD column sits beside it. */
export function looksLikeLocalNumber(text: string): boolean {
  const value = text.trim()
  return PLAIN_DIGITS.test(value) && value.length >= 8 && value.length <= 9
}

/** A two-digit area code (DDD 11–99) on its own, maybe with a leading 0 or parentheses. */
export function looksLikeDdd(text: string): boolean {
  return /^\(?0?[1-9]\d\)?$/.test(text.trim())
}
