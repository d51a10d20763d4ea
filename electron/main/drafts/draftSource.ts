import { createHash, randomBytes } from 'node:crypto'
import { open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { MAX_FILE_BYTES } from '../../../shared/import'
import type { DraftSource } from '../../../shared/ipc/drafts'
import { LEAD_FILE_EXTENSIONS, recheckChosenFile } from '../files/chosenFile'
import { recentFile } from '../files/recentFiles'
import { HandlerError } from '../ipc/errors'
import { writeFileAtomic } from '../platform/atomicWrite'
import { storeWriteError } from '../store/storeErrors'

/**
 * The draft's own copy of its lead file (`source.<ext>` beside draft.json). Main copies it from
 * a file it opened itself, never from a path the page names; every copy is checked against the
 * draft's `size` and `sha256` while it is written, so a copy on disk is the file the user
 * imported or nothing.
 */

const CHUNK = 1024 * 1024

/** `source.csv`, `source.xlsx`…; `source.bin` for a name Importar would not read by its extension. */
export function sourceFileName(fileName: string): string {
  const ext = extname(fileName).toLowerCase()
  return `source${LEAD_FILE_EXTENSIONS.has(ext) ? ext : '.bin'}`
}

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

/** An OLE/CFB compound file's first eight bytes: how an encrypted Office workbook is stored. */
const CFB_MAGIC = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)

/**
 * A protected draft's copy must still be the encrypted workbook (an OLE/CFB file): never a
 * decrypted zip or text, whatever hash the page declared. Unprotected sources pass.
 */
export function fitsProtection(head: Uint8Array, source: DraftSource): boolean {
  if (!source.protected) return true
  return head.byteLength >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => head[i] === b)
}

/** writeFileAtomic's temp name, so the start-up cleanup finds a copy a crash cut short. */
const tempFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)

/** Stores bytes the page sent, only when they are the draft's file. */
export async function writeSourceBytes(
  to: string,
  bytes: Uint8Array,
  source: DraftSource
): Promise<void> {
  if (bytes.byteLength !== source.size || sha256Hex(bytes) !== source.sha256)
    throw new HandlerError('invalid_request', 'sourceBytes: not the file of draft.source')
  if (!fitsProtection(bytes, source))
    throw new HandlerError(
      'invalid_request',
      'sourceBytes: a protected draft keeps the encrypted file'
    )
  try {
    await writeFileAtomic(to, bytes)
  } catch (error) {
    throw storeWriteError(error)
  }
}

/**
 * Copies `from` to `to` (through a temp file and a rename) when its bytes are `source`'s (and,
 * for a protected source, still encrypted); false when they are not, or `from` cannot be read. A failure to write is thrown (full disk,
 * read-only folder).
 */
export async function copySourceVerified(
  from: string,
  to: string,
  source: DraftSource
): Promise<boolean> {
  const input = await open(from, 'r').catch(() => null)
  if (input === null) return false
  const temp = tempFor(to)
  let renamed = false
  try {
    const info = await input.stat()
    if (!info.isFile() || info.size !== source.size) return false
    const output = await open(temp, 'wx').catch((error: unknown) => {
      throw storeWriteError(error)
    })
    try {
      const hash = createHash('sha256')
      const buffer = Buffer.alloc(CHUNK)
      let position = 0
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, CHUNK, position).catch(() => ({
          bytesRead: -1
        }))
        if (bytesRead < 0) return false
        if (bytesRead === 0) break
        if (position === 0 && !fitsProtection(buffer.subarray(0, bytesRead), source)) return false
        position += bytesRead
        if (position > source.size) return false
        hash.update(buffer.subarray(0, bytesRead))
        await writeAll(output, buffer, bytesRead)
      }
      if (position !== source.size || hash.digest('hex') !== source.sha256) return false
      await output.sync().catch((error: unknown) => {
        throw storeWriteError(error)
      })
    } finally {
      await output.close().catch(() => undefined)
    }
    await rename(temp, to).catch((error: unknown) => {
      throw storeWriteError(error)
    })
    renamed = true
    return true
  } finally {
    await input.close().catch(() => undefined)
    if (!renamed) await rm(temp, { force: true }).catch(() => undefined)
  }
}

async function writeAll(
  output: Awaited<ReturnType<typeof open>>,
  buffer: Buffer,
  length: number
): Promise<void> {
  let written = 0
  while (written < length) {
    const { bytesWritten } = await output
      .write(buffer, written, length - written)
      .catch((error: unknown) => {
        throw storeWriteError(error)
      })
    written += bytesWritten
  }
}

/**
 * A draft's copy, read back for drafts:open: checked against the draft's size and SHA-256.
 * Gone → draft_source_missing; cut short, changed or too large → draft_source_damaged.
 */
export async function readSourceCopy(path: string, source: DraftSource): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT') throw new HandlerError('draft_source_missing')
    throw new HandlerError('file_unreadable', String(code))
  }
  try {
    const info = await handle.stat()
    if (!info.isFile() || info.size !== source.size || info.size > MAX_FILE_BYTES)
      throw new HandlerError('draft_source_damaged', 'size')
    const bytes = new Uint8Array(info.size)
    let read = 0
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read)
      if (bytesRead === 0) break
      read += bytesRead
    }
    if (read !== source.size || sha256Hex(bytes) !== source.sha256)
      throw new HandlerError('draft_source_damaged', 'sha256')
    return bytes
  } finally {
    await handle.close()
  }
}

/** True when a copy of the right size is there (its hash was checked when it was written). */
export async function hasSourceCopy(path: string, source: DraftSource): Promise<boolean> {
  const info = await stat(path).catch(() => null)
  return info !== null && info.isFile() && info.size === source.size
}

/** Where main may find a draft's source: real paths of files it opened itself, best first. */
export type SourceCandidates = (source: DraftSource) => Promise<string[]>

/**
 * The files main opened (its dialog, "Recentes", "Abrir com") or was handed by the preload
 * (a dropped or picked File's real path): recent.json. Each is checked again as "Recentes"
 * does (same link, same real file, a lead file by name) and must have the draft's size; the
 * same name first. The copy itself proves the content (copySourceVerified).
 */
export function recentSourceCandidates(userDataDir: string): SourceCandidates {
  return async (source) => {
    const entries = await recentFile(userDataDir)
      .read()
      .catch(() => [])
    const ordered = [
      ...entries.filter((e) => e.name === source.fileName),
      ...entries.filter((e) => e.name !== source.fileName)
    ]
    const found: string[] = []
    for (const entry of ordered) {
      const chosen = await recheckChosenFile(entry.path, entry.realPath)
      if (chosen === null) continue
      const info = await stat(chosen.realPath).catch(() => null)
      if (info?.isFile() && info.size === source.size && !found.includes(chosen.realPath))
        found.push(chosen.realPath)
    }
    return found
  }
}
