/**
 * Integra decisions the launch plan needs (providers.md, [decision]). Shared, so that the
 * worker, the CLI and main name parts the same way; electron/main/providers/integra/decisions.ts
 * re-exports them beside main's own decisions.
 */

/** A list over 10,000 recipients becomes several campaigns named like this. */
export function partName(name: string, part: number, parts: number): string {
  return parts <= 1 ? name : `${name} (${part}/${parts})`
}
