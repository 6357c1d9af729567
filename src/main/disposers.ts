/** Teardown for the composition root: whatever it adds (a listener, a handler, a timer) comes with its remover. */

/** An Electron event emitter as far as adding and removing one listener goes. */
export interface ListenerTarget {
  on(event: string, listener: (...args: never[]) => void): unknown
  removeListener(event: string, listener: (...args: never[]) => void): unknown
}

/** The removers gathered so far, run in reverse order by `dispose`. */
export interface Disposers {
  /** Keeps `remove` for `dispose`. */
  add(remove: () => void): void
  /** Adds `listener` to `target` and keeps the way to take it off. */
  on<Listener extends (...args: never[]) => void>(
    target: ListenerTarget,
    event: string,
    listener: Listener,
  ): void
  /** Runs every remover once, newest first; a second call does nothing. */
  dispose(): void
}

/** An empty list of removers. */
export function createDisposers(): Disposers {
  const removers: (() => void)[] = []
  return {
    add: (remove) => void removers.push(remove),
    on(target, event, listener) {
      target.on(event, listener)
      removers.push(() => void target.removeListener(event, listener))
    },
    dispose() {
      while (removers.length > 0) removers.pop()?.()
    },
  }
}
