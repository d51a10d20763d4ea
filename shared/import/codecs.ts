/**
 * Faster codecs a host may hand the import pipeline: `leadprep` passes Node's (Buffer's Latin-1
 * slice, zlib's inflate), the renderer's worker passes none and the portable ones run
 * (TextDecoder, fflate). Each must give exactly what the portable one gives.
 */
export interface ImportCodecs {
  /** Bytes as Latin-1 text, one character per byte (Node's TextDecoder('windows-1252')). */
  latin1?: (bytes: Uint8Array) => string
  /**
   * Raw deflate data inflated, at most `limit` bytes of it: null when it would inflate past
   * `limit` (a zip bomb is stopped there, not held in memory); throws when it is damaged.
   */
  inflateRaw?: (data: Uint8Array, limit: number) => Uint8Array | null
}
