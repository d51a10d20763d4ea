/**
 * Gives the focus to what `find` returns, now or once it is drawn, and again when a redraw
 * replaces it while it had the focus (the focus fell to the page body); stops at the user's
 * next key or click inside `root`. Returns a stop.
 */
export function keepFocusOn(
  find: () => HTMLElement | null,
  root: HTMLElement,
  focus: (element: HTMLElement) => void = (element) => element.focus()
): () => void {
  let focused: HTMLElement | null = null
  const tryFocus = (): void => {
    if (focused?.isConnected) return
    // Lost with the element it was on (the page body has it), or never placed yet.
    if (focused && document.activeElement && document.activeElement !== document.body) return
    const target = find()
    if (!target) return
    focus(target)
    focused = target
  }
  tryFocus()
  const observer = new MutationObserver(tryFocus)
  observer.observe(root, { childList: true, subtree: true })
  // Once the user moves on, the screen is theirs. The key or click that got here is still on its
  // way up (an Escape, an Enter): only a later one stops it.
  const startedAt = performance.now()
  const onUser = (event: Event): void => {
    if (event.timeStamp > startedAt) stop()
  }
  const stop = (): void => {
    observer.disconnect()
    root.removeEventListener('keydown', onUser)
    root.removeEventListener('pointerdown', onUser)
  }
  root.addEventListener('keydown', onUser)
  root.addEventListener('pointerdown', onUser)
  return stop
}
