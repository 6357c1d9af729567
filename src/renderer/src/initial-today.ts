/** Today's state as the window fetched it before its first render, for the views that show today. */
import { createContext, useContext } from 'react'
import type { TodayState } from '../../shared/ipc-contract'

/** The state fetched before the first render; null when there was none (tests, or main failed). */
export const InitialTodayContext = createContext<TodayState | null>(null)

/** The state the window started with, if any. */
export const useInitialToday = (): TodayState | null => useContext(InitialTodayContext)
