import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  cancelLabel: string
  onConfirm(): void
  onCancel(): void
  testId: string
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex="0"]'

/**
 * A modal question: the rest of the page is inert while it is open, Tab and Shift+Tab stay
 * inside, Escape cancels, and focus starts on "Cancelar" (the safe answer).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirmLabel, cancelLabel, onConfirm, onCancel, testId } = props
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    cancelRef.current?.focus()
    return () => dialog?.close()
  }, [])

  function trapTab(event: KeyboardEvent<HTMLDialogElement>): void {
    if (event.key !== 'Tab' || !ref.current) return
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items.at(-1)
    if (!first || !last) return
    const active = document.activeElement
    if (event.shiftKey && (active === first || !ref.current.contains(active))) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && (active === last || !ref.current.contains(active))) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <dialog
      ref={ref}
      className="card launch-dialog"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onKeyDown={trapTab}
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
