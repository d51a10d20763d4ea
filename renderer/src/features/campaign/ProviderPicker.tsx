import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PROVIDERS } from '../../../../shared/providers/provider'
import '../launch/messages'
import '../map/map.css'
import '../map/messages'
import '../schedule/schedule.css'
import { chooseProvider } from './chooseProvider'
import { useCampaign } from './campaignStore'

/**
 * Kinbox or Integra: the one provider picker, over the campaign store, in Mapear, Agendar and
 * Disparar (Limpar's settings row offers the same choice as a select). `cards` spells out
 * what each provider does (Mapear, where the choice is made first); `segmented` is the
 * compact switch beside a step's title.
 */
export function ProviderPicker({ look, testId }: { look: 'cards' | 'segmented'; testId?: string }) {
  const { t } = useTranslation()
  const provider = useCampaign((s) => s.provider)
  const name = useId()
  const cards = look === 'cards'
  return (
    <fieldset className={cards ? 'map-provider' : 'segmented'} data-testid={testId}>
      <legend className={cards ? undefined : 'visually-hidden'}>
        {t(cards ? 'map.provider.label' : 'launch.provider.label')}
      </legend>
      {PROVIDERS.map((id) => {
        const on = provider === id
        const className = cards
          ? `map-provider__option ${on ? 'is-on' : ''}`
          : `segmented__option ${on ? 'segmented__option--on' : ''}`
        return (
          <label key={id} className={className}>
            <input
              type="radio"
              name={name}
              value={id}
              checked={on}
              onChange={() => chooseProvider(id)}
            />
            {cards ? (
              <span>
                <strong>{t(`map.provider.${id}.name`)}</strong>
                <small>{t(`map.provider.${id}.hint`)}</small>
              </span>
            ) : (
              t(`launch.provider.${id}`)
            )}
          </label>
        )
      })}
    </fieldset>
  )
}
