/**
 * Inflates zip entries without trusting them: an entry declaring more than the cap is refused
 * before any work, and one that inflates past what it declared (a zip bomb lying in its
 * headers) is stopped at once. Memory stays at the declared size, never at the bomb's.
 */
import { Inflate } from 'fflate'
import { ImportError } from '../errors'
import { entryData, type ZipEntry } from '../detect/zipEntries'
import { MAX_UNPACKED_PART_BYTES, MAX_UNPACKED_TOTAL_BYTES } from '../limits'
import type { ImportCodecs } from '../codecs'

/** Compressed bytes handed to the inflater at a time: bounds the output of one step. */
const INPUT_CHUNK = 16 * 1024

const MB = 1024 * 1024

function tooLarge(limit: number): never {
  throw new ImportError('unpacked_too_large', { limitMb: Math.round(limit / MB) })
}

/** Refuses up front when the entries to read declare more than the caps allow. */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0
  for (const entry of entries) {
    if (entry.uncompressedSize > MAX_UNPACKED_PART_BYTES) tooLarge(MAX_UNPACKED_PART_BYTES)
    total += entry.uncompressedSize
  }
  if (total > MAX_UNPACKED_TOTAL_BYTES) tooLarge(MAX_UNPACKED_TOTAL_BYTES)
}

/** One entry's content; `damaged_file` when its data cannot be inflated. */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflateRaw?: ImportCodecs['inflateRaw']
): Uint8Array {
  const data = entryData(bytes, entry)
  if (data === null) throw new ImportError('damaged_file')
  if (entry.uncompressedSize > MAX_UNPACKED_PART_BYTES) tooLarge(MAX_UNPACKED_PART_BYTES)
  if (entry.method === 0) return data
  if (entry.method !== 8) throw new ImportError('damaged_file')
  const declared = entry.uncompressedSize
  if (inflateRaw) return inflatedByHost(inflateRaw, data, declared)
  const out = new Uint8Array(declared)
  let length = 0
  let ended = false
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > declared) tooLarge(MAX_UNPACKED_PART_BYTES)
    out.set(chunk, length)
    length += chunk.length
    if (final) ended = true
  })
  try {
    for (let at = 0; at < data.length && !ended; at += INPUT_CHUNK) {
      const end = Math.min(data.length, at + INPUT_CHUNK)
      inflater.push(data.subarray(at, end), end === data.length)
    }
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError('damaged_file')
  }
  if (length !== declared) throw new ImportError('damaged_file')
  return out
}

/** The host's inflater, held to the same caps: past the declared size is a bomb, less is damage. */
function inflatedByHost(
  inflateRaw: NonNullable<ImportCodecs['inflateRaw']>,
  data: Uint8Array,
  declared: number
): Uint8Array {
  let out: Uint8Array | null
  try {
    out = inflateRaw(data, declared)
  } catch {
    throw new ImportError('damaged_file')
  }
  if (out === null) tooLarge(MAX_UNPACKED_PART_BYTES)
  if (out.length !== declared) throw new ImportError('damaged_file')
  return out
}
