import { checkMapping } from './mapCheck'
import { describeColumns } from './mapColumns'
import type { mapContract } from './mapContract'
import { previewRow } from './mapPreview'
import type { WorkerHandlers } from '../rpc/contract'
import { importState } from '../state'

/** The Mapear step's worker calls, see mapContract.ts. */
export const mapCalls = {
  mapColumns: () => ({
    columns: importState.table ? describeColumns(importState.table) : []
  }),
  mapPreview: (request) => previewRow(request.mapping, request.text, request.target),
  mapCheck: (request) => checkMapping(request.mapping, request.text, request.maxLength)
} satisfies WorkerHandlers<typeof mapContract>
