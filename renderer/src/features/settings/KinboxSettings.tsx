import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SectionKey } from '../../i18n/resources'
import { KinboxAccount, type AccountsView } from '../../../../shared/ipc/accounts'
import { KINBOX_CHANNEL_TYPES } from '../../../../shared/providers/kinbox/schemas'
import { useAccountSetup } from './accountSetupStore'
import { ConnectionTest } from './ConnectionTest'
import { TextField, problemsOf, type Problems } from './fields'
import { KinboxPickers } from './KinboxPickers'
import { LeadsFileFields, type LeadsFileDraft } from './LeadsFileFields'
import { SaveBar } from './SaveBar'

export interface KinboxDraft {
  channelId: string
  channelType: string
  operatorName: string
  businessHoursId: string
  leadsFile: LeadsFileDraft
}

function draftOf(view: AccountsView['kinbox']): KinboxDraft {
  const { s3, self, host } = view.leadsFile
  return {
    channelId: view.channelId,
    channelType: view.channelType,
    operatorName: view.operatorName,
    businessHoursId: view.businessHoursId,
    leadsFile: { host, s3: { ...s3, expiresInDays: String(s3.expiresInDays) }, selfUrl: self.url }
  }
}

function cardOf(draft: KinboxDraft) {
  const { s3 } = draft.leadsFile
  const days = s3.expiresInDays.trim()
  return {
    channelId: draft.channelId,
    channelType: draft.channelType,
    operatorName: draft.operatorName,
    businessHoursId: draft.businessHoursId,
    leadsFile: {
      host: draft.leadsFile.host,
      s3: { ...s3, expiresInDays: days === '' ? Number.NaN : Number(days) },
      self: { url: draft.leadsFile.selfUrl }
    }
  }
}

/** The Kinbox card's settings: channel, operator, business hours and the leads-file host. */
export function KinboxSettings({ view }: { view: AccountsView['kinbox'] }) {
  const { t } = useTranslation()
  const save = useAccountSetup((s) => s.save)
  const loadLists = useAccountSetup((s) => s.loadKinboxLists)
  const [draft, setDraft] = useState(() => draftOf(view))
  const [problems, setProblems] = useState<Problems>({})
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(view))
  const k = (key: SectionKey<'accountSetup', 'kinbox'>, params?: Record<string, string>) =>
    t(`accountSetup.kinbox.${key}`, params)
  const tokenSet = view.token.set
  const tokenLast4 = view.token.last4

  // A new token may see another account's operators and hours.
  useEffect(() => {
    if (tokenSet) void loadLists()
  }, [tokenSet, tokenLast4, loadLists])

  const edit = (patch: Partial<KinboxDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setProblems({})
  }

  async function submit(event?: FormEvent): Promise<boolean> {
    event?.preventDefault()
    const parsed = KinboxAccount.safeParse(cardOf(draft))
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error))
      return false
    }
    setProblems({})
    const ok = await save({ kinbox: parsed.data })
    if (ok) setDraft(draftOf(useAccountSetup.getState().view?.kinbox ?? view))
    return ok
  }

  return (
    <form className="account-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="account-form__group">
        <legend>{k('channelTitle')}</legend>
        <div className="account-form__grid">
          <TextField
            label={k('channelId')}
            hint={k('channelIdHint')}
            value={draft.channelId}
            problem={problems['channelId']}
            onChange={(channelId) => edit({ channelId })}
          />
          <div className="afield">
            <label htmlFor="kinbox-channel-type">{k('channelType')}</label>
            <select
              id="kinbox-channel-type"
              value={draft.channelType}
              aria-describedby="kinbox-channel-type-hint"
              onChange={(e) => edit({ channelType: e.target.value })}
            >
              <option value="">{k('channelTypeNone')}</option>
              {KINBOX_CHANNEL_TYPES.map((type) => (
                <option key={type} value={type}>
                  {k('channelTypeOption', { type })}
                </option>
              ))}
            </select>
            <p id="kinbox-channel-type-hint" className="afield__hint">
              {k('channelTypeHint')}
            </p>
          </div>
        </div>
        <KinboxPickers
          tokenSet={tokenSet}
          operatorName={draft.operatorName}
          businessHoursId={draft.businessHoursId}
          onChange={edit}
        />
      </fieldset>

      <LeadsFileFields
        view={view}
        draft={draft.leadsFile}
        problems={problems}
        onChange={(patch) => edit({ leadsFile: { ...draft.leadsFile, ...patch } })}
        saveCard={() => submit()}
      />

      <SaveBar provider="kinbox" dirty={dirty} invalid={Object.keys(problems).length > 0}>
        <ConnectionTest target="kinbox" label={t('accountSetup.test')} />
      </SaveBar>
    </form>
  )
}
