import type { Provider } from '../../../../shared/mapping'
import { INTEGRA_TTS_MAX_LENGTH, placeholderFor, placeholderKeys } from '../../../../shared/mapping'
import type { MapCheck, RowList } from '../../worker/map/mapProtocol'
import type { DraftVariable } from './draft'
import { isComplete, keyErrors } from './draft'

/** Something to fix (error: blocks going on) or to know (warn) before leaving Mapear. */
export interface Problem {
  level: 'error' | 'warn'
  code:
    | 'phone_missing'
    | 'variables_incomplete'
    | 'message_empty'
    | 'voicemail_empty'
    | 'voicemail_too_long'
    | 'unknown_placeholders'
    | 'not_cleaned'
    | 'nothing_to_send'
    | 'required_variable_empty'
    | 'empty_messages'
    | 'value_too_long'
    | 'unused_variables'
    | 'empty_variable'
    | 'transform_failed'
    | 'skipped_rows'
  /** Interpolation values for the text. */
  params?: Record<string, string | number>
  /** Rows the user can click through. */
  rows?: RowList
}

export interface ProblemInput {
  provider: Provider
  phone: number | null
  variables: readonly DraftVariable[]
  message: string
  voicemail: { enabled: boolean; text: string }
  check: MapCheck | null
}

const list = (keys: readonly string[]): string => keys.join(', ')

/** Errors first; what can be known at once is, the row checks come from the worker. */
export function mapProblems(input: ProblemInput): Problem[] {
  const out: Problem[] = []
  const { provider, variables, check } = input
  if (input.phone === null) out.push({ level: 'error', code: 'phone_missing' })
  const errors = keyErrors(variables)
  const incomplete = variables.filter((v) => !isComplete(v, errors.get(v.id) ?? [])).length
  if (incomplete > 0)
    out.push({ level: 'error', code: 'variables_incomplete', params: { count: incomplete } })
  const validKeys = variables.filter((v) => isComplete(v, errors.get(v.id) ?? [])).map((v) => v.key)
  const text =
    provider === 'kinbox' ? input.message : input.voicemail.enabled ? input.voicemail.text : null
  if (provider === 'kinbox' && input.message.trim() === '')
    out.push({ level: 'error', code: 'message_empty' })
  if (provider === 'integra' && input.voicemail.enabled) {
    if (input.voicemail.text.trim() === '') out.push({ level: 'error', code: 'voicemail_empty' })
    if (input.voicemail.text.length > INTEGRA_TTS_MAX_LENGTH)
      out.push({
        level: 'error',
        code: 'voicemail_too_long',
        params: { length: input.voicemail.text.length, max: INTEGRA_TTS_MAX_LENGTH }
      })
  }
  const unknown = text === null ? [] : placeholderKeys(text).filter((k) => !validKeys.includes(k))
  if (unknown.length > 0)
    out.push({
      level: 'error',
      code: 'unknown_placeholders',
      params: { keys: list(unknown.map(placeholderFor)), count: unknown.length }
    })
  if (check) {
    if (!check.cleaned) out.push({ level: 'error', code: 'not_cleaned' })
    else if (check.launchable === 0 && check.skippedRows.length > 0) {
      // An empty required variable blocks when it leaves nothing to send: every row that the
      // list would launch has a required "não enviar a linha" variable empty (the launch
      // plan's selectRows would leave them all out). Empty on only some rows is a warning
      // (skipped_rows), as is a required variable with a default text (empty_variable).
      out.push({
        level: 'error',
        code: 'required_variable_empty',
        params: {
          keys: list(check.skippedRows.map((value) => value.key)),
          count: check.skippedRows.length
        }
      })
    } else if (check.launchable === 0) out.push({ level: 'error', code: 'nothing_to_send' })
    if (text !== null && text.trim() !== '' && check.emptyMessageRows.count > 0)
      out.push({
        level: 'error',
        code: 'empty_messages',
        params: { count: check.emptyMessageRows.count },
        rows: check.emptyMessageRows
      })
    for (const value of check.tooLongValues)
      out.push({
        level: 'error',
        code: 'value_too_long',
        params: { key: value.key, count: value.count },
        rows: value
      })
  }
  if (provider === 'kinbox' && text !== null) {
    const used = new Set(placeholderKeys(text))
    const unused = validKeys.filter((key) => !used.has(key))
    if (unused.length > 0)
      out.push({
        level: 'warn',
        code: 'unused_variables',
        params: { keys: list(unused), count: unused.length }
      })
  }
  for (const value of check?.emptyVariables ?? [])
    out.push({
      level: 'warn',
      code: 'empty_variable',
      params: { key: value.key, count: value.count },
      rows: value
    })
  for (const value of check?.skippedRows ?? [])
    out.push({
      level: 'warn',
      code: 'skipped_rows',
      params: { key: value.key, count: value.count },
      rows: value
    })
  for (const value of check?.transformFailed ?? [])
    out.push({
      level: 'warn',
      code: 'transform_failed',
      params: { key: value.key, count: value.count },
      rows: value
    })
  return out
}

export const isBlocking = (problems: readonly Problem[]): boolean =>
  problems.some((problem) => problem.level === 'error')
