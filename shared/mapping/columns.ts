import { compactHeader } from './text'

/**
 * Index of the column called `header`: the first exact match, else the only column equal to it
 * once accents, case and punctuation are ignored; null when none or ambiguous.
 */
export function findColumn(header: string, columns: readonly string[]): number | null {
  const exact = columns.indexOf(header)
  if (exact >= 0) return exact
  const wanted = compactHeader(header)
  if (wanted === '') return null
  const matches = columns.flatMap((column, i) => (compactHeader(column) === wanted ? [i] : []))
  return matches.length === 1 ? (matches[0] ?? null) : null
}

/** Header of column `index`; a mapping pointing past the table is a programming error. */
export function columnName(index: number, columns: readonly string[]): string {
  const name = columns[index]
  if (name === undefined) throw new RangeError(`column ${index} is not among ${columns.length}`)
  return name
}
