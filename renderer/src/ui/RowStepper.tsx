interface RowStepperProps {
  /** The row shown: its place among `total` (0-based). */
  position: number
  total: number
  onShow(position: number): void
  /** "Linha 9 · 3 de 766", announced as it changes. */
  label: string
  previous: string
  next: string
  className: string
  buttonClassName: string
  testId: string
}

/** ‹ Linha N · i de n › — the one way previews move between the rows to be sent. */
export function RowStepper(props: RowStepperProps) {
  const { position, total, onShow, label, previous, next } = props
  return (
    <div className={props.className}>
      <button
        type="button"
        className={`button ${props.buttonClassName}`}
        disabled={position === 0}
        onClick={() => onShow(position - 1)}
        aria-label={previous}
        title={previous}
      >
        ‹
      </button>
      <span data-testid={props.testId} aria-live="polite">
        {label}
      </span>
      <button
        type="button"
        className={`button ${props.buttonClassName}`}
        disabled={position >= total - 1}
        onClick={() => onShow(position + 1)}
        aria-label={next}
        title={next}
      >
        ›
      </button>
    </div>
  )
}
