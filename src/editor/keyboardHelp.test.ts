import { describe, expect, it } from 'vitest'
import { EDITOR_KEYBOARD_HELP, TEXTAREA_KEYBOARD_HELP } from './keyboardHelp'

describe('keyboard help', () => {
  it('tells how to leave the Monaco editor with the keyboard, both ways', () => {
    expect(EDITOR_KEYBOARD_HELP).toMatch(/Escape, then Tab/)
    expect(EDITOR_KEYBOARD_HELP).toMatch(/Shift\+Tab/)
    expect(EDITOR_KEYBOARD_HELP).toMatch(/Ctrl\+M/)
  })

  it('says the textarea does not trap Tab', () => {
    expect(TEXTAREA_KEYBOARD_HELP).toMatch(/Tab and Shift\+Tab move focus/)
  })
})
