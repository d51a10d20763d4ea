/**
 * One pass over a phone cell: its digits, whether a `+` comes before the first digit, and
 * whether the slow path (letters, separators) is needed at all. Most cells are plain
 * punctuated numbers, so this keeps regexes off the common path.
 */
export interface CellScan {
  digits: string
  plus: boolean
  /** Letters or list separators seen: extensions, words or several numbers may be present. */
  complex: boolean
  /** The cell starts with a DDD in parentheses (`(88)4373850`, `(011) …`): the number's own. */
  ownDdd: boolean
}

export function scanCell(text: string): CellScan {
  let digits = ''
  /** Where the run of digits being read starts (-1: none): runs are added whole, not by digit. */
  let run = -1
  let plus = false
  let complex = false
  let open = -1
  let ownDdd = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      if (run === -1) run = i
      continue
    }
    if (run !== -1) {
      digits += text.slice(run, i)
      run = -1
    }
    if (c === 43) plus ||= digits.length === 0
    else if (c === 40) open = open === -1 && digits.length === 0 ? i : open
    else if (c === 41 && open !== -1 && !ownDdd && !plus) ownDdd = isDdd(digits)
    else if (!complex && isComplexChar(c)) complex = true
  }
  if (run !== -1) digits += run === 0 ? text : text.slice(run)
  return { digits, plus, complex, ownDdd }
}

/** Two digits, or a trunk 0 and two: what a DDD in parentheses holds. */
function isDdd(digits: string): boolean {
  return digits.length === 2 || (digits.length === 3 && digits.charCodeAt(0) === 48)
}

function isComplexChar(c: number): boolean {
  // letters (ASCII and Latin-1 accented), list separators / ; , and line breaks
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c >= 0xc0 ||
    c === 47 ||
    c === 59 ||
    c === 44 ||
    c === 10 ||
    c === 13
  )
}
