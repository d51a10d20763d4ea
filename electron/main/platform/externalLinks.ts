/** The one gate for leaving the app: only https URLs ever reach the user's browser. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

export async function openExternalSafely(
  raw: string,
  openInBrowser: (url: string) => Promise<void>
): Promise<boolean> {
  if (!isSafeExternalUrl(raw)) return false
  await openInBrowser(new URL(raw).toString())
  return true
}
