import type { CliMapping } from './cliMapping'
import { emptyValueOf } from './cliMapping'
import type { KnownField } from './knownFields'
import { KNOWN_FIELDS } from './knownFields'
import type { Mapping, Provider, VariableMapping } from './mapping'
import type { MappingPreset } from './presets'
import { MIN_SUGGESTED_CONFIDENCE, bestSimilarity, headerSimilarity } from './similarity'

export interface ColumnMatch {
  /** Column index, null when nothing reaches the suggestion threshold. */
  column: number | null
  /** 1 = exact synonym (applied at once); below 1 = suggested only. */
  confidence: number
}
export interface FieldMatch extends ColumnMatch {
  field: string
}
export interface VariableMatch extends ColumnMatch {
  key: string
}
export interface AutoMatchResult {
  /** One entry per known field, in `knownFields` order. */
  fields: FieldMatch[]
  /** One entry per variable of the preset, in its order. */
  variables: VariableMatch[]
}

export interface AutoMatchOptions {
  preset?: MappingPreset
  knownFields?: readonly KnownField[]
}

const NONE: ColumnMatch = { column: null, confidence: 0 }

/**
 * Matches headers to known fields (each column to at most one field, best scores first) and to
 * the preset's variables (which may share columns). `ddd` only pairs with a column beside phone.
 */
export function autoMatch(
  columns: readonly string[],
  options: AutoMatchOptions = {}
): AutoMatchResult {
  const known = withPresetHeaders(options.knownFields ?? KNOWN_FIELDS, options.preset?.mapping)
  const assigned = assignFields(
    columns,
    known.filter((f) => f.id !== 'ddd')
  )
  const ddd = known.find((f) => f.id === 'ddd')
  if (ddd) assigned.set('ddd', matchDdd(columns, ddd, assigned))
  return {
    fields: known.map((f) => ({ field: f.id, ...(assigned.get(f.id) ?? NONE) })),
    variables: Object.entries(options.preset?.mapping.variables ?? {}).map(([key, variable]) => ({
      key,
      ...bestColumn(columns, (header) => headerSimilarity(header, variable.column))
    }))
  }
}

/** A preset's own phone/ddd/name headers count as exact synonyms of those fields. */
function withPresetHeaders(fields: readonly KnownField[], preset?: CliMapping): KnownField[] {
  const extra: Record<string, string | undefined> = {
    phone: preset?.phone,
    ddd: preset?.ddd,
    name: preset?.name
  }
  return fields.map((field) => {
    const header = extra[field.id]
    return header ? { ...field, synonyms: [...field.synonyms, header] } : field
  })
}

function assignFields(
  columns: readonly string[],
  fields: readonly KnownField[]
): Map<string, ColumnMatch> {
  const candidates = fields.flatMap((field, order) =>
    columns.map((header, column) => ({
      field: field.id,
      order,
      column,
      confidence: bestSimilarity(header, field.synonyms)
    }))
  )
  candidates.sort((a, b) => b.confidence - a.confidence || a.order - b.order || a.column - b.column)
  const byField = new Map<string, ColumnMatch>()
  const usedColumns = new Set<number>()
  for (const c of candidates) {
    if (c.confidence < MIN_SUGGESTED_CONFIDENCE) break
    if (byField.has(c.field) || usedColumns.has(c.column)) continue
    byField.set(c.field, { column: c.column, confidence: c.confidence })
    usedColumns.add(c.column)
  }
  return byField
}

function matchDdd(
  columns: readonly string[],
  ddd: KnownField,
  assigned: Map<string, ColumnMatch>
): ColumnMatch {
  const phone = assigned.get('phone')?.column
  if (phone === undefined || phone === null) return NONE
  const taken = new Set([...assigned.values()].map((match) => match.column))
  return bestColumn(columns, (header, column) =>
    Math.abs(column - phone) === 1 && !taken.has(column) ? bestSimilarity(header, ddd.synonyms) : 0
  )
}

function bestColumn(
  columns: readonly string[],
  score: (header: string, column: number) => number
): ColumnMatch {
  let best = NONE
  columns.forEach((header, column) => {
    const confidence = score(header, column)
    if (confidence >= MIN_SUGGESTED_CONFIDENCE && confidence > best.confidence)
      best = { column, confidence }
  })
  return best
}

/**
 * The mapping made of the exact (1.0) matches only: phone (required, else null), its DDD column,
 * the name and the preset's variables with their transforms and empty rules.
 */
export function mappingFromMatches(
  result: AutoMatchResult,
  provider: Provider,
  preset?: MappingPreset
): Mapping | null {
  const exact = (field: string): number | undefined => {
    const match = result.fields.find((f) => f.field === field)
    return match?.confidence === 1 && match.column !== null ? match.column : undefined
  }
  const phone = exact('phone')
  if (phone === undefined) return null
  const ddd = exact('ddd')
  const name = exact('name')
  return {
    provider,
    phone: { column: phone, ...(ddd !== undefined && { dddColumn: ddd }) },
    ...(name !== undefined && { name: { column: name } }),
    variables: result.variables.flatMap((match) => presetVariable(match, preset))
  }
}

function presetVariable(match: VariableMatch, preset?: MappingPreset): VariableMapping[] {
  const source = preset?.mapping.variables[match.key]
  if (!source || match.confidence !== 1 || match.column === null) return []
  const { transform } = source
  const empty = emptyValueOf(source)
  return [{ key: match.key, column: match.column, ...(transform && { transform }), empty }]
}
