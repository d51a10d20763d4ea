/**
 * The campaign's name: suggested from the file and the day ("planilha-vendas · 02/12/2026"),
 * editable, and suggested again for a new file unless the user typed one for this one (the
 * name itself lives in the campaign store, features/campaign/campaignStore.ts).
 */
export function suggestedName(file: string, now: number, language: string): string {
  const base = file.replace(/\.[^./\\]+$/, '').trim() || file
  const day = new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'pt-BR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric'
  }).format(now)
  return `${base} · ${day}`
}
