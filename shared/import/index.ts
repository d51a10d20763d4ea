/** The import pipeline's public face (shared by the worker and `leadprep`). */
export { readLeadFile, MAX_FILE_BYTES, type ReadLeadFileOptions } from './readLeadFile'
export { chooseColumns, type ColumnChoice, type ColumnOverrides } from './columns/chooseColumns'
export { findColumn } from './columns/findColumn'
export { ImportError, isImportError, importErrorMessage, type ImportErrorCode } from './errors'
export type { LeadTable, LeadFileFormat, SheetInfo, ImportNotice } from './leadTable'
export type { Grid } from './grid'
export { noticeMessage } from './notices'
export type { TextEncoding } from './text/decodeText'
