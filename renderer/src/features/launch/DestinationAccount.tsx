import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AccountsView } from '../../../../shared/ipc/accounts'
import type { SecretStatus } from '../../../../shared/ipc/schemas'
import type { LaunchProvider } from '../../../../shared/launch/types'
import { useNavigation } from '../shell/navigationStore'
import '../simulation/messages'
import { useSimulation } from '../simulation/simulationStore'
import { SimulationTag } from '../simulation/SimulationTag'
import { useReview } from './reviewStore'

/** Where it goes: the account's ids and whether its secrets are saved (never the secrets). */
export function DestinationAccount({ provider }: { provider: LaunchProvider }) {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  const accounts = useReview((s) => s.accounts)
  const error = useReview((s) => s.contextError)
  const simulation = useSimulation((s) => s.on)
  return (
    <section
      className="card launch-card"
      aria-labelledby="launch-account-title"
      data-testid="launch-account"
    >
      <div className="launch-card__top">
        <h2 id="launch-account-title" className="launch-card__title">
          {t('launch.account.title')} · {t(`launch.providerName.${provider}`)}{' '}
          {simulation && <SimulationTag />}
        </h2>
        <button type="button" className="button launch-small" onClick={() => open('settings')}>
          {t('launch.account.edit')}
        </button>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {t('launch.account.loadError', { message: error.message })}
        </p>
      )}
      {simulation ? (
        <p className="notice notice--warn simulation-note" data-testid="launch-account-simulated">
          {t('simulation.account')}
        </p>
      ) : (
        accounts && (
          <dl className="launch-facts launch-facts--rows">
            {provider === 'integra' ? (
              <IntegraFacts view={accounts} />
            ) : (
              <KinboxFacts view={accounts} />
            )}
          </dl>
        )
      )}
    </section>
  )
}

function Fact({
  label,
  children,
  testId
}: {
  label: string
  children: ReactNode
  testId?: string
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  )
}

function useValue(): (value: string) => ReactNode {
  const { t } = useTranslation()
  return (value) =>
    value === '' ? <span className="tag tag--warn">{t('launch.account.missingValue')}</span> : value
}

function Secret({ status }: { status: Pick<SecretStatus, 'set' | 'last4'> | null }) {
  const { t } = useTranslation()
  if (!status?.set) return <span className="tag tag--warn">{t('launch.account.notSet')}</span>
  return (
    <>
      {status.last4
        ? t('launch.account.set', { last4: status.last4 })
        : t('launch.account.setNoDigits')}
    </>
  )
}

function IntegraFacts({ view }: { view: AccountsView }) {
  const { t } = useTranslation()
  const value = useValue()
  const integra = view.integra
  return (
    <>
      <Fact label={t('launch.account.key')} testId="launch-account-secret">
        <Secret status={integra.key} />
      </Fact>
      <Fact label={t('launch.account.project')}>{value(integra.project_id)}</Fact>
      <Fact label={t('launch.account.agent')}>{value(integra.agent_id)}</Fact>
      <Fact label={t('launch.account.phoneNumber')}>{value(integra.phone_number_id)}</Fact>
    </>
  )
}

function KinboxFacts({ view }: { view: AccountsView }) {
  const { t } = useTranslation()
  const value = useValue()
  const kinbox = view.kinbox
  const file = kinbox.leadsFile
  return (
    <>
      <Fact label={t('launch.account.token')} testId="launch-account-secret">
        <Secret status={kinbox.token} />
      </Fact>
      <Fact label={t('launch.account.channel')} testId="launch-account-channel">
        {value(kinbox.channelId)}
        {kinbox.channelType !== '' && ` · ${t('launch.account.channelType')} ${kinbox.channelType}`}
      </Fact>
      <Fact label={t('launch.account.operator')}>
        {kinbox.operatorName || t('launch.account.none')}
      </Fact>
      <Fact label={t('launch.account.businessHours')}>
        {kinbox.businessHoursId || t('launch.account.none')}
      </Fact>
      <Fact label={t('launch.account.leadsFile')}>
        {file.host === 's3' ? (
          <>
            {file.s3.bucket === ''
              ? value('')
              : t('launch.account.bucket', { bucket: file.s3.bucket, region: file.s3.region })}{' '}
            ·{' '}
            <Secret
              status={{ set: kinbox.s3Secrets.set, last4: kinbox.s3Secrets.accessKeyIdLast4 }}
            />
          </>
        ) : (
          t('launch.account.selfHost')
        )}
      </Fact>
    </>
  )
}
