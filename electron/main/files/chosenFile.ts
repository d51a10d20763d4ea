import { realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute } from 'node:path'

/**
 * The names Importar reads (its file input, main's dialog, and Excel's HTML "planilhas").
 * Main reads nothing else on the page's behalf: not /etc/passwd, not a private key.
 */
export const LEAD_FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.csv',
  '.txt',
  '.tsv',
  '.xlsx',
  '.xlsm',
  '.xls',
  '.ods',
  '.htm',
  '.html'
])

export const hasLeadFileExtension = (path: string): boolean =>
  LEAD_FILE_EXTENSIONS.has(extname(path).toLowerCase())

/** A file the user chose (by path) and the real file behind it (symlinks resolved). */
export interface ChosenFile {
  path: string
  realPath: string
}

/**
 * What a chosen path really is, or null when main must not read it: not absolute, not a lead
 * file by name, a link to something that is not (`leads.csv` → `~/.ssh/id_rsa`), or no
 * regular file at all. Callers answer every null the same way, so no answer says whether
 * some path exists.
 */
export async function resolveChosenFile(path: string): Promise<ChosenFile | null> {
  if (!isAbsolute(path) || !hasLeadFileExtension(path)) return null
  const realPath = await realpath(path).catch(() => null)
  if (realPath === null || !hasLeadFileExtension(realPath)) return null
  const info = await stat(realPath).catch(() => null)
  return info?.isFile() ? { path, realPath } : null
}

/**
 * A remembered file, checked again at reopening: the same link must still lead to the same
 * real file (a link in "Recentes" whose target changed is refused).
 */
export async function recheckChosenFile(
  path: string,
  rememberedRealPath: string | undefined
): Promise<ChosenFile | null> {
  const now = await resolveChosenFile(path)
  if (now === null) return null
  if (rememberedRealPath !== undefined && now.realPath !== rememberedRealPath) return null
  return now
}
