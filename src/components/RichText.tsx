/**
 * Renders engine advice with `inline code` and fenced blocks as code, everything else as plain
 * text. Nothing is ever interpreted as HTML: the text may quote the user's manifest.
 */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {text.split(/(```[\s\S]*?```|`[^`\n]+`)/).map((part, index) => {
        if (part.startsWith('```') && part.endsWith('```') && part.length >= 6) {
          const body = part.slice(3, -3).replace(/^[A-Za-z]*\n/, '')
          return (
            <pre key={index} className="code-block">
              <code>{body.replace(/\n$/, '')}</code>
            </pre>
          )
        }
        if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
          return <code key={index}>{part.slice(1, -1)}</code>
        }
        return part
      })}
    </>
  )
}
