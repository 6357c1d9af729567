/** Sync failures stay inside the sync: logged, answered with a fallback, and never thrown into recording or start-up. */
import type { Logger } from './logger'

/** Wraps sync work so a failure is logged, `afterFailure` looks at the folder, and `otherwise` is answered. */
export function syncGuard(logger: Logger, afterFailure: () => void) {
  return <A extends unknown[], R>(what: string, run: (...args: A) => R, otherwise: R) =>
    (...args: A): R => {
      try {
        return run(...args)
      } catch (error) {
        logger.warn(`Sync: could not ${what}.`, error)
        afterFailure()
        return otherwise
      }
    }
}
