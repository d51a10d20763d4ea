import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SectionKey } from '../../i18n/resources'
import { S3SecretsInput, type S3SecretStatus } from '../../../../shared/ipc/accounts'
import { ErrorNotice } from '../../ui/ErrorNotice'
import { useAccountSetup } from './accountSetupStore'
import { FieldFrame, problemsOf, type Problems } from './fields'

/**
 * The bucket's key pair, straight to the keychain. The inputs are uncontrolled (a controlled
 * input mirrors its value into the DOM) and emptied once saved: after that the page only
 * knows "saved · …last4" of the access key id.
 */
export function S3KeysForm({ status }: { status: S3SecretStatus }) {
  const { t } = useTranslation()
  const keys = useAccountSetup((s) => s.keys)
  const saveKeys = useAccountSetup((s) => s.saveS3Secrets)
  const removeKeys = useAccountSetup((s) => s.removeS3Secrets)
  const idInput = useRef<HTMLInputElement>(null)
  const secretInput = useRef<HTMLInputElement>(null)
  const [replacing, setReplacing] = useState(false)
  const [problems, setProblems] = useState<Problems>({})
  const k = (key: SectionKey<'accountSetup', 'leadsFile'>, params?: Record<string, string>) =>
    t(`accountSetup.leadsFile.${key}`, params)
  const editing = !status.set || replacing

  async function submit(): Promise<void> {
    const parsed = S3SecretsInput.safeParse({
      accessKeyId: idInput.current?.value ?? '',
      secretAccessKey: secretInput.current?.value ?? ''
    })
    if (!parsed.success) return setProblems(problemsOf(parsed.error))
    setProblems({})
    if (await saveKeys(parsed.data.accessKeyId, parsed.data.secretAccessKey)) {
      if (idInput.current) idInput.current.value = ''
      if (secretInput.current) secretInput.current.value = ''
      setReplacing(false)
    }
  }

  // Enter in a key field saves the keys, not the whole card around them.
  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    void submit()
  }

  const secretField = (name: 'accessKeyId' | 'secretAccessKey', ref: typeof idInput) => (
    <FieldFrame label={k(name)} problem={problems[name]}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          ref={ref}
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onKeyDown={onEnter}
          onChange={() => setProblems({})}
        />
      )}
    </FieldFrame>
  )

  return (
    <fieldset className="account-form__group account-form__group--nested" data-testid="s3-keys">
      <legend>{k('keysTitle')}</legend>
      <div className="account-form__row">
        <p className="afield__hint">{k('keysIntro')}</p>
        <span
          className={`badge ${status.set ? 'badge--ok' : 'badge--off'}`}
          data-testid="s3-keys-status"
        >
          {status.set ? k('keysSet', { last4: status.accessKeyIdLast4 ?? '' }) : k('keysNotSet')}
        </span>
      </div>
      {editing && (
        <div className="account-form__grid">
          {secretField('accessKeyId', idInput)}
          {secretField('secretAccessKey', secretInput)}
        </div>
      )}
      <div className="account__actions">
        {editing ? (
          <>
            <button
              type="button"
              className="button"
              disabled={keys.busy}
              onClick={() => void submit()}
            >
              {k('saveKeys')}
            </button>
            {replacing && (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => setReplacing(false)}
              >
                {t('settings.accounts.cancel')}
              </button>
            )}
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setReplacing(true)}>
              {k('replaceKeys')}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={keys.busy}
              onClick={() => void removeKeys()}
            >
              {k('removeKeys')}
            </button>
          </>
        )}
      </div>
      {keys.confirmation && (
        <p className="notice notice--ok" role="status">
          {k(keys.confirmation === 'saved' ? 'keysSaved' : 'keysRemoved')}
        </p>
      )}
      {keys.error && <ErrorNotice error={keys.error} />}
    </fieldset>
  )
}
