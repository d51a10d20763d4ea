import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useCampaign } from '../campaign/campaignStore'
import { useMap } from './mapStore'

/**
 * Links to Mapear's panels, right under its title: the message editor is one Tab and Enter
 * away instead of past every column and variable. A link puts the focus on the panel's first
 * field (the message itself), else on the panel's title.
 */
export function JumpLinks() {
  const { t } = useTranslation()
  const provider = useCampaign((s) => s.provider)
  const columns = useMap((s) => s.columns.length)
  const targets = [
    provider === 'kinbox'
      ? { id: 'map-message-title', label: t('map.message.title') }
      : { id: 'map-integra-title', label: t('map.integra.title') },
    { id: 'map-preview-title', label: t('map.preview.title') },
    { id: 'map-check-title', label: t('map.problems.title') },
    { id: 'map-recipient-title', label: t('map.recipient.title') },
    { id: 'map-columns-title', label: t('map.columns.title', { count: columns }) }
  ]

  function jump(event: MouseEvent, id: string): void {
    event.preventDefault()
    const heading = document.getElementById(id)
    const section = heading?.closest('section')
    const field = section?.querySelector<HTMLElement>(
      'textarea, input:not([type="hidden"]), select'
    )
    const target = field ?? heading
    if (!target) return
    if (target === heading && !heading.hasAttribute('tabindex'))
      heading.setAttribute('tabindex', '-1')
    target.scrollIntoView({ block: 'center' })
    target.focus()
  }

  return (
    <nav aria-label={t('map.jump')} data-testid="map-jump">
      <ul className="jump-links">
        <li className="muted">{t('map.jump')}:</li>
        {targets.map((target) => (
          <li key={target.id}>
            <a href={`#${target.id}`} onClick={(event) => jump(event, target.id)}>
              {target.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
