import { looksLikeDdd, looksLikeLocalNumber, looksLikePhone } from '../table/cellKinds'
import { findColumn } from './findColumn'
import { isDddHeader, nameHeaderRank, phoneHeaderRank } from './headerRanks'

export interface ColumnOverrides {
  phone?: string
  ddd?: string
  name?: string
}

export interface ColumnChoice {
  phone: number | null
  ddd: number | null
  name: number | null
  /** The phone column was named by its header (or by the user), not guessed from values. */
  phoneByHeader: boolean
}

type Sample = readonly (readonly string[])[]

/**
 * The phone column (with its DDD column beside it) and the name column, per cleaning.md
 * "Which columns"; a column the user named wins over the automatic choice.
 */
export function chooseColumns(
  columns: readonly string[],
  sample: Sample,
  overrides: ColumnOverrides = {}
): ColumnChoice {
  const byUser = overrides.phone === undefined ? null : findColumn(columns, overrides.phone)
  const byHeader = byUser ?? phoneByHeader(columns, sample)
  const phone = byHeader ?? phoneByValues(columns, sample)
  // An empty name is the user's explicit "no such column" (the DDD is in the phone cell, say).
  const ddd =
    overrides.ddd !== undefined
      ? chosenOrNone(columns, overrides.ddd)
      : pairedDdd(columns, sample, phone, byHeader === null)
  const name =
    overrides.name !== undefined
      ? chosenOrNone(columns, overrides.name)
      : nameColumn(columns, [phone, ddd])
  return { phone, ddd, name, phoneByHeader: byHeader !== null }
}

function chosenOrNone(columns: readonly string[], name: string): number | null {
  return name === '' ? null : findColumn(columns, name)
}

function phoneByHeader(columns: readonly string[], sample: Sample): number | null {
  let best: number | null = null
  let bestRank = Infinity
  columns.forEach((header, column) => {
    const match = phoneHeaderRank(header)
    if (!match || match.rank >= bestRank) return
    // `Contato` holding `98216-1160` or `982967097`: phones that need a default DDD still count.
    if (match.needsPhoneValues && share(sample, column, looksLikeAnyPhone) < 0.3) return
    best = column
    bestRank = match.rank
  })
  return best
}

/** No header names a phone: the column whose values most often look like one. */
function phoneByValues(columns: readonly string[], sample: Sample): number | null {
  let best: number | null = null
  let bestScore = 0.5
  for (let column = 0; column < columns.length; column++) {
    // With DDDs just left of it, bare 8–9 digit numbers are local phones (`61 | 20218000`).
    const dddLeft = column > 0 && dddShare(sample, column - 1) >= 0.8
    const score = dddLeft
      ? share(sample, column, (text) => looksLikePhone(text) || looksLikeLocalNumber(text)) + 0.25
      : phoneShare(sample, column)
    if (score > bestScore) {
      best = column
      bestScore = score
    }
  }
  return best
}

/**
 * The DDD column right beside the phone (left first): named so by its header, or — only when
 * the phone itself was found by its values — holding two-digit area codes.
 */
function pairedDdd(
  columns: readonly string[],
  sample: Sample,
  phone: number | null,
  byValues: boolean
): number | null {
  if (phone === null) return null
  for (const column of [phone - 1, phone + 1]) {
    const header = columns[column]
    if (header === undefined) continue
    if (isDddHeader(header) || (byValues && dddShare(sample, column) >= 0.8)) return column
  }
  return null
}

function nameColumn(columns: readonly string[], taken: readonly (number | null)[]): number | null {
  let best: number | null = null
  let bestRank = Infinity
  columns.forEach((header, column) => {
    const rank = nameHeaderRank(header)
    if (rank === null || rank >= bestRank || taken.includes(column)) return
    best = column
    bestRank = rank
  })
  return best
}

function looksLikeAnyPhone(text: string): boolean {
  return looksLikePhone(text) || looksLikeLocalNumber(text)
}

function phoneShare(sample: Sample, column: number): number {
  return share(sample, column, looksLikePhone)
}

function dddShare(sample: Sample, column: number): number {
  return share(sample, column, looksLikeDdd)
}

/** Fraction of the non-blank cells of a column that pass a test (0 when all are blank). */
function share(sample: Sample, column: number, test: (text: string) => boolean): number {
  let filled = 0
  let passing = 0
  for (const row of sample) {
    const text = row[column] ?? ''
    if (text.trim() === '') continue
    filled++
    if (test(text)) passing++
  }
  return filled === 0 ? 0 : passing / filled
}
