import type {
  LeadCallName,
  LeadContract,
  LeadRequest
} from '../../../renderer/src/worker/leadContract'
import type { CallName } from '../../../renderer/src/worker/rpc/contract'

/**
 * A lead worker call as a stand-in receives it (`worker.call(name, request)`): a union of
 * tuples, so checking the name narrows the request.
 */
export type LeadCallArgs = {
  [K in CallName<LeadContract>]: [name: K, request: LeadRequest<K>]
}[LeadCallName]
