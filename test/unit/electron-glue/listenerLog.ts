export type Listener = (...args: never[]) => unknown

/** An event emitter that only records: which listeners were added, so a test can fire them. */
export class ListenerLog {
  readonly listeners = new Map<string, Listener[]>()

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...this.listenersOf(event), listener])
    return this
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }

  addListener(event: string, listener: Listener): this {
    return this.on(event, listener)
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      this.listenersOf(event).filter((l) => l !== listener)
    )
    return this
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener)
  }

  listenersOf(event: string): Listener[] {
    return this.listeners.get(event) ?? []
  }

  /** Calls every listener of `event` as Electron would; the arguments are the caller's. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listenersOf(event))
      (listener as (...a: unknown[]) => unknown)(...args)
  }
}
