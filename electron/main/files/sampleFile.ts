import { join } from 'node:path'
import type { LeadFilePayload } from '../../../shared/ipc/schemas'
import { HandlerError } from '../ipc/errors'
import { resolveChosenFile } from './chosenFile'
import { readLeadFileBytes } from './readLeadFileBytes'

/** The sample lead file in resources/sample/ (packaged by electron-builder's extraResources). */
export const SAMPLE_LEAD_FILE_NAME = 'leads-exemplo.csv'

/**
 * Where the bundled sample is: in a packaged app, electron-builder copies resources/sample/ to
 * `<resources>/sample/` (electron-builder.config.cjs, extraResources); in development and in
 * the tests, the checkout's own resources/sample/. Null when a packaged app has no resources
 * folder to look in.
 */
export function sampleLeadFilePath(where: {
  packaged: boolean
  resourcesPath: string | undefined
  appPath: string
}): string | null {
  if (where.packaged)
    return where.resourcesPath ? join(where.resourcesPath, 'sample', SAMPLE_LEAD_FILE_NAME) : null
  return join(where.appPath, 'resources', 'sample', SAMPLE_LEAD_FILE_NAME)
}

/**
 * The sample's bytes for Importar, read like any file main opens (a lead file by name, a real
 * regular file, within the import size limit). Missing from the install: `not_found`.
 */
export async function readSampleLeadFile(
  path: string | null | undefined
): Promise<LeadFilePayload> {
  const chosen = path ? await resolveChosenFile(path) : null
  if (chosen === null) throw new HandlerError('not_found', 'the sample lead file is missing')
  return readLeadFileBytes(chosen)
}
