import { useEffect, useState } from 'react'

/** Whole seconds left until `until` (epoch ms), ticking; 0 once it has passed or for null. */
export function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    // Read the clock again for the new deadline (the state may be from long before).
    const first = setTimeout(() => setNow(Date.now()), 0)
    if (until === null || until <= Date.now()) return () => clearTimeout(first)
    const tick = setInterval(() => {
      setNow(Date.now())
      if (Date.now() >= until) clearInterval(tick)
    }, 250)
    return () => {
      clearTimeout(first)
      clearInterval(tick)
    }
  }, [until])
  if (until === null) return 0
  return Math.max(0, Math.ceil((until - now) / 1000))
}
