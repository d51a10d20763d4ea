/**
 * The Mapear preview shows the row the user asked for, whatever order the worker's answers
 * and the user's clicks and keystrokes come in (issue 9). The worker is a stand-in whose
 * answers the test releases one by one; the debounce runs on fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type {
  MapColumn,
  MapPreview,
  PreviewTarget
} from '../../../renderer/src/worker/map/mapProtocol'
import type { TableSummary } from '../../../renderer/src/worker/protocol'
import type { LeadCallArgs } from '../worker/standIn'

/** Spreadsheet rows 4..13 are the launchable ones (positions 0..9). */
const ROWS = Array.from({ length: 10 }, (_, i) => i + 4)

interface PendingPreview {
  target: PreviewTarget
  text: string
  answer(): void
}

const worker = vi.hoisted(() => ({
  previews: [] as PendingPreview[],
  call: null as unknown as (...args: LeadCallArgs) => Promise<unknown>
}))

vi.mock('../../../renderer/src/worker/leadWorkerHost', () => ({
  currentWorker: () => worker,
  startIncoming: () => worker,
  promoteIncoming: () => undefined,
  cancelIncoming: () => undefined
}))

const { useMap } = await import('../../../renderer/src/features/map/mapStore')

function previewOf(target: PreviewTarget, text: string): MapPreview {
  const wanted = 'row' in target ? ROWS.indexOf(target.row) : target.position
  const position = Math.max(0, Math.min(ROWS.length - 1, wanted))
  const row = ROWS[position] ?? 0
  return {
    launchable: ROWS.length,
    cleaned: true,
    missing: null,
    shown: { position, row, phone: `+55119000000${row}`, name: '', text, values: [] }
  }
}

const COLUMNS: MapColumn[] = [
  { index: 0, header: 'Nome', samples: [], type: 'text' },
  { index: 1, header: 'Telefone', samples: [], type: 'phone' }
]

/** Every worker call answers at once, except previews: those wait for `answer()`. */
function answerCall(...[name, request]: LeadCallArgs): Promise<unknown> {
  if (name === 'mapColumns') return Promise.resolve({ columns: COLUMNS })
  if (name === 'mapCheck') {
    return Promise.resolve({
      launchable: ROWS.length,
      cleaned: true,
      text: null,
      emptyMessageRows: { count: 0, rows: [] },
      emptyVariables: [],
      tooLongValues: [],
      transformFailed: [],
      skippedRows: []
    })
  }
  if (name !== 'mapPreview') return Promise.reject(new Error(`unexpected ${name}`))
  return new Promise((resolve) => {
    worker.previews.push({
      target: request.target,
      text: request.text,
      answer: () => resolve(previewOf(request.target, request.text))
    })
  })
}

/** Lets the debounce run out and every released answer land. */
const settle = (): Promise<unknown> => vi.advanceTimersByTimeAsync(1000)

function takePreview(): PendingPreview {
  const next = worker.previews.shift()
  if (!next) throw new Error('no preview was asked of the worker')
  return next
}

const shownRow = (): number | undefined => useMap.getState().preview?.shown?.row

beforeEach(async () => {
  vi.useFakeTimers()
  worker.previews = []
  worker.call = answerCall
  const table = { columns: ['Nome', 'Telefone'], phoneColumn: 1, dddColumn: null } as TableSummary
  await useMap.getState().open(table)
  await settle()
  takePreview().answer() // the preview Mapear opens with
  await settle()
  expect(shownRow()).toBe(4)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('Mapear preview refresh', () => {
  it('shows the row asked for while an older refresh is still being answered', async () => {
    useMap.getState().setMessage('Olá')
    await settle()
    const typing = takePreview() // computed for position 0, still in the worker
    useMap.getState().showRow({ row: 9 })
    typing.answer()
    await settle()
    expect(useMap.getState().previewTarget).toEqual({ row: 9 })
    const asked = takePreview()
    expect(asked.target).toEqual({ row: 9 })
    asked.answer()
    await settle()
    expect(shownRow()).toBe(9)
    expect(useMap.getState().preview?.shown?.text).toBe('Olá')
  })

  it('drops answers that arrive after a newer request, in either order', async () => {
    useMap.getState().showRow({ row: 6 })
    await settle()
    const first = takePreview()
    useMap.getState().setMessage('Oi')
    await settle()
    const second = takePreview()
    expect(second.target).toEqual({ row: 6 })
    second.answer()
    await settle()
    first.answer()
    await settle()
    expect(shownRow()).toBe(6)
    expect(useMap.getState().preview?.shown?.text).toBe('Oi')
  })

  it('keeps the row through rapid jumps while the message changes', async () => {
    for (const row of [7, 11, 5, 12]) {
      useMap.getState().setMessage(`linha ${row}`)
      await settle() // the typing pause ran out: its preview is now in the worker
      const typing = takePreview()
      useMap.getState().showRow({ row })
      typing.answer() // lands before the jump's own refresh has even started
      await settle()
      takePreview().answer()
      await settle()
      expect(shownRow()).toBe(row)
      expect(useMap.getState().preview?.shown?.text).toBe(`linha ${row}`)
    }
  })

  it('steps with the arrows from the row shown', async () => {
    useMap.getState().showRow({ row: 10 })
    await settle()
    takePreview().answer()
    await settle()
    const shown = useMap.getState().preview?.shown
    useMap.getState().showRow({ position: (shown?.position ?? 0) + 1 })
    await settle()
    takePreview().answer()
    await settle()
    expect(shownRow()).toBe(11)
  })
})
