/** Locale-tolerant number reading and Brazilian currency formatting, exact (no float rounding). */

export interface DecimalParts {
  negative: boolean
  /** Integer digits without separators, no leading zeros (at least "0"). */
  integer: string
  /** Fraction digits as written ("" when none). */
  fraction: string
}

const CURRENCY = /^(?:R\$|BRL|\$|US\$)\s*|\s*(?:R\$|BRL)$/i
const UNTIDY_SPACE = /[\s\u00a0\u202f]+/g
const PARENTHESES = /^\(.*\)$/
const NUMERIC = /^[\d.,]*\d[\d.,]*$/
const LEADING_ZEROS = /^0+(?=\d)/
const DIGITS = /^\d*$/
const GROUP_HEAD = /^\d{0,3}$/
const GROUP = /^\d{3}$/
/**
 * What most money cells are (`27985.03`, `28167,14`, `1200`): digits with at most one mark
 * that cannot be a thousands separator (a comma, or a dot not followed by exactly three
 * digits). Read directly; every other text takes the general path below, which gives these
 * the same parts.
 */
const PLAIN = /^(\d+)(?:(?:,|\.(?!\d{3}$))(\d*))?$/

/**
 * Reads `27985.03`, `28167,14`, `1.234,56`, `30,316.77`, `R$ 1.234,56`, `-12`, `(12,50)`.
 * With both separators the last one is the decimal mark. With one kind only, pt-BR wins:
 * a single `,` is decimal; `.` followed by exactly three digits (`1.234`) or repeated is thousands.
 */
export function parseDecimal(text: string): DecimalParts | null {
  const plain = PLAIN.exec(text)
  if (plain) return decimalParts(false, plain[1] ?? '', plain[2] ?? '')
  let s = text.replace(UNTIDY_SPACE, ' ').trim()
  let negative = false
  if (PARENTHESES.test(s)) {
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
  if (!NUMERIC.test(s)) return null
  const split = splitDecimal(s)
  if (split === null) return null
  return decimalParts(negative, split.integer, split.fraction)
}

function decimalParts(negative: boolean, digits: string, fraction: string): DecimalParts {
  const integer = digits.charCodeAt(0) === 48 ? digits.replace(LEADING_ZEROS, '') : digits
  return { negative, integer: integer === '' ? '0' : integer, fraction }
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
  if (!DIGITS.test(fraction)) return null
  const groups = integer.split(separator)
  const [head, ...rest] = groups
  if (head === undefined || !GROUP_HEAD.test(head)) return null
  if (rest.length > 0 && head === '') return null
  if (!rest.every((group) => GROUP.test(group))) return null
  return { integer: groups.join(''), fraction }
}

/** `R$ 1.234,56` (plain space, half-up rounding to centavos, `-R$ 5,00` for negatives). */
export function formatBrl(parts: DecimalParts): string {
  const padded = (parts.fraction + '000').slice(0, 3)
  const roundUp = padded.charCodeAt(2) >= 53 // third digit ≥ '5'
  const centsText = parts.integer + padded.slice(0, 2)
  // Up to 15 digits a double holds the cents exactly; past that, BigInt.
  const cents =
    centsText.length <= 15
      ? String(Number(centsText) + (roundUp ? 1 : 0))
      : String(BigInt(centsText) + (roundUp ? 1n : 0n))
  const digits = cents.padStart(3, '0')
  const sign = parts.negative && cents !== '0' ? '-' : ''
  return `${sign}R$ ${groupThousands(digits.slice(0, -2))},${digits.slice(-2)}`
}

/** `1234567` → `1.234.567` (digits only, no leading zeros but a lone 0). */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits
  const head = digits.length % 3 || 3
  let out = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) out += '.' + digits.slice(i, i + 3)
  return out
}
