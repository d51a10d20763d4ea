import type { ParseKeys, TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ProblemCode } from '../schedule/formModel'
import { useNavigation } from '../shell/navigationStore'
import type { Blocker } from './blockers'
import { useReview } from './reviewStore'

/** What still blocks the launch, each with a way to where it is fixed. */
export function BlockerList({ blockers }: { blockers: readonly Blocker[] }) {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  const acknowledge = useReview((s) => s.acknowledgeBlockList)
  if (blockers.length === 0) {
    return (
      <p className="notice notice--ok" data-testid="launch-ready">
        {t('launch.blockers.ready')}
      </p>
    )
  }
  return (
    <ul className="launch-blockers" data-testid="launch-blockers">
      {blockers.map((blocker) => (
        <li key={blocker.id} className="notice notice--error" data-blocker={blocker.id}>
          <span>{text(blocker, t)}</span>
          <span className="launch-blockers__actions">
            {blocker.id === 'blockers.blockList' && (
              <button
                type="button"
                className="button launch-small"
                onClick={() => void acknowledge()}
              >
                {t('launch.blockers.blockListAck')}
              </button>
            )}
            {blocker.fix && (
              <button
                type="button"
                className="button launch-small"
                onClick={() => blocker.fix && open(blocker.fix)}
              >
                {t(`launch.blockers.fix.${blocker.fix}`)}
              </button>
            )}
          </span>
        </li>
      ))}
    </ul>
  )
}

type T = TFunction

/**
 * Mapear's problems keep Mapear's words; Agendar's are its field and its words. A blocker's key
 * is built from codes in blockers.ts (typed `string` there), so it is not checked here.
 */
function text(blocker: Blocker, t: T): string {
  if (blocker.key.startsWith('map.')) return t(blocker.key as ParseKeys, blocker.params ?? {})
  if (blocker.key === 'blockers.schedule') {
    const field = String(blocker.params?.['field'] ?? '')
    const code = String(blocker.params?.['code'] ?? '')
    return t('launch.blockers.schedule', {
      field: t(`launch.fields.${field}` as ParseKeys),
      problem: t(`schedule.problems.${code as ProblemCode}`, { max: '5.000.000' })
    })
  }
  return t(`launch.${blocker.key}` as ParseKeys, blocker.params ?? {})
}
