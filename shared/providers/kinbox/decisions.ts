/**
 * Kinbox guesses the launch plan needs (providers.md marks them [?]). Shared, so that the
 * worker, the CLI and main build the same body; electron/main/providers/kinbox/decisions.ts
 * re-exports them beside main's own decisions. When a live account shows the truth, change
 * it here and nowhere else.
 */
import { placeholderFor, replacePlaceholders } from '../../mapping/placeholders'

/** No upload endpoint exists: leads travel as a file on the user's host, by URL. */
export const LEAD_TYPE = 'file' as const

/** The app normalises numbers itself (cleaning.md), so Kinbox must not add a DDI again. */
export const NORMALIZE_BRAZIL_PHONE_NUMBERS = false

/**
 * Message variables: the app writes `{{leadName}}` and the leads file carries one column per
 * variable in mapping order. Whether Kinbox substitutes by name or by position is unknown;
 * `named` sends the text as written, `positional` rewrites `{{leadName}}` to `{{1}}` by the
 * variable's position. Switching is this one constant.
 */
export const PLACEHOLDER_STYLE: 'named' | 'positional' = 'named'

export function toKinboxMessage(message: string, variablesInOrder: readonly string[]): string {
  if (PLACEHOLDER_STYLE === 'named') return message
  return replacePlaceholders(message, (name) => {
    const index = variablesInOrder.indexOf(name)
    return index === -1 ? undefined : placeholderFor(String(index + 1))
  })
}
