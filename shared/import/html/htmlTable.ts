import { createGrid, type Grid } from '../grid'
import { ImportError } from '../errors'
import { decodeEntities } from './htmlEntities'

/** `<table>`, `<tr>`, `<td>`/`<th>` tags (open or close), skipping comments, scripts and styles. */
const TAG = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)(table|tr|td|th)\b([^>]*)>/gi

type Rows = string[][]

/**
 * The cells of an HTML page's largest table: the ".xls" many CRMs export is such a page. A
 * small scanner instead of a DOM (shared/ runs in a worker); nested tables stay inside their
 * cell's text, colspan leaves empty cells, rowspan is not expanded.
 */
export function readHtmlTable(html: string): Grid {
  const tables: Rows[] = []
  let depth = 0
  let rows: Rows = []
  let row: string[] | null = null
  let cell: { start: number; span: number } | null = null

  const closeCell = (at: number): void => {
    if (!cell || !row) return
    row.push(cellText(html.slice(cell.start, at)))
    for (let i = 1; i < cell.span; i++) row.push('')
    cell = null
  }
  const closeRow = (at: number): void => {
    closeCell(at)
    if (row) rows.push(row)
    row = null
  }

  for (const match of html.matchAll(TAG)) {
    const [whole, , slash, name, attributes] = match
    if (!name) continue
    const tag = name.toLowerCase()
    const at = match.index
    if (tag === 'table') {
      if (slash) {
        if (depth === 1) closeRow(at)
        if (depth === 1 && rows.length > 0) tables.push(rows)
        depth = Math.max(0, depth - 1)
      } else if (++depth === 1) rows = []
      continue
    }
    if (depth !== 1) continue
    if (tag === 'tr') {
      closeRow(at)
      if (!slash) row = []
    } else if (slash) {
      closeCell(at)
    } else {
      closeCell(at)
      row ??= []
      cell = { start: at + whole.length, span: colspan(attributes ?? '') }
    }
  }
  if (depth >= 1) {
    closeRow(html.length)
    if (rows.length > 0) tables.push(rows)
  }
  return toGrid(largest(tables))
}

function largest(tables: Rows[]): Rows {
  let best: Rows | undefined
  for (const table of tables) if (!best || table.length > best.length) best = table
  if (!best) throw new ImportError('html_no_table')
  return best
}

function toGrid(rows: Rows): Grid {
  const grid = createGrid()
  rows.forEach((cells, i) => grid.push(i + 1, cells))
  return grid
}

function colspan(attributes: string): number {
  const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(attributes)?.[1] ?? 1)
  return Math.min(Math.max(1, span), 256)
}

/** Script, style and comment contents: a browser never shows them as cell text. */
const HIDDEN = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi

/** A cell's text as a browser renders it: tags dropped, whitespace collapsed, <br> a newline. */
function cellText(inner: string): string {
  const visible = inner.includes('<') ? inner.replace(HIDDEN, '') : inner
  const lines = visible.split(/<br\s*\/?>/i).map((part) =>
    part
      .replace(/<[^>]*>/g, '')
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim()
  )
  return decodeEntities(lines.join('\n').trim())
}
