import { useOptimistic, useTransition } from 'react'

/**
 * A checkbox whose truth lives in the worker: it shows the user's click at once (a controlled
 * box would flip back until the worker answers), then follows the answer, or the refusal.
 */
export function useOptimisticToggle(
  value: boolean,
  commit: (next: boolean) => Promise<void>
): [boolean, (next: boolean) => void] {
  const [shown, show] = useOptimistic(value)
  const [, startTransition] = useTransition()
  const choose = (next: boolean): void =>
    startTransition(async () => {
      show(next)
      await commit(next)
    })
  return [shown, choose]
}
