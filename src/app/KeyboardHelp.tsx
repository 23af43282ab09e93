/**
 * The editor's keyboard help next to it: the first two sentences (how Tab behaves and how to leave
 * the editor) always visible, because a trapped keyboard user cannot go looking for them; the rest
 * one click away.
 */
export function KeyboardHelp({ text }: { text: string }) {
  const sentences = text.split(/(?<=\.)\s+/)
  const essential = sentences.slice(0, 2).join(' ')
  const more = sentences.slice(2).join(' ')
  return (
    <div className="keyboard-help">
      <p>{essential}</p>
      {more && (
        <details>
          <summary>More keys</summary>
          <p>{more}</p>
        </details>
      )}
    </div>
  )
}
