import { expect, it } from 'vitest'
import { measurePermalinks } from './measure'

it('keeps gallery links at most 80% of lz-string, in total and for every example', async () => {
  const { rows, total } = await measurePermalinks()
  expect(total.ratio).toBeLessThanOrEqual(0.8)
  for (const row of rows) expect(row.ratio, row.id).toBeLessThanOrEqual(0.8)
})
