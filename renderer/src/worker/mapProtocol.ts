/** The Mapear step's worker calls (owned by features/map). */
export type MapCall = never

export type MapResults = Record<never, never>
