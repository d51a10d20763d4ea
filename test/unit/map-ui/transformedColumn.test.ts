/**
 * Mapear's cache keeps each column's texts over the launchable rows once, each distinct text
 * once (issue 13: a transform not yet computed runs per distinct text, not per row), or one per
 * row for a column whose texts rarely repeat. Either way every row's value and flags are
 * applyTransform's on that row's cell as the user sees it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { applyTransform, INTEGRA_VALUE_MAX_LENGTH, TRANSFORMS } from '../../../shared/mapping'
import { cleanCalls } from '../../../renderer/src/worker/clean/cleanCalls'
import { importCalls } from '../../../renderer/src/worker/import/importCalls'
import {
  EMPTY,
  FAILED,
  launchableCacheStats,
  launchableList,
  transformedColumn
} from '../../../renderer/src/worker/launch/launchableCache'
import { MESSY_HEADER, messyCsvText } from '../../perf/bigInputs'

const column = (name: (typeof MESSY_HEADER)[number]) => MESSY_HEADER.indexOf(name)

describe('transformedColumn', () => {
  beforeEach(() => {
    cleanCalls.cleanConfigure({ settings: { provider: 'integra', country: 'BR' }, blockList: [] })
    const bytes = new TextEncoder().encode(messyCsvText(4000))
    importCalls.import(
      { bytes: bytes.buffer, fileName: 'leads.csv', settings: {} },
      { progress: () => undefined }
    )
    // A name fixed in Limpar, and one made too long for Integra.
    cleanCalls.cleanEdit({ index: 7, cells: { name: '  Nome Novo ' } })
    cleanCalls.cleanEdit({ index: 9, cells: { name: 'x'.repeat(INTEGRA_VALUE_MAX_LENGTH + 1) } })
  })

  // Nome and Cidade repeat (read per distinct text); Telefone and E-mail do not (per row).
  for (const name of ['Nome', 'Cidade', 'Telefone', 'E-mail', 'Valor Proposta'] as const) {
    it(`every row's value and flags, ${name}`, () => {
      const list = launchableList()
      const cells = list.columnTexts(column(name))
      for (const transform of [undefined, ...TRANSFORMS]) {
        const got = transformedColumn(column(name), transform)
        const long: number[] = []
        const want = cells.map((cell, p) => {
          const result = applyTransform(cell, transform)
          if (result.value.length > INTEGRA_VALUE_MAX_LENGTH) long.push(p)
          const flags = (result.value.trim() === '' ? EMPTY : 0) | (result.failed ? FAILED : 0)
          return `${flags} ${result.value}`
        })
        expect(cells.map((_, p) => `${got.flags[p] ?? -1} ${got.value(p)}`)).toEqual(want)
        expect(got.long).toEqual(long)
      }
    })
  }

  it('another transform on a column already read reads no cell: only the transform runs', () => {
    transformedColumn(column('Nome'), 'firstName')
    const read = vi.spyOn(launchableList(), 'columnTexts')
    const before = { ...launchableCacheStats }
    transformedColumn(column('Nome'), 'upper')
    transformedColumn(column('Nome'), 'upper')
    expect(launchableCacheStats.transformBuilds).toBe(before.transformBuilds + 1)
    expect(read).not.toHaveBeenCalled()
    transformedColumn(column('Cidade'), 'upper')
    expect(read).toHaveBeenCalledTimes(1)
  })
})
