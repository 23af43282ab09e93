import { expect, it } from 'vitest'
import { LINK_LENGTH_AIM, measurePermalinks } from './permalinkMeasure'

it('keeps gallery links within the aims against lz-string, in total and for every example', async () => {
  const { rows, total } = await measurePermalinks()
  expect(total.ratio).toBeLessThanOrEqual(LINK_LENGTH_AIM.total)
  for (const row of rows) expect(row.ratio, row.id).toBeLessThanOrEqual(LINK_LENGTH_AIM.worst)
})
