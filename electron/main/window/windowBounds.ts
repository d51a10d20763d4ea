import type { WindowState } from '../store/windowStateStore'

/** A rectangle in screen coordinates (a display's work area, a window's bounds). */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface RestoredBounds {
  width: number
  height: number
  /** Absent: the system places the window (first start, or its display is gone). */
  x?: number
  y?: number
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), Math.max(low, high))

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/**
 * Where the window opens: its saved size and position, on a display that still exists. A
 * window mostly off every screen (a monitor unplugged, a resolution changed) is brought back
 * whole onto the display it overlaps most, or centred on the primary one; it never opens
 * larger than the work area it lands on, nor smaller than the window's minimum.
 */
export function restoreBounds(
  saved: WindowState,
  workAreas: readonly Rect[],
  primary: Rect,
  minimum: { width: number; height: number }
): RestoredBounds {
  const fit = (area: Rect) => ({
    width: clamp(saved.width, Math.min(minimum.width, area.width), area.width),
    height: clamp(saved.height, Math.min(minimum.height, area.height), area.height)
  })
  if (saved.x === null || saved.y === null) return fit(primary)
  const rect: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
  let best: Rect | null = null
  let bestArea = 0
  for (const area of workAreas) {
    const shared = overlap(rect, area)
    if (shared > bestArea) {
      best = area
      bestArea = shared
    }
  }
  // Less than a title bar's worth visible counts as lost.
  const lost = best === null || bestArea < Math.min(rect.width, 200) * 40
  const area = lost || best === null ? primary : best
  const size = fit(area)
  if (lost) {
    return {
      ...size,
      x: Math.round(area.x + (area.width - size.width) / 2),
      y: Math.round(area.y + (area.height - size.height) / 2)
    }
  }
  return {
    ...size,
    x: clamp(rect.x, area.x, area.x + area.width - size.width),
    y: clamp(rect.y, area.y, area.y + area.height - size.height)
  }
}
