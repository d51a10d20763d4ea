import { useRef, type ReactNode } from 'react'
import { useModalDialog } from '../../ui/useModalDialog'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  cancelLabel: string
  onConfirm(): void
  onCancel(): void
  testId: string
}

/**
 * A modal question: the rest of the page is inert while it is open, Tab and Shift+Tab stay
 * inside, Escape cancels, and focus starts on "Cancelar" (the safe answer).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirmLabel, cancelLabel, onConfirm, onCancel, testId } = props
  const cancelRef = useRef<HTMLButtonElement>(null)
  const { ref, onKeyDown } = useModalDialog(cancelRef)

  return (
    <dialog
      ref={ref}
      className="card launch-dialog"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: the dialog closes through React, so the page's state says so too.
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${testId}-title`}>{title}</h2>
      <div className="launch-dialog__body">{children}</div>
      <div className="launch-dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
