import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { SectionKey } from '../../i18n/resources'

/**
 * The account forms' fields: every one labelled, its hint and its problem tied to it with
 * aria-describedby, and the problem in plain words (`accountSetup.problems.<code>`).
 */

/** A problem's code: the key of its text under `accountSetup.problems`. */
export type ProblemCode = SectionKey<'accountSetup', 'problems'>

export interface Problem {
  code: ProblemCode
  params?: Record<string, number | string>
}
export type Problems = Record<string, Problem>

/** A zod error as one problem per field path ("config.call_timeout"). */
export function problemsOf(error: z.ZodError, prefix = ''): Problems {
  const problems: Problems = {}
  for (const issue of error.issues) {
    const key = prefix + issue.path.map(String).join('.')
    // The account schemas' messages are these codes (shared/ipc/accounts.ts).
    problems[key] ??= { code: issue.message as ProblemCode }
  }
  return problems
}

interface FieldFrameProps {
  label: string
  hint?: string | undefined
  problem?: Problem | undefined
  className?: string
  children(ids: { id: string; describedBy: string | undefined; invalid: boolean }): ReactNode
}

export function FieldFrame({ label, hint, problem, className, children }: FieldFrameProps) {
  const { t } = useTranslation()
  const id = useId()
  const describedBy =
    [problem && `${id}-problem`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
  return (
    <div className={`afield ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: problem !== undefined })}
      {problem && (
        <p id={`${id}-problem`} className="afield__problem">
          {t(`accountSetup.problems.${problem.code}`, problem.params)}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="afield__hint">
          {hint}
        </p>
      )}
    </div>
  )
}

interface TextFieldProps {
  label: string
  value: string
  onChange(value: string): void
  hint?: string | undefined
  problem?: Problem | undefined
  placeholder?: string
  numeric?: boolean
  wide?: boolean
  testId?: string
}

export function TextField(props: TextFieldProps) {
  return (
    <FieldFrame
      label={props.label}
      hint={props.hint}
      problem={props.problem}
      {...(props.wide && { className: 'afield--wide' })}
    >
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={props.numeric ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          value={props.value}
          placeholder={props.placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid={props.testId}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  )
}

interface CheckboxProps {
  label: string
  checked: boolean
  onChange(checked: boolean): void
}

export function Checkbox({ label, checked, onChange }: CheckboxProps) {
  return (
    <label className="acheck">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  )
}
