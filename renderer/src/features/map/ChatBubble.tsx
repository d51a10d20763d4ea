import { formatWhatsApp } from '../../../../shared/mapping'

/** The message as WhatsApp shows it: *bold*, _italic_, ~strike~ and ```mono```. */
export function ChatBubble({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="map-bubble" data-testid={testId}>
      {formatWhatsApp(text).map((span, i) => {
        const classes = [
          span.bold && 'is-bold',
          span.italic && 'is-italic',
          span.strike && 'is-strike',
          span.mono && 'is-mono'
        ]
          .filter(Boolean)
          .join(' ')
        return classes === '' ? (
          <span key={i}>{span.text}</span>
        ) : (
          <span key={i} className={classes}>
            {span.text}
          </span>
        )
      })}
    </div>
  )
}
