import type { Mapping, MappingRow, VariableMapping, VariableValue } from '../mapping'
import { variableValue } from '../mapping/rowValues'

// After this many look-ups, a column whose cells rarely repeat (ids, amounts) stops caching.
const PROBE = 2000
const MIN_HIT_RATE = 0.3

/**
 * `variableValues` for many rows, with each variable's value remembered per cell text: real
 * exports repeat cities, companies, dates and amounts, and their transforms are most of the
 * plan's cost. The rule itself stays in mapping/rowValues: a miss calls it.
 */
export function cachedVariableValues(mapping: Mapping): (row: MappingRow) => VariableValue[] {
  const readers = mapping.variables.map((variable) => variableReader(variable))
  const n = readers.length
  return (row) => {
    const values = new Array<VariableValue>(n)
    for (let i = 0; i < n; i++) values[i] = (readers[i] as (row: MappingRow) => VariableValue)(row)
    return values
  }
}

function variableReader(variable: VariableMapping): (row: MappingRow) => VariableValue {
  const read = perText((text) => variableValue(text, variable))
  return (row) => read(row.cell(variable.column))
}

/**
 * `compute` remembered per text while that pays: after PROBE calls with fewer than
 * MIN_HIT_RATE repeats, the cache is dropped and every call computes.
 */
export function perText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  let lookups = 0
  let hits = 0
  let caching = true
  return (text) => {
    if (!caching) return compute(text)
    lookups++
    const known = cache.get(text)
    if (known !== undefined) {
      hits++
      return known
    }
    const value = compute(text)
    cache.set(text, value)
    if (lookups === PROBE && hits < PROBE * MIN_HIT_RATE) {
      caching = false
      cache.clear()
    }
    return value
  }
}
