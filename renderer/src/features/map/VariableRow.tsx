import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Transform, VariableKeyError } from '../../../../shared/mapping'
import { TRANSFORMS, VARIABLE_KEY_MAX_LENGTH, applyTransform } from '../../../../shared/mapping'
import { ColumnSelect } from './ColumnSelect'
import type { DraftVariable } from './draft'
import { useMap } from './mapStore'

interface Props {
  variable: DraftVariable
  errors: readonly VariableKeyError[]
  position: number
  count: number
}

type EmptyMode = 'blank' | 'default' | 'omit' | 'skipRow'

/** One variable: key (validated live), source column, transform and what an empty cell becomes. */
export function VariableRow({ variable, errors, position, count }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const columns = useMap((s) => s.columns)
  const update = useMap((s) => s.updateVariable)
  const remove = useMap((s) => s.removeVariable)
  const move = useMap((s) => s.moveVariable)
  const [wantsDefault, setWantsDefault] = useState(
    variable.empty.kind === 'default' && variable.empty.value !== ''
  )
  const mode: EmptyMode =
    variable.empty.kind !== 'default' ? variable.empty.kind : wantsDefault ? 'default' : 'blank'
  const sample = variable.column === null ? undefined : columns[variable.column]?.samples[0]
  const example =
    sample === undefined ? null : applyTransform(sample, variable.transform ?? undefined)
  const keyLabel = t('map.variables.key')

  function setMode(next: EmptyMode): void {
    setWantsDefault(next === 'default')
    update(variable.id, {
      empty: next === 'omit' || next === 'skipRow' ? { kind: next } : { kind: 'default', value: '' }
    })
  }

  return (
    <li className="map-variable" data-testid="map-variable" data-key={variable.key}>
      <div className="map-variable__main">
        <div className="map-variable__fields">
          <label className="map-field map-variable__key">
            <span>{keyLabel}</span>
            <span className="map-key-input">
              <span aria-hidden="true">{'{{'}</span>
              <input
                id={`${id}-key`}
                type="text"
                className="map-input"
                value={variable.key}
                spellCheck={false}
                aria-invalid={errors.length > 0 ? true : undefined}
                aria-describedby={errors.length > 0 ? `${id}-key-error` : undefined}
                onChange={(e) => update(variable.id, { key: e.target.value })}
              />
              <span aria-hidden="true">{'}}'}</span>
            </span>
          </label>
          <label className="map-field">
            <span>{t('map.variables.column')}</span>
            <ColumnSelect
              label={t('map.variables.columnOf', { key: variable.key })}
              value={variable.column}
              onChange={(column) => update(variable.id, { column })}
              noneLabel={t('map.recipient.choose')}
              invalid={variable.column === null}
            />
          </label>
          <label className="map-field">
            <span>{t('map.variables.transform')}</span>
            <select
              className="map-select"
              aria-label={t('map.variables.transformOf', { key: variable.key })}
              value={variable.transform ?? ''}
              onChange={(e) =>
                update(variable.id, {
                  transform: e.target.value === '' ? null : (e.target.value as Transform)
                })
              }
            >
              <option value="">{t('map.transforms.none')}</option>
              {TRANSFORMS.map((transform) => (
                <option key={transform} value={transform}>
                  {t(`map.transforms.${transform}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="map-field">
            <span>{t('map.variables.whenEmpty')}</span>
            <select
              className="map-select"
              aria-label={t('map.variables.whenEmptyOf', { key: variable.key })}
              value={mode}
              onChange={(e) => setMode(e.target.value as EmptyMode)}
            >
              <option value="blank">{t('map.empty.blank')}</option>
              <option value="default">{t('map.empty.default')}</option>
              <option value="omit">{t('map.empty.omit')}</option>
              <option value="skipRow">{t('map.empty.skipRow')}</option>
            </select>
          </label>
          {mode === 'default' && (
            <label className="map-field">
              <span>{t('map.variables.defaultValue')}</span>
              <input
                type="text"
                className="map-input"
                value={variable.empty.kind === 'default' ? variable.empty.value : ''}
                aria-label={t('map.variables.defaultOf', { key: variable.key })}
                onChange={(e) =>
                  update(variable.id, { empty: { kind: 'default', value: e.target.value } })
                }
              />
            </label>
          )}
        </div>
        <div className="map-variable__actions">
          <button
            type="button"
            className="button button--ghost map-icon"
            disabled={position === 0}
            onClick={() => move(variable.id, -1)}
            aria-label={t('map.variables.up', { key: variable.key })}
            title={t('map.variables.up', { key: variable.key })}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--ghost map-icon"
            disabled={position === count - 1}
            onClick={() => move(variable.id, 1)}
            aria-label={t('map.variables.down', { key: variable.key })}
            title={t('map.variables.down', { key: variable.key })}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button--ghost button--danger map-icon"
            onClick={() => remove(variable.id)}
            aria-label={t('map.variables.remove', { key: variable.key })}
            title={t('map.variables.remove', { key: variable.key })}
          >
            ✕
          </button>
        </div>
      </div>
      {errors.length > 0 && (
        <p id={`${id}-key-error`} className="field-problem" role="alert">
          {errors
            .map((error) => t(`map.keyErrors.${error}`, { max: VARIABLE_KEY_MAX_LENGTH }))
            .join(' ')}
        </p>
      )}
      {example && (
        <p className="muted map-variable__example">
          {t('map.variables.example', { from: sample, to: example.value })}
          {example.failed && ' ' + t('map.variables.exampleFailed')}
        </p>
      )}
    </li>
  )
}
