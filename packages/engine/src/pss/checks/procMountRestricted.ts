import { procMountRule } from './procMount'
import type { Check } from './types'

/** procMount_restricted (restricted, v1.35+): keeps the strict procMount rule even in a user namespace. */
export const procMountRestricted: Check = {
  id: 'procMount_restricted',
  level: 'restricted',
  variants: [
    {
      minVersion: 35,
      evaluate: procMountRule,
      overrides: ['procMount'],
      change: 'restricted check added: procMount must stay Default, even with hostUsers: false',
    },
  ],
}
