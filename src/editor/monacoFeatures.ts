/**
 * The Monaco editor features this app loads: a hand-picked subset of `features/register.all`
 * (which is about 0.5 MiB larger). Each line says what the user gets; add a line here rather than
 * switching to register.all.
 */
import 'monaco-editor/features/codicon/register' // icons in the suggestion list, find box and hovers
import 'monaco-editor/features/hover/register' // schema descriptions and problem messages on hover
// The completion widget: only register.all's inline-completions feature would pull it in otherwise.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/features/snippet/register' // completions insert snippets with tab stops
import 'monaco-editor/features/find/register' // Ctrl+F / Ctrl+H
import 'monaco-editor/features/gotoError/register' // F8 / Shift+F8 walk through the problems
import 'monaco-editor/features/codeAction/register' // Ctrl+. and the light bulb: the Pod Security quick fixes
import 'monaco-editor/features/gotoLine/register' // Ctrl+G, to reach a line:column a panel names
import 'monaco-editor/features/quickCommand/register' // F1 lists every command with its key
import 'monaco-editor/features/toggleTabFocusMode/register' // Ctrl+M: Tab moves focus
import 'monaco-editor/features/clipboard/register' // cut/copy/paste in the context menu
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/comment/register' // Ctrl+/ toggles # comments
import 'monaco-editor/features/cursorUndo/register'
import 'monaco-editor/features/folding/register' // fold nested mappings
import 'monaco-editor/features/indentation/register'
import 'monaco-editor/features/linesOperations/register' // move, copy, delete lines
import 'monaco-editor/features/lineSelection/register'
import 'monaco-editor/features/multicursor/register'
import 'monaco-editor/features/wordOperations/register' // Ctrl+Left/Right by word
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/smartSelect/register' // Shift+Alt+Right grows the selection by YAML node
// Flags invisible and look-alike characters: a pasted `runAsNonRoot` with a homoglyph is a different key.
import 'monaco-editor/features/unicodeHighlighter/register'
