/**
 * Node's own codecs for the import pipeline (shared/import/codecs.ts): Buffer's Latin-1 slice
 * is several times faster than Node's TextDecoder('windows-1252') (which gives the same text),
 * and zlib inflates in C what fflate inflates in JavaScript.
 */
import { isUtf8 } from 'node:buffer'
import { inflateRawSync } from 'node:zlib'
import type { ImportCodecs } from '../../../shared/import/codecs'

export const nodeCodecs: ImportCodecs = {
  latin1: (bytes) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  // Cells read straight from the file's bytes: the CSV is never held decoded beside them.
  textSlicer(bytes, encoding) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    return encoding === 'latin1'
      ? (start, end) => buffer.toString('latin1', start, end)
      : (start, end) => buffer.toString('utf8', start, end)
  },
  isUtf8: (bytes) => isUtf8(bytes),
  inflateRaw(data, limit) {
    try {
      // maxOutputLength stops zlib as soon as the output passes it: a bomb never fills memory.
      // One output chunk of the declared size (+1, so that it is never full): no list of 64 KB
      // chunks concatenated into a second copy of a 40 MB sheet at the end.
      return inflateRawSync(data, {
        maxOutputLength: Math.max(1, limit),
        chunkSize: Math.max(64, limit + 1)
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null
      throw error
    }
  }
}
