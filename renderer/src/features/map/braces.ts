/** Values for texts that show a literal `{{…}}` (i18next would read it as its own placeholder). */
export const BRACES = { open: '{{', close: '}}' } as const
