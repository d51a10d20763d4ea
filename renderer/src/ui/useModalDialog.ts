import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react'

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex="0"]'

/**
 * A native modal <dialog>: opened with showModal (the rest of the page is inert), the focus
 * put on `initial`, Tab and Shift+Tab kept inside, and closed on unmount, where `onClosed`
 * puts the focus back. Escape is the caller's `onCancel`, so the page's state says so too.
 */
export function useModalDialog(
  initial: RefObject<HTMLElement | null>,
  onClosed?: () => void
): {
  ref: RefObject<HTMLDialogElement | null>
  onKeyDown(event: KeyboardEvent<HTMLDialogElement>): void
} {
  const ref = useRef<HTMLDialogElement>(null)
  const closed = useRef(onClosed)

  useEffect(() => {
    const dialog = ref.current
    const afterClose = closed.current
    if (dialog && !dialog.open) dialog.showModal()
    initial.current?.focus()
    return () => {
      dialog?.close()
      afterClose?.()
    }
  }, [initial])

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>): void {
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

  return { ref, onKeyDown }
}
