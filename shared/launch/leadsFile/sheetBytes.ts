import { strToU8 } from 'fflate'
import { DeflateTokens, MIN_MATCH } from './deflateTokens'
import { crc32, type ZipPart } from './zipParts'

/** An index standing for a cell with no value: written `<c/>` (it keeps its position). */
export const NO_VALUE = 0xffffffff

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0))
// Cells carry no `r` (optional in ECMA-376): every cell of a row is written, in column order,
// so readers place them by position, and the sheet is a third smaller.
const ROW_OPEN = 0
const ROW_MID = 1
const ROW_CLOSE = 2
const CELL_OPEN = 3
const CELL_CLOSE = 4
const BLANK_CELL = 5
const TAGS: readonly Uint8Array[] = [
  ascii('<row r="'),
  ascii('">'),
  ascii('</row>'),
  ascii('<c t="s"><v>'),
  ascii('</v></c>'),
  ascii('<c/>')
]
const TAG_COUNT = TAGS.length
/** Tags in one run at most: a longer run (a row of many empty cells) is sent in pieces. */
const MAX_RUN = 16
const MAX_DISTANCE = 32768
const CHUNK = 1 << 16

/**
 * The worksheet XML, deflated as it is written. With shared strings every cell is
 * `<c t="s"><v>index</v></c>`: between two numbers (cell indexes, row numbers) there is only
 * a run of the same few tags, and the same run came a few bytes earlier (`</v></c><c t="s"><v>`
 * at the previous cell boundary). So each run is sent as a back-reference to its last
 * occurrence and only the digits as literals: the LZ77 matches a general compressor searches
 * every byte for (most of the export's time, issue 13) are known here, and the Huffman coding
 * is all that is left (deflateTokens). The bytes themselves pass through a small buffer, only
 * for the part's CRC.
 */
export class SheetWriter {
  private readonly deflate = new DeflateTokens()
  private readonly chunk = new Uint8Array(CHUNK)
  private at = 0
  private crc = 0
  /** Bytes written so far (the uncompressed part's size). */
  private pos = 0
  /**
   * The runs of tags met so far, as a trie: node 0 is the empty run, `child[node * TAGS + tag]`
   * the run one tag longer (0: not met yet), `lastStart[node]` where that run last started.
   */
  private child = new Int32Array(64 * TAG_COUNT)
  private lastStart = new Float64Array(64).fill(-1)
  private nodes = 1
  /** The run of tags since the last number: its trie node, tags, byte length and start. */
  private node = 0
  private readonly runTags = new Uint8Array(MAX_RUN)
  private runLength = 0
  private runBytes = 0
  private runStart = 0

  constructor(private readonly name: string) {}

  rowOpen(rowNumber: number): void {
    this.tag(ROW_OPEN)
    this.number(rowNumber)
    this.tag(ROW_MID)
  }

  rowClose(): void {
    this.tag(ROW_CLOSE)
  }

  /** A cell holding shared string `index`, or no value (NO_VALUE). */
  cell(index: number): void {
    if (index === NO_VALUE) {
      this.tag(BLANK_CELL)
      return
    }
    this.tag(CELL_OPEN)
    this.number(index)
    this.tag(CELL_CLOSE)
  }

  /** Any other text (the part's head and tail), as literals. */
  text(text: string): void {
    this.endRun()
    for (const byte of strToU8(text)) {
      this.room(1)
      this.chunk[this.at++] = byte
      this.pos++
      this.deflate.literal(byte)
    }
  }

  finish(): ZipPart {
    this.endRun()
    this.crc = crc32(this.chunk.subarray(0, this.at), this.crc)
    this.at = 0
    const data = this.deflate.finish()
    return { name: this.name, method: 8, crc: this.crc, size: this.pos, data }
  }

  private tag(tag: number): void {
    if (this.runLength === MAX_RUN) this.endRun()
    if (this.runLength === 0) this.runStart = this.pos
    this.node = this.childOf(this.node, tag)
    this.runTags[this.runLength++] = tag
    const bytes = TAGS[tag] as Uint8Array
    const n = bytes.length
    this.runBytes += n
    this.room(n)
    const chunk = this.chunk
    let at = this.at
    for (let i = 0; i < n; i++) chunk[at++] = bytes[i] ?? 0
    this.at = at
    this.pos += n
  }

  private childOf(node: number, tag: number): number {
    const slot = node * TAG_COUNT + tag
    const known = this.child[slot] ?? 0
    if (known !== 0) return known
    if (this.nodes === this.lastStart.length) {
      const child = new Int32Array(this.child.length * 2)
      child.set(this.child)
      this.child = child
      const lastStart = new Float64Array(this.lastStart.length * 2).fill(-1)
      lastStart.set(this.lastStart)
      this.lastStart = lastStart
    }
    const made = this.nodes++
    this.child[slot] = made
    return made
  }

  /** Sends the run of tags written since the last number. */
  private endRun(): void {
    if (this.runLength === 0) return
    const last = this.lastStart[this.node] ?? -1
    const distance = this.runStart - last
    if (last >= 0 && distance <= MAX_DISTANCE && this.runBytes >= MIN_MATCH) {
      this.deflate.match(this.runBytes, distance)
    } else {
      for (let k = 0; k < this.runLength; k++) {
        const bytes = TAGS[this.runTags[k] ?? 0] as Uint8Array
        for (let i = 0; i < bytes.length; i++) this.deflate.literal(bytes[i] ?? 0)
      }
    }
    this.lastStart[this.node] = this.runStart
    this.node = 0
    this.runLength = 0
    this.runBytes = 0
  }

  /** `n` (0 ≤ n < 2³²) in decimal, as literals. */
  private number(n: number): void {
    this.endRun()
    let digits = 1
    for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++
    this.room(digits)
    const chunk = this.chunk
    const start = this.at
    let v = n
    for (let i = start + digits - 1; i >= start; i--) {
      const next = Math.floor(v / 10)
      chunk[i] = 48 + v - next * 10
      v = next
    }
    for (let i = start; i < start + digits; i++) this.deflate.literal(chunk[i] ?? 0)
    this.at = start + digits
    this.pos += digits
  }

  private room(count: number): void {
    if (this.at + count <= CHUNK) return
    this.crc = crc32(this.chunk.subarray(0, this.at), this.crc)
    this.at = 0
  }
}
