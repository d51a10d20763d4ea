import type { ReactNode } from 'react'

interface PanelProps {
  className: string
  /** id of the heading that names the panel */
  labelledBy: string
  testId: string
  onClose(): void
  children: ReactNode
}

/** A card that opens over a step's toolbar as a dialog; Escape closes it. */
export function Panel({ className, labelledBy, testId, onClose, children }: PanelProps) {
  return (
    <section
      className={`card panel ${className}`}
      role="dialog"
      aria-labelledby={labelledBy}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      {children}
    </section>
  )
}
