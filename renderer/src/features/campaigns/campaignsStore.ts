import { create } from 'zustand'
import type { CampaignResults, CampaignsStatus } from '../../../../shared/ipc/campaigns'
import type { LaunchSummary } from '../../../../shared/ipc/launch'
import { api } from '../../api/client'

export type PartAction = 'pause' | 'resume'

interface CampaignsState {
  launches: LaunchSummary[]
  loaded: boolean
  listError: boolean
  /** Provider status per launch id. */
  status: Record<string, CampaignsStatus>
  refreshing: boolean
  /** Epoch ms of the last refresh that finished. */
  refreshedAt: number | null
  /** The launch whose detail is open. */
  selected: string | null
  results: CampaignResults | null
  resultsLoading: boolean
  resultsError: boolean
  acting: { launchId: string; part: number; action: PartAction } | null
  /** The status the server confirmed after Pausar/Retomar, or why it failed. */
  actionNote: { launchId: string; part: number; status: string | null; failed: boolean } | null
  refresh(fresh?: boolean): Promise<void>
  select(launchId: string | null): void
  loadResults(fresh?: boolean): Promise<void>
  act(launchId: string, part: number, action: PartAction): Promise<void>
}

const hasCampaign = (launch: LaunchSummary) => launch.parts.some((part) => part.campaignId !== null)

/**
 * Campanhas' state: the launches from the journals and their providers' status. Refreshes
 * never overlap (one at a time), and main caches answers briefly, so the list, a detail and
 * the automatic refresh together cost one request per campaign.
 */
export const useCampaigns = create<CampaignsState>()((set, get) => ({
  launches: [],
  loaded: false,
  listError: false,
  status: {},
  refreshing: false,
  refreshedAt: null,
  selected: null,
  results: null,
  resultsLoading: false,
  resultsError: false,
  acting: null,
  actionNote: null,

  async refresh(fresh = false) {
    if (get().refreshing) return
    set({ refreshing: true })
    try {
      const launches = await api('listLaunches', {})
      set({ launches, loaded: true, listError: false })
      const status: Record<string, CampaignsStatus> = {}
      // One launch after another: the providers' limits matter more than speed here.
      for (const launch of launches.filter(hasCampaign)) {
        try {
          status[launch.launchId] = await api('campaignsStatus', {
            launchId: launch.launchId,
            fresh
          })
        } catch {
          const before = get().status[launch.launchId]
          if (before) status[launch.launchId] = before
        }
      }
      // A confirmation belongs to the status it confirmed: a newer reading replaces both.
      set({ status, refreshedAt: Date.now(), actionNote: null })
      if (get().selected !== null) await get().loadResults(fresh)
    } catch {
      set({ loaded: true, listError: true })
    } finally {
      set({ refreshing: false })
    }
  },

  select(selected) {
    set({ selected, results: null, resultsError: false, actionNote: null })
    if (selected !== null) void get().loadResults()
  },

  async loadResults(fresh = false) {
    const launchId = get().selected
    if (launchId === null) return
    set({ resultsLoading: true })
    try {
      const results = await api('campaignResults', { launchId, fresh })
      if (get().selected === launchId) set({ results, resultsError: false })
    } catch {
      if (get().selected === launchId) set({ resultsError: true })
    } finally {
      set({ resultsLoading: false })
    }
  },

  async act(launchId, part, action) {
    if (get().acting) return
    set({ acting: { launchId, part, action }, actionNote: null })
    try {
      const method = action === 'pause' ? 'pauseCampaign' : 'resumeCampaign'
      const confirmed = await api(method, { launchId, part })
      const current = get().status[launchId]
      if (current) {
        const parts = current.parts.map((p) => (p.part === part ? confirmed : p))
        set({ status: { ...get().status, [launchId]: { ...current, parts } } })
      }
      set({
        actionNote: {
          launchId,
          part,
          status: confirmed.status,
          failed: confirmed.failure !== null
        }
      })
    } catch {
      set({ actionNote: { launchId, part, status: null, failed: true } })
    } finally {
      set({ acting: null })
    }
  }
}))
