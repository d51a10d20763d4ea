/** Locale-tolerant number reading and Brazilian currency formatting, exact (no float rounding). */

export interface DecimalParts {
  negative: boolean
  /** Integer digits without separators, no leading zeros (at least "0"). */
  integer: string
  /** Fraction digits as written ("" when none). */
  fraction: string
}

const CURRENCY = /^(?:R\$|BRL|\$|US\$)\s*|\s*(?:R\$|BRL)$/i

/**
 * Reads `27985.03`, `28167,14`, `1.234,56`, `30,316.77`, `R$ 1.234,56`, `-12`, `(12,50)`.
 * With both separators the last one is the decimal mark. With one kind only, pt-BR wins:
 * a single `,` is decimal; `.` followed by exactly three digits (`1.234`) or repeated is thousands.
 */
export function parseDecimal(text: string): DecimalParts | null {
  let s = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()
  let negative = false
  if (/^\(.*\)$/.test(s)) {
    negative = true
    s = s.slice(1, -1).trim()
  }
  if (s.startsWith('-')) {
    negative = !negative
    s = s.slice(1).trim()
  }
  s = s.replace(CURRENCY, '').replace(/ /g, '')
  if (s.startsWith('-')) {
    negative = !negative
    s = s.slice(1)
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(s)) return null
  const split = splitDecimal(s)
  if (split === null) return null
  const integer = split.integer.replace(/^0+(?=\d)/, '')
  return { negative, integer: integer === '' ? '0' : integer, fraction: split.fraction }
}

function splitDecimal(s: string): { integer: string; fraction: string } | null {
  const lastComma = s.lastIndexOf(',')
  const lastDot = s.lastIndexOf('.')
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.'
    const thousands = decimal === ',' ? '.' : ','
    const at = s.lastIndexOf(decimal)
    return grouped(s.slice(0, at), thousands, s.slice(at + 1))
  }
  const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null
  if (mark === null) return { integer: s, fraction: '' }
  const parts = s.split(mark)
  const isThousands = parts.length > 2 || (mark === '.' && parts[1]?.length === 3)
  if (isThousands) return grouped(s, mark, '')
  return { integer: parts[0] ?? '', fraction: parts[1] ?? '' }
}

/** Checks `1.234.567`-style grouping; rejects `12.34.5`. */
function grouped(
  integer: string,
  separator: string,
  fraction: string
): { integer: string; fraction: string } | null {
  if (!/^\d*$/.test(fraction)) return null
  const groups = integer.split(separator)
  const [head, ...rest] = groups
  if (head === undefined || !/^\d{0,3}$/.test(head)) return null
  if (rest.length > 0 && head === '') return null
  if (!rest.every((group) => /^\d{3}$/.test(group))) return null
  return { integer: groups.join(''), fraction }
}

/** `R$ 1.234,56` (plain space, half-up rounding to centavos, `-R$ 5,00` for negatives). */
export function formatBrl(parts: DecimalParts): string {
  const padded = (parts.fraction + '000').slice(0, 3)
  let cents = BigInt(parts.integer + padded.slice(0, 2))
  if (padded.charCodeAt(2) >= 53) cents += 1n // third digit ≥ '5'
  const digits = cents.toString().padStart(3, '0')
  const integer = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, '.')
  const sign = parts.negative && cents > 0n ? '-' : ''
  return `${sign}R$ ${integer},${digits.slice(-2)}`
}
