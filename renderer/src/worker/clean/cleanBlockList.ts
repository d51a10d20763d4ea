import { parseDoNotContact } from '../../../../shared/cleaning'
import { readLeadFile } from '../../../../shared/import'
import type { ParsedBlockList } from './cleanProtocol'
import { cleanState } from './cleanState'

/** A file's lines: its phone column when the reader finds one, else every cell of each row. */
function fileLines(name: string, bytes: Uint8Array): string[] {
  try {
    const table = readLeadFile(bytes, name, {})
    const lines: string[] = []
    for (const g of table.dataRows) {
      if (table.phoneColumn !== null) {
        const phone = table.grid.cell(g, table.phoneColumn)
        const ddd = table.dddColumn === null ? '' : table.grid.cell(g, table.dddColumn).trim()
        // A number split over DDD and phone columns: join them when the phone has no DDD.
        lines.push(ddd !== '' && phone.replace(/\D/g, '').length <= 9 ? `${ddd} ${phone}` : phone)
      } else {
        lines.push(table.grid.row(g).join(';'))
      }
    }
    return lines
  } catch {
    // Not a table the reader understands (e.g. one number per line with odd text): plain lines.
    return new TextDecoder('utf-8').decode(bytes).split(/\r?\n/)
  }
}

/**
 * Numbers for the Lista de bloqueio from pasted text and/or a file, normalized with the
 * current rules (country, default DDD) to E.164.
 */
export function parseBlockList(
  text: string | undefined,
  file: { name: string; data: ArrayBuffer } | undefined
): ParsedBlockList {
  const lines = text === undefined ? [] : text.split(/\r?\n/)
  if (file) lines.push(...fileLines(file.name, new Uint8Array(file.data)))
  const options = {
    country: cleanState.settings.country,
    ...(cleanState.defaultDdd ? { defaultDdd: cleanState.defaultDdd } : {})
  }
  const numbers = new Set<string>()
  let ignored = 0
  for (const line of lines) {
    if (line.trim() === '') continue
    const found = parseDoNotContact([line], options)
    if (found.size === 0) ignored++
    for (const number of found) numbers.add(number)
  }
  return { numbers: [...numbers], ignored }
}
