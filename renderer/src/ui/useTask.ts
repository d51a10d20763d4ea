import { useCallback, useState } from 'react'

/**
 * One async action behind a button: `busy` while it runs (to disable the button), and the
 * failure's text when it throws. A new run clears the previous failure.
 */
export function useTask(): {
  busy: boolean
  failure: string | null
  run<T>(work: () => Promise<T>): Promise<T | undefined>
} {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true)
    setFailure(null)
    try {
      return await work()
    } catch (error) {
      setFailure(String((error as Error).message ?? error))
      return undefined
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, failure, run }
}
