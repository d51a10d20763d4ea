import { checkMapping } from './mapCheck'
import { describeColumns } from './mapColumns'
import { previewRow } from './mapPreview'
import type { MapCall, MapResults } from './mapProtocol'
import { importState } from './state'

type Call<K extends MapCall['kind']> = Extract<MapCall, { kind: K }>

/** The Mapear step's worker calls, keyed by kind (see mapProtocol.ts). */
export const mapCalls = {
  mapColumns: (): MapResults['mapColumns'] => ({
    columns: importState.table ? describeColumns(importState.table) : []
  }),
  mapPreview: (call: Call<'mapPreview'>): MapResults['mapPreview'] =>
    previewRow(call.mapping, call.text, call.target),
  mapCheck: (call: Call<'mapCheck'>): MapResults['mapCheck'] =>
    checkMapping(call.mapping, call.text, call.maxLength)
}
