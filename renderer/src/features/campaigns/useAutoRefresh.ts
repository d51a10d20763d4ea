import { useEffect } from 'react'
import { useCampaigns } from './campaignsStore'

/**
 * Every 30 s while Campanhas is open and the window is visible (main caches for 15 s and
 * keeps Integra under its limit, so this pace never multiplies requests). Coming back to the
 * window refreshes at once.
 */
export const AUTO_REFRESH_SECONDS = 30

export function useAutoRefresh(): void {
  const refresh = useCampaigns((s) => s.refresh)
  useEffect(() => {
    void refresh()
    const timer = window.setInterval(() => {
      if (!document.hidden) void refresh()
    }, AUTO_REFRESH_SECONDS * 1000)
    const onVisible = () => {
      if (!document.hidden) void refresh()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [refresh])
}
