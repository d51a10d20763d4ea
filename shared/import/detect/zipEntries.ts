import { ImportError } from '../errors'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  /** As the central directory declares it (a zip bomb may lie; the inflater checks). */
  uncompressedSize: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const MAX_COMMENT = 0xffff

/**
 * The entries listed in a zip's central directory, which sits at the very end of the file: a
 * truncated download loses it, so its absence means `damaged_file`.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfCentralDirectory(view)
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const entries: ZipEntry[] = []
  const latin1 = (start: number, length: number): string =>
    String.fromCharCode(...bytes.subarray(start, start + length))
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) damaged()
    const nameLength = view.getUint16(at + 28, true)
    entries.push({
      name: latin1(at + 46, nameLength),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true)
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** The bytes of an entry stored without compression (ODF's `mimetype`); null otherwise. */
export function storedEntryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  return entry.method === 0 ? entryData(bytes, entry) : null
}

/** An entry's bytes as stored (compressed or not); null when its local header is missing. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localHeaderOffset
  if (at + 30 > bytes.length) return null
  if (view.getUint32(at, true) !== LOCAL_SIGNATURE) return null
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize))
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT)
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at
  }
  return damaged()
}

function damaged(): never {
  throw new ImportError('damaged_file')
}
