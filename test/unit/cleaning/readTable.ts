/** Fixture files through the real reader (shared/import/readLeadFile.ts). */
import { readFileSync } from 'node:fs'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import type { LeadTable } from '../../../shared/import/leadTable'

export const LEADS_DIR = new URL('../../../../shared/fixtures/leads/', import.meta.url)
export const REAL_DIR = new URL('../../../../shared/fixtures/real/', import.meta.url)

export function readFixture(name: string, dir: URL = LEADS_DIR): LeadTable {
  const bytes = new Uint8Array(readFileSync(new URL(name, dir)))
  return readLeadFile(bytes, name, {})
}
