import { create } from 'zustand'
import type {
  LaunchErrorInfo,
  LaunchProgressEvent,
  LaunchSummary
} from '../../../../shared/ipc/launch'
import type { LaunchPlan } from '../../../../shared/launch/types'
import { api, ApiError, onLaunchProgress } from '../../api/client'

/**
 * Launches as main runs them: the one Disparar follows, the journals' list (for "Disparo
 * interrompido") and the live events. Main owns the truth; this only mirrors its summaries.
 */

export interface Waiting {
  launchId: string
  /** Epoch ms when the next attempt is due (from the event's waitSeconds). */
  until: number
}

interface RunState {
  /** The launch Disparar shows, started or resumed here (or picked from the banner). */
  current: string | null
  runs: Record<string, LaunchSummary>
  /** A start or resume request is on its way to main: the button stays disabled. */
  starting: boolean
  waiting: Waiting | null
  error: ApiError | null
  launches: LaunchSummary[] | null
  /**
   * The review's inputs key of the last launch started here: with start "agora" every build
   * is a new plan (a new launchId), so the same inputs must not fire again by themselves.
   */
  startedKey: string | null
  listen(): void
  loadLaunches(): Promise<void>
  start(plan: LaunchPlan, key: string): Promise<void>
  resume(launchId: string): Promise<void>
  follow(launchId: string | null): void
}

export const INTERRUPTED_STATES: ReadonlySet<LaunchSummary['state']> = new Set([
  'pending',
  'in_progress',
  'unknown'
])

/** A launch no process runs any more that did not finish: the app closed, crashed or lost it. */
export const isInterrupted = (summary: LaunchSummary): boolean =>
  !summary.active && INTERRUPTED_STATES.has(summary.state)

/** The error that stopped the run: outside any part first, else the first part's. */
export function stopError(summary: LaunchSummary): LaunchErrorInfo | null {
  return summary.error ?? summary.parts.find((part) => part.error !== null)?.error ?? null
}

/** Stopped for want of a connection: retried by itself when the computer is back online. */
export const stoppedOffline = (summary: LaunchSummary): boolean =>
  !summary.active && summary.state !== 'done' && stopError(summary)?.code === 'offline'

let unsubscribe: (() => void) | null = null
let onlineListening = false

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError('internal_error', String(error))

export const useRuns = create<RunState>()((set, get) => {
  function store(summary: LaunchSummary): void {
    set((s) => ({
      runs: { ...s.runs, [summary.launchId]: summary },
      launches: s.launches?.some((l) => l.launchId === summary.launchId)
        ? s.launches.map((l) => (l.launchId === summary.launchId ? summary : l))
        : s.launches
    }))
  }

  function receive(event: LaunchProgressEvent): void {
    // The run's last event is sent while it still holds the lock: it is over now.
    const summary = event.kind === 'finished' ? { ...event.summary, active: false } : event.summary
    store(summary)
    if (event.kind === 'waiting' && event.waitSeconds !== null) {
      set({ waiting: { launchId: event.launchId, until: Date.now() + event.waitSeconds * 1000 } })
    } else if (get().waiting?.launchId === event.launchId) {
      set({ waiting: null })
    }
    if (event.kind === 'finished') void get().loadLaunches()
  }

  /** The answer of start/resume is main's summary at that moment: events may be newer. */
  function landed(summary: LaunchSummary): void {
    const known = get().runs[summary.launchId]
    if (!known || known.updatedAt < summary.updatedAt) store(summary)
    set({ current: summary.launchId, starting: false })
  }

  async function begin(call: () => Promise<LaunchSummary>): Promise<void> {
    if (get().starting) return
    set({ starting: true, error: null })
    try {
      landed(await call())
    } catch (error) {
      set({ starting: false, error: asApiError(error) })
    }
  }

  return {
    current: null,
    runs: {},
    starting: false,
    waiting: null,
    error: null,
    launches: null,
    startedKey: null,

    listen() {
      if (!onlineListening) {
        onlineListening = true
        // Besides "Retomar": a launch the network stopped goes on once the connection is back
        // (the followed one first). Resume reads the journal, so nothing is sent twice.
        window.addEventListener('online', () => {
          const { current, runs, launches } = get()
          const known = [
            ...(current && runs[current] ? [runs[current]] : []),
            ...(launches ?? []).map((l) => runs[l.launchId] ?? l)
          ]
          const stopped = known.find(stoppedOffline)
          if (stopped) void get().resume(stopped.launchId)
        })
      }
      if (unsubscribe || typeof window.leadprep?.onLaunchProgress !== 'function') return
      unsubscribe = onLaunchProgress(receive)
    },

    async loadLaunches() {
      try {
        const launches = await api('listLaunches', {})
        set((s) => {
          const runs = { ...s.runs }
          for (const l of launches) {
            const known = runs[l.launchId]
            // The run's "finished" event comes just before it lets go of its lock: a list read
            // in between still says active for the same journal. Only newer news replaces it.
            const newer =
              !known ||
              known.updatedAt < l.updatedAt ||
              (known.updatedAt === l.updatedAt && !l.active)
            if (newer) runs[l.launchId] = l
          }
          return { launches, runs }
        })
      } catch (error) {
        set({ error: asApiError(error) })
      }
    },

    start(plan, key) {
      set({ startedKey: key })
      return begin(() => api('startLaunch', { plan }))
    },
    resume: (launchId) => begin(() => api('resumeLaunch', { launchId })),
    follow: (current) => set({ current, error: null })
  }
})

/** Whether a run of this launch is going on right now (here or in a `leadprep launch`). */
export const isRunning = (summary: LaunchSummary | undefined): boolean =>
  summary !== undefined && summary.active
