/** The Limpar step's worker calls, keyed by kind (see cleanProtocol.ts). */
export const cleanCalls = {}
