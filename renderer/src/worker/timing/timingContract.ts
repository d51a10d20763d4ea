import { PlanAnswer, PlanRequest, ViewAnswer, ViewRequest } from './timingProtocol'
import { defineWorkerContract } from '../rpc/contract'

/** The Agendar step's timing worker (timingCalls.ts): a plan, then views of it. */
export const timingContract = defineWorkerContract({
  plan: { request: PlanRequest, response: PlanAnswer },
  view: { request: ViewRequest, response: ViewAnswer }
})

export type TimingContract = typeof timingContract
