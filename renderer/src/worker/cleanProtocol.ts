/** The Limpar step's worker calls (owned by features/clean). */
export type CleanCall = never

export type CleanResults = Record<never, never>
