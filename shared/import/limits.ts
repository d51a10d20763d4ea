/**
 * How big a sheet may be: Excel's own limits, so anything past them is not a lead list a person
 * made (and expanding it would exhaust memory). Checked before cells are expanded.
 */
export const MAX_SHEET_ROWS = 1_048_576
export const MAX_SHEET_COLUMNS = 16_384
/** Bytes one zip part may inflate to (a V8 string cannot hold much more than 512 MiB). */
export const MAX_UNPACKED_PART_BYTES = 500 * 1024 * 1024
/** Bytes all the parts read from one workbook may inflate to together. */
export const MAX_UNPACKED_TOTAL_BYTES = 1024 * 1024 * 1024
/** Cells a repeated-cell sheet (.ods) may expand to before it is refused. */
export const MAX_EXPANDED_CELLS = 50_000_000
