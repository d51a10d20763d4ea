/** The Mapear step's worker calls, keyed by kind (see mapProtocol.ts). */
export const mapCalls = {}
