import { z } from 'zod'
import { mappingSchema } from '../../../../shared/mapping/mapping'
import { MapCheck, MapColumn, MapPreview, PreviewTarget } from './mapProtocol'
import { defineWorkerContract, NoRequest } from '../rpc/contract'

/** The Mapear step's worker calls (mapCalls.ts). */
export const mapContract = defineWorkerContract({
  mapColumns: { request: NoRequest, response: z.object({ columns: z.array(MapColumn) }) },
  mapPreview: {
    request: z.object({ mapping: mappingSchema, text: z.string(), target: PreviewTarget }),
    response: MapPreview
  },
  mapCheck: {
    request: z.object({
      mapping: mappingSchema,
      text: z.string().nullable(),
      maxLength: z.number().optional()
    }),
    response: MapCheck
  }
})
