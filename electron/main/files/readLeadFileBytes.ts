import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FILE_BYTES } from '../../../shared/import'
import type { LeadFilePayload } from '../../../shared/ipc/schemas'
import { HandlerError } from '../ipc/errors'
import type { ChosenFile } from './chosenFile'

/**
 * Reads a lead file for the renderer, refusing anything over the import size limit. It reads
 * the real file checked by resolveChosenFile; the page sees the name the user chose.
 */
export async function readLeadFileBytes(file: ChosenFile): Promise<LeadFilePayload> {
  let handle
  try {
    handle = await open(file.realPath, 'r')
  } catch {
    throw new HandlerError('file_unreadable')
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new HandlerError('file_unreadable')
    if (info.size > MAX_FILE_BYTES) throw new HandlerError('file_too_large', String(info.size))
    const bytes = new Uint8Array(info.size)
    let read = 0
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read)
      if (bytesRead === 0) break
      read += bytesRead
    }
    return { name: basename(file.path), bytes: bytes.subarray(0, read) }
  } finally {
    await handle.close()
  }
}
