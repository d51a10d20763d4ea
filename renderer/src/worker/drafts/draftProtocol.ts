import type { z } from 'zod'
import { DraftSource } from '../../../../shared/ipc/drafts'

/** The drafts' worker types (draftContract.ts; owned by features/drafts). */

/** The file the table was read from, as a draft names it. */
export const DraftSourceInfo = DraftSource.pick({ fileName: true, size: true, sha256: true })
export type DraftSourceInfo = z.infer<typeof DraftSourceInfo>
