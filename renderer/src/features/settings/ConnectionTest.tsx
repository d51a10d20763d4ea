import type { ParseKeys } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AccountTestResult, AccountTestTarget } from '../../../../shared/ipc/accounts'
import { useAccountSetup } from './accountSetupStore'

/** The sentence for a test's answer: what happened and, on failure, what to do. */
function useResultText(): (target: AccountTestTarget, result: AccountTestResult) => string {
  const { t } = useTranslation()
  return (target, result) => {
    if (result.ok) {
      const { detail } = result
      if (detail.target === 'integra') {
        return t('accountSetup.tests.ok.integra', { count: detail.campaigns })
      }
      if (detail.target === 'kinbox') {
        return t('accountSetup.tests.ok.kinbox', {
          operators: detail.operators,
          hours: detail.businessHours
        })
      }
      const key = detail.cleanedUp ? 's3' : 's3NotCleaned'
      return t(`accountSetup.tests.ok.${key}`, { bucket: detail.bucket })
    }
    // A target may word a code its own way (only some do, so that key is not checked); every
    // code has its common text, and that key is.
    return t(
      [
        `accountSetup.tests.${target}.${result.code}` as ParseKeys,
        `accountSetup.tests.common.${result.code}`
      ],
      {
        status: result.status ?? '—'
      }
    )
  }
}

interface ConnectionTestProps {
  target: AccountTestTarget
  label: string
  /** Runs before the test (saving the card, so the test uses what is on screen). */
  before?: () => Promise<boolean>
}

/** "Testar conexão" and its answer, announced politely to screen readers. */
export function ConnectionTest({ target, label, before }: ConnectionTestProps) {
  const { t } = useTranslation()
  const state = useAccountSetup((s) => s.tests[target])
  const test = useAccountSetup((s) => s.test)
  const text = useResultText()
  const running = state.phase === 'running'

  async function run(): Promise<void> {
    if (before && !(await before())) return
    await test(target)
  }

  return (
    <div className="connection-test" data-testid={`test-${target}`}>
      <button type="button" className="button" disabled={running} onClick={() => void run()}>
        {running ? t('accountSetup.testing') : label}
      </button>
      <p
        role="status"
        className={
          state.phase === 'done'
            ? `notice ${state.result.ok ? 'notice--ok' : 'notice--error'}`
            : 'connection-test__idle'
        }
        data-testid={`test-${target}-result`}
      >
        {state.phase === 'done' ? text(target, state.result) : ''}
      </p>
    </div>
  )
}
