/**
 * Changing the phone column on 100k rows with Limpar's edits kept (issue 13: ≤ 300 ms in the
 * worker), against re-reading the same file with readLeadFile (what the change cost before:
 * decode + parse + layout, then a clean on top), measured in the same run. The worker calls
 * run in Node exactly as the lead worker runs them. The file: the bench's 100k leads with a
 * second phone column (Celular), as CSV.
 */
import { readLeadFile } from '../../shared/import'
import { cleanCalls } from '../../renderer/src/worker/clean/cleanCalls'
import { columnCalls } from '../../renderer/src/worker/import/columnCalls'
import { importCalls } from '../../renderer/src/worker/import/importCalls'
import { HEADER, leadRows } from '../perf/bigInputs'
import { medianPairMs, type BenchSuite } from './types'

const ROWS = 100_000
const EDITS = 200

function csvBytes(): Uint8Array {
  const rows = leadRows(ROWS, true)
  const lines = [[...HEADER, 'Celular'].join(';')]
  rows.forEach((cells, i) => {
    // Another lead's phone, so the second column holds phones in the same shapes.
    const other = rows[(i * 7919 + 13) % rows.length]?.[1] ?? ''
    lines.push([...cells, other].map((c) => (/[;"\n]/.test(c) ? `"${c}"` : c)).join(';'))
  })
  return new TextEncoder().encode(lines.join('\r\n'))
}

const suite: BenchSuite = {
  name: 'column change (issue 13)',
  async run(log) {
    const bytes = csvBytes()
    importCalls.import(
      { bytes: bytes.slice().buffer, fileName: 'leads.csv', settings: {} },
      { progress: () => undefined }
    )
    // Name fixes (kept by a phone-column change) and exclusions spread over the file.
    for (let k = 0; k < EDITS; k++) {
      const index = (k * 487) % ROWS
      cleanCalls.cleanEdit({ index, cells: { name: `Lead ${k}` } })
      if (k % 4 === 0)
        cleanCalls.cleanExclude({
          target: { indices: [index + 1] },
          excluded: true
        })
    }
    let phone: 'Telefone' | 'Celular' = 'Telefone'
    let kept = 0
    const times = await medianPairMs(
      () => {
        phone = phone === 'Telefone' ? 'Celular' : 'Telefone'
        const out = columnCalls.changeColumns({ columns: { phone } })
        if (out.status !== 'applied') throw new Error(`column change: ${out.status}`)
        kept = cleanCalls.cleanSnapshot().counts.edited
      },
      () => readLeadFile(bytes, 'leads.csv', { columns: { phone: 'Celular' } })
    )
    const counts = cleanCalls.cleanSnapshot().counts
    log(`${ROWS} rows, ${EDITS} name fixes kept: ${kept}; excluded ${counts.excluded}`)
    return [
      {
        label: 'change the phone column on 100k rows, edits kept (worker)',
        unit: 'ms',
        ours: times.ours,
        baselineLabel: 'readLeadFile of the same 100k-row CSV',
        baseline: times.baseline,
        goalValue: 300
      }
    ]
  }
}

export default suite
