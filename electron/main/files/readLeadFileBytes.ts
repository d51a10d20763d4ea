import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FILE_BYTES } from '../../../shared/import'
import type { LeadFilePayload } from '../../../shared/ipc/schemas'
import { HandlerError } from '../ipc/errors'

/** Reads a lead file for the renderer, refusing anything over the import size limit. */
export async function readLeadFileBytes(path: string): Promise<LeadFilePayload> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch {
    throw new HandlerError('file_unreadable')
  }
  try {
    const { size } = await handle.stat()
    if (size > MAX_FILE_BYTES) throw new HandlerError('file_too_large', String(size))
    const bytes = new Uint8Array(size)
    await handle.read(bytes, 0, size, 0)
    return { name: basename(path), bytes }
  } finally {
    await handle.close()
  }
}
