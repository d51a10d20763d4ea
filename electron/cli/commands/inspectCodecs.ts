/**
 * Node's own codecs for the import pipeline (shared/import/codecs.ts): Buffer's Latin-1 slice
 * is several times faster than Node's TextDecoder('windows-1252') (which gives the same text),
 * and zlib inflates in C what fflate inflates in JavaScript.
 */
import { inflateRawSync } from 'node:zlib'
import type { ImportCodecs } from '../../../shared/import/codecs'

export const nodeCodecs: ImportCodecs = {
  latin1: (bytes) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  inflateRaw(data, limit) {
    try {
      // maxOutputLength stops zlib as soon as the output passes it: a bomb never fills memory.
      return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null
      throw error
    }
  }
}
