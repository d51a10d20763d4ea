import { useFormat } from '../schedule/useFormat'

/** An ISO instant of the plan (with its offset) as the interface writes dates, in `zone`. */
export function useWhen(): (iso: string | null, zone: string) => string | null {
  const format = useFormat()
  return (iso, zone) => {
    if (iso === null) return null
    const ms = Date.parse(iso)
    return Number.isFinite(ms) ? format.when(ms, zone) : iso
  }
}
