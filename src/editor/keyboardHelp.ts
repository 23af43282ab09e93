/**
 * What the keyboard does in each editor, for the app to show next to it. Kept apart from the
 * editors so the app can import it eagerly without pulling Monaco into the first page load.
 */

/**
 * Monaco keeps Tab for indentation, which would trap keyboard users. Escape followed by Tab is the
 * way out (the convention CodeMirror and GitHub use), because it keeps the browser's own tab order
 * in both directions and Escape on its own never moves focus by surprise. An Escape that closes a
 * suggestion list, the find box or a selection does not count: press it again.
 */
export const EDITOR_KEYBOARD_HELP =
  'Tab indents in the editor. To leave it, press Escape, then Tab (or Shift+Tab to go back). ' +
  'Ctrl+M (Ctrl+Shift+M on macOS) toggles whether Tab moves focus instead of indenting. ' +
  'Ctrl+Space suggests fields, F8 jumps to the next problem, Ctrl+F finds, F1 lists all commands.'

/** The plain textarea does not trap Tab at all. */
export const TEXTAREA_KEYBOARD_HELP =
  'Plain text mode: Tab and Shift+Tab move focus as usual; type two spaces to indent. ' + 'Each problem under the text is a button that moves the cursor to it.'
