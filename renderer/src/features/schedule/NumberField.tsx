import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_LEADS, type ProblemCode } from './formModel'
import { useFormat } from './useFormat'

interface NumberFieldProps {
  label: string
  value: string
  onChange(value: string): void
  /** A problem code from formModel (`schedule.problems.<code>`), or undefined. */
  problem?: ProblemCode | undefined
  hint?: string
  /** Allow a decimal comma (seconds). */
  decimal?: boolean
  testId?: string
}

/** A number typed as text (so "10.000" or "1,5" can be typed), with its problem under it. */
export function NumberField(props: NumberFieldProps) {
  const { t } = useTranslation()
  const id = useId()
  const format = useFormat()
  const described = props.problem ? `${id}-problem` : props.hint ? `${id}-hint` : undefined
  return (
    <div className="sfield">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={props.decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={props.value}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={described}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.problem ? (
        <span id={`${id}-problem`} className="sfield__problem">
          {t(`schedule.problems.${props.problem}`, { max: format.count(MAX_LEADS) })}
        </span>
      ) : (
        props.hint && (
          <span id={`${id}-hint`} className="sfield__hint">
            {props.hint}
          </span>
        )
      )}
    </div>
  )
}
