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
  /**
   * A reader of byte ranges of `bytes` as text (Latin-1, or UTF-8 already known valid): with it
   * and isUtf8, delimited text keeps its bytes as the grid and decodes only the cells asked for,
   * instead of holding the whole file decoded beside them. Each range must give what decoding
   * the whole and slicing would.
   */
  textSlicer?: (
    bytes: Uint8Array,
    encoding: 'latin1' | 'utf-8'
  ) => (start: number, end: number) => string
  /** Whether the bytes are valid UTF-8 (what a fatal TextDecoder accepts), decoding nothing. */
  isUtf8?: (bytes: Uint8Array) => boolean
}
