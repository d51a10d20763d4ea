/**
 * The General format as LeadPrep shows it: every integer digit (a phone stored as a number
 * stays 5511987654321, never 5,51199E+12), other numbers at Excel's 15 significant digits in
 * plain decimal notation with the pt-BR decimal comma.
 */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value)) return integerDigits(value)
  const rounded = Number(value.toPrecision(15))
  return plainDecimal(rounded).replace('.', ',')
}

/** Exact decimal digits of an integral double, without exponent. */
export function integerDigits(value: number): string {
  if (Object.is(value, -0)) return '0'
  return Math.abs(value) < 1e21 ? value.toFixed(0) : BigInt(value).toString()
}

/** String(value) without exponent notation ("1e-7" → "0.0000001"). */
export function plainDecimal(value: number): string {
  const text = String(value)
  const e = text.indexOf('e')
  if (e < 0) return text
  const negative = value < 0
  const mantissa = text.slice(negative ? 1 : 0, e).replace('.', '')
  const exponent = Number(text.slice(e + 1))
  const pointAt = (text.indexOf('.') < 0 ? e : text.indexOf('.')) - (negative ? 1 : 0)
  const position = pointAt + exponent
  let digits: string
  if (position <= 0) digits = `0.${'0'.repeat(-position)}${mantissa}`
  else if (position >= mantissa.length) digits = mantissa + '0'.repeat(position - mantissa.length)
  else digits = `${mantissa.slice(0, position)}.${mantissa.slice(position)}`
  return negative ? `-${digits}` : digits
}

/**
 * Fast path for the text of an xlsx `<v>`: a plain integer is returned as written (no float
 * round trip, so even 20-digit codes keep every digit); anything else goes through the number.
 */
export function formatGeneralText(raw: string): string {
  const start = raw.charCodeAt(0) === 45 ? 1 : 0
  let dot = -1
  for (let i = start; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (code === 46 && dot < 0) dot = i
    else if (code < 48 || code > 57) return formatGeneral(Number(raw))
  }
  if (raw.length === start) return raw
  if (dot < 0) {
    // Up to 15 digits the double is exact; re-rendering also detaches the text from the
    // sheet's whole XML string (a slice would keep all of it alive as long as the grid).
    if (raw.length - start <= 15) return integerDigits(Number(raw))
    return raw.charCodeAt(start) === 48 ? formatGeneral(Number(raw)) : raw
  }
  // 15 significant digits or fewer: Excel would show exactly these digits.
  if (raw.length - start - 1 <= 15 && dot < raw.length - 1)
    return `${raw.slice(0, dot)},${raw.slice(dot + 1)}`
  return formatGeneral(Number(raw))
}
