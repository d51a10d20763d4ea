import type { ApiMethod, LeadPrepApi } from '../../../shared/ipc/api'
import type { IpcErrorCode, IpcErrorParams } from '../../../shared/ipc/result'
import type { LaunchProgressEvent } from '../../../shared/ipc/launch'

declare global {
  interface Window {
    /** Exposed by the preload (or, in browser tests, by the test bridge). */
    leadprep: LeadPrepApi
  }
}

/** A failed IPC call, with the code the UI translates (`errors.ipc.<code>`). */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    readonly detail?: string,
    /** Values main sent for the text of `code` (a limit, a count). */
    readonly params: IpcErrorParams = {}
  ) {
    super(detail ? `${code}: ${detail}` : code)
    this.name = 'ApiError'
  }
}

type Request<M extends ApiMethod> = Parameters<LeadPrepApi[M]>[0]
type Response<M extends ApiMethod> =
  Awaited<ReturnType<LeadPrepApi[M]>> extends infer R
    ? R extends { ok: true; data: infer D }
      ? D
      : never
    : never

/** Calls one named method and unwraps its result; failures throw ApiError. */
export async function api<M extends ApiMethod>(
  method: M,
  request: Request<M>
): Promise<Response<M>> {
  const call = window.leadprep[method] as unknown as (r: Request<M>) => ReturnType<LeadPrepApi[M]>
  const result = await call(request)
  if (result.ok) return result.data as Response<M>
  throw new ApiError(result.error.code, result.error.detail, result.error.params)
}

/** Calls `callback` with each launch progress event from main; returns the unsubscribe. */
export function onLaunchProgress(callback: (event: LaunchProgressEvent) => void): () => void {
  return window.leadprep.onLaunchProgress(callback)
}
