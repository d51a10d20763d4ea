import { z } from 'zod'
import { formatDateBr, parseDate } from './dateFormat'
import { collapseSpaces, firstNameOf, titleCasePt } from './nameCase'
import { formatBrl, parseDecimal } from './numberFormat'

/** What may be done to a cell before it is sent; each literal carries a description for the UI. */
export const transformSchema = z.union([
  z.literal('firstName').describe('First word of the name, capitalized: "JOSÉ SILVA" → "José"'),
  z.literal('trim').describe('Spaces removed at both ends and collapsed inside'),
  z.literal('upper').describe('UPPER CASE'),
  z.literal('lower').describe('lower case'),
  z.literal('title').describe('Title Case with da/de/do/das/dos/e kept lower'),
  z.literal('date_br').describe('Date as dd/mm/aaaa (from ISO, dd/mm/aa or an Excel serial)'),
  z.literal('money_brl').describe('Money as R$ 1.234,56 (from 27985.03, 28167,14, 1.234,56…)')
])
export type Transform = z.infer<typeof transformSchema>

export const TRANSFORMS: readonly Transform[] = transformSchema.options.map((o) => o.value)

export interface TransformResult {
  value: string
  /** True when a date/money transform could not read the cell; the trimmed text is kept. */
  failed: boolean
}

export function applyTransform(value: string, transform: Transform | undefined): TransformResult {
  const ok = (v: string): TransformResult => ({ value: v, failed: false })
  // Outer spaces are never meant to be sent; `trim` also collapses inner ones.
  if (transform === undefined || value.trim() === '') return ok(value.trim())
  switch (transform) {
    case 'firstName':
      return ok(firstNameOf(value))
    case 'trim':
      return ok(collapseSpaces(value))
    case 'upper':
      return ok(collapseSpaces(value).toLocaleUpperCase('pt-BR'))
    case 'lower':
      return ok(collapseSpaces(value).toLocaleLowerCase('pt-BR'))
    case 'title':
      return ok(titleCasePt(value))
    case 'date_br':
      return parsed(value, (v) => {
        const date = parseDate(v)
        return date && formatDateBr(date)
      })
    case 'money_brl':
      return parsed(value, (v) => {
        const parts = parseDecimal(v)
        return parts && formatBrl(parts)
      })
  }
}

function parsed(value: string, read: (v: string) => string | null): TransformResult {
  const result = read(value)
  return result === null ? { value: value.trim(), failed: true } : { value: result, failed: false }
}
