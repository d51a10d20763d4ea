import { useTranslation } from 'react-i18next'
import { useNavigation, type StepId } from '../shell/navigationStore'

interface ReviewItemProps {
  step: StepId
  title: string
  ready: boolean
  text: string
}

/** One line of the review: what a step will contribute, or what it still needs. */
export function ReviewItem({ step, title, ready, text }: ReviewItemProps) {
  const { t } = useTranslation()
  const open = useNavigation((s) => s.open)
  return (
    <li className="review__item" data-testid={`review-${step}`} data-ready={ready}>
      <span className={`tag ${ready ? 'tag--ok' : 'tag--warn'}`}>
        {ready ? t('launch.ok') : t('launch.todo')}
      </span>
      <div className="review__text">
        <strong>{title}</strong>
        <span className="muted">{text}</span>
      </div>
      <button type="button" className="button" onClick={() => open(step)}>
        {t('launch.open', { step: t(`steps.${step}`) })}
      </button>
    </li>
  )
}
