import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SectionKey } from '../../i18n/resources'
import {
  INTEGRA_CONFIG_LIMITS,
  IntegraAccount,
  type AccountsView
} from '../../../../shared/ipc/accounts'
import { INTEGRA_VOICEMAIL_MAX_LENGTH } from '../../../../shared/providers/integra/schemas'
import { useAccountSetup } from './accountSetupStore'
import { ConnectionTest } from './ConnectionTest'
import { Checkbox, FieldFrame, TextField, problemsOf, type Problems } from './fields'
import { SaveBar } from './SaveBar'

type Limited = keyof typeof INTEGRA_CONFIG_LIMITS
type IdField = 'project_id' | 'agent_id' | 'phone_number_id'
const ID_FIELDS: readonly IdField[] = ['project_id', 'agent_id', 'phone_number_id']

interface IntegraDraft extends Record<IdField, string> {
  call_timeout: string
  machine_detection_timeout: string
  max_concurrent: string
  voicemail_mode: 'hangup' | 'tts'
  voicemail_tts_message: string
  outbound_auto_greet: boolean
}

function draftOf(view: AccountsView['integra']): IntegraDraft {
  const { config } = view
  return {
    project_id: view.project_id,
    agent_id: view.agent_id,
    phone_number_id: view.phone_number_id,
    call_timeout: String(config.call_timeout),
    machine_detection_timeout: String(config.machine_detection_timeout),
    max_concurrent: String(config.max_concurrent),
    voicemail_mode: config.voicemail_mode,
    voicemail_tts_message: config.voicemail_tts_message,
    outbound_auto_greet: config.outbound_auto_greet
  }
}

const whole = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()))

function cardOf(draft: IntegraDraft) {
  return {
    project_id: draft.project_id,
    agent_id: draft.agent_id,
    phone_number_id: draft.phone_number_id,
    config: {
      call_timeout: whole(draft.call_timeout),
      machine_detection_timeout: whole(draft.machine_detection_timeout),
      voicemail_mode: draft.voicemail_mode,
      voicemail_tts_message: draft.voicemail_tts_message,
      outbound_auto_greet: draft.outbound_auto_greet,
      max_concurrent: whole(draft.max_concurrent)
    }
  }
}

/** Problems keyed by the draft's own field names, with the range for out-of-range numbers. */
function check(
  draft: IntegraDraft
): { ok: true; card: IntegraAccount } | { ok: false; problems: Problems } {
  const parsed = IntegraAccount.safeParse(cardOf(draft))
  if (parsed.success) return { ok: true, card: parsed.data }
  const problems: Problems = {}
  for (const [path, problem] of Object.entries(problemsOf(parsed.error))) {
    const field = path.replace(/^config\./, '')
    const limits = INTEGRA_CONFIG_LIMITS[field as Limited] as
      { min: number; max: number } | undefined
    problems[field] = limits ? { ...problem, params: limits } : problem
  }
  return { ok: false, problems }
}

/** The Integra card's settings: the ids copied from the panel and the calls' default config. */
export function IntegraSettings({ view }: { view: AccountsView['integra'] }) {
  const { t } = useTranslation()
  const save = useAccountSetup((s) => s.save)
  const [draft, setDraft] = useState(() => draftOf(view))
  const [problems, setProblems] = useState<Problems>({})
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(view))
  const k = (key: SectionKey<'accountSetup', 'integra'>) => t(`accountSetup.integra.${key}`)

  const edit = (patch: Partial<IntegraDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([f]) => !(f in patch))))
  }

  async function submit(event?: FormEvent): Promise<boolean> {
    event?.preventDefault()
    const checked = check(draft)
    if (!checked.ok) {
      setProblems(checked.problems)
      return false
    }
    setProblems({})
    const ok = await save({ integra: checked.card })
    if (ok) setDraft(draftOf(useAccountSetup.getState().view?.integra ?? view))
    return ok
  }

  const number = (field: Limited) => (
    <TextField
      label={k(field)}
      hint={k(`${field}Hint`)}
      value={draft[field]}
      numeric
      problem={problems[field]}
      onChange={(value) => edit({ [field]: value })}
    />
  )

  return (
    <form className="account-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="account-form__group">
        <legend>{k('idsTitle')}</legend>
        <p className="afield__hint">{k('idsHint')}</p>
        <div className="account-form__grid">
          {ID_FIELDS.map((field) => (
            <TextField
              key={field}
              label={k(field)}
              value={draft[field]}
              placeholder="00000000-0000-0000-0000-000000000000"
              problem={problems[field]}
              onChange={(value) => edit({ [field]: value })}
              wide
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="account-form__group">
        <legend>{k('configTitle')}</legend>
        <p className="afield__hint">{k('configHint')}</p>
        <div className="account-form__grid account-form__grid--numbers">
          {number('call_timeout')}
          {number('machine_detection_timeout')}
          {number('max_concurrent')}
        </div>
        <fieldset className="account-form__choice">
          <legend>{k('voicemail_mode')}</legend>
          {(['hangup', 'tts'] as const).map((mode) => (
            <label key={mode} className="acheck">
              <input
                type="radio"
                name="integra-voicemail-mode"
                checked={draft.voicemail_mode === mode}
                onChange={() => edit({ voicemail_mode: mode })}
              />
              <span>{k(mode)}</span>
            </label>
          ))}
        </fieldset>
        {draft.voicemail_mode === 'tts' && (
          <FieldFrame
            label={k('voicemail_tts_message')}
            hint={t('accountSetup.integra.voicemailCount', {
              count: draft.voicemail_tts_message.length,
              max: INTEGRA_VOICEMAIL_MAX_LENGTH
            })}
            problem={problems['voicemail_tts_message']}
            className="afield--wide"
          >
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                rows={3}
                value={draft.voicemail_tts_message}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                onChange={(e) => edit({ voicemail_tts_message: e.target.value })}
              />
            )}
          </FieldFrame>
        )}
        <Checkbox
          label={k('outbound_auto_greet')}
          checked={draft.outbound_auto_greet}
          onChange={(checked) => edit({ outbound_auto_greet: checked })}
        />
      </fieldset>

      <SaveBar provider="integra" dirty={dirty} invalid={Object.keys(problems).length > 0}>
        <ConnectionTest target="integra" label={t('accountSetup.test')} />
      </SaveBar>
    </form>
  )
}
