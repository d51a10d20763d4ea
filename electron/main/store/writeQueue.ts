/**
 * One queue per file: reads, read-modify-writes and writes of the same path run one after the
 * other (four concurrent `presets:save` must keep four presets, not the last one).
 */
const tails = new Map<string, Promise<unknown>>()

export function serialized<T>(path: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(path) ?? Promise.resolve()
  const run = previous.then(work, work)
  const tail = run.catch(() => undefined)
  tails.set(path, tail)
  void tail.then(() => {
    if (tails.get(path) === tail) tails.delete(path)
  })
  return run
}
