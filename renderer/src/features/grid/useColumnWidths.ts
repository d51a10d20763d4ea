import { useCallback, useState, type PointerEvent } from 'react'

const DEFAULT_WIDTH = 170
const MIN_WIDTH = 60

const defaults = (count: number): number[] => Array<number>(count).fill(DEFAULT_WIDTH)

/** Column widths the user drags; back to defaults when the columns change (another sheet). */
export function useColumnWidths(columnCount: number) {
  const [state, setState] = useState(() => ({ count: columnCount, widths: defaults(columnCount) }))
  const widths = state.count === columnCount ? state.widths : defaults(columnCount)

  const startResize = useCallback(
    (column: number, event: PointerEvent<HTMLElement>) => {
      event.preventDefault()
      event.stopPropagation()
      const startX = event.clientX
      const startWidth = widths[column] ?? DEFAULT_WIDTH
      const handle = event.currentTarget
      handle.setPointerCapture(event.pointerId)
      const move = (e: globalThis.PointerEvent): void => {
        const width = Math.max(MIN_WIDTH, startWidth + e.clientX - startX)
        setState({
          count: columnCount,
          widths: widths.map((old, i) => (i === column ? width : old))
        })
      }
      const stop = (): void => {
        handle.removeEventListener('pointermove', move)
        handle.removeEventListener('pointerup', stop)
      }
      handle.addEventListener('pointermove', move)
      handle.addEventListener('pointerup', stop)
    },
    [columnCount, widths]
  )

  return { widths, startResize }
}
