import { ImportError } from '../errors'
import { normalizeHeader } from './columnNames'

/** A column named by the user: the exact header, else the same words ignoring accents/case. */
export function findColumn(columns: readonly string[], name: string): number {
  const exact = columns.indexOf(name)
  if (exact !== -1) return exact
  const wanted = normalizeHeader(name)
  const loose = columns.findIndex((column) => normalizeHeader(column) === wanted)
  if (loose !== -1 && wanted !== '') return loose
  throw new ImportError('column_not_found', { column: name, columns: columns.join(', ') })
}
