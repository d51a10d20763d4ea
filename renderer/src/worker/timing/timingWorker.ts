/// <reference lib="webworker" />
import { serveWorker } from '../rpc/server'
import { timingCalls } from './timingCalls'
import { timingContract } from './timingContract'

/** The Agendar step's timing worker: its calls live in timingCalls.ts. */
serveWorker(self as unknown as DedicatedWorkerGlobalScope, timingContract, timingCalls)
