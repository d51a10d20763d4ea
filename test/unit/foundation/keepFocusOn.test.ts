// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { keepFocusOn } from '../../../renderer/src/features/shell/keepFocusOn'

// Limpar's row editor gives the focus back to the row's "Corrigir"; on a busy laptop the grid's
// redraw then replaces that row (flake 19). These tests play that redraw by hand.

/** One turn of the event loop: the MutationObserver's callbacks have run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

function drawRow(grid: HTMLElement, index: number): HTMLButtonElement {
  const button = document.createElement('button')
  button.dataset['fixRow'] = String(index)
  button.textContent = `Corrigir linha ${index + 2}`
  grid.replaceChildren(button)
  return button
}

function setup(): { grid: HTMLElement; find: () => HTMLElement | null } {
  const grid = document.createElement('div')
  document.body.replaceChildren(grid)
  return { grid, find: () => grid.querySelector<HTMLElement>('button[data-fix-row="2"]') }
}

let stops: (() => void)[] = []
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})
const keep = (find: () => HTMLElement | null): void => {
  stops.push(keepFocusOn(find, document.body))
}

describe('keepFocusOn', () => {
  it('puts the focus on the row now, and on the new row when a redraw replaces it', async () => {
    const { grid, find } = setup()
    drawRow(grid, 2)
    keep(find)
    expect(document.activeElement).toBe(find())
    const redrawn = drawRow(grid, 2)
    await settle()
    expect(document.activeElement).toBe(redrawn)
  })

  it('waits for a row that is not drawn yet', async () => {
    const { grid, find } = setup()
    keep(find)
    expect(document.activeElement).toBe(document.body)
    const drawn = drawRow(grid, 2)
    await settle()
    expect(document.activeElement).toBe(drawn)
  })

  it('leaves the focus where the user put it', async () => {
    const { grid, find } = setup()
    drawRow(grid, 2)
    keep(find)
    const search = document.createElement('input')
    document.body.append(search)
    search.focus()
    drawRow(grid, 2)
    await settle()
    expect(document.activeElement).toBe(search)
  })

  it('stops at the user’s next key: a later redraw does not pull the focus back', async () => {
    const { grid, find } = setup()
    drawRow(grid, 2)
    keep(find)
    // A key after it started (jsdom stamps events with the wall clock: always later).
    find()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }))
    drawRow(grid, 2)
    await settle()
    expect(document.activeElement).toBe(document.body)
  })
})
