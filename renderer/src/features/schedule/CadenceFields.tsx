import { useTranslation } from 'react-i18next'
import { NumberField } from './NumberField'
import { useSchedule } from './scheduleStore'

/** Chunk size and the two pauses of a Kinbox campaign. */
export function CadenceFields() {
  const { t } = useTranslation()
  const form = useSchedule((s) => s.form)
  const problems = useSchedule((s) => s.problems)
  const update = useSchedule((s) => s.update)
  return (
    <section className="card schedule__card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">{t('schedule.cadence.title')}</h2>
      <div className="schedule__fields schedule__fields--three">
        <NumberField
          label={t('schedule.cadence.chunkSize')}
          value={form.chunkSizeText}
          onChange={(v) => update({ chunkSizeText: v })}
          problem={problems.chunkSize}
        />
        <NumberField
          label={t('schedule.cadence.messageGap')}
          value={form.messageGapText}
          onChange={(v) => update({ messageGapText: v })}
          problem={problems.messageGap}
          decimal
        />
        <NumberField
          label={t('schedule.cadence.chunkGap')}
          value={form.chunkGapText}
          onChange={(v) => update({ chunkGapText: v })}
          problem={problems.chunkGap}
          hint={t('schedule.cadence.chunkGapHint')}
          decimal
        />
      </div>
    </section>
  )
}
