import { describe, expect, it } from 'vitest'
import { evaluate as evaluateEngine } from '@secctx/engine'
import { compactReport } from '../workers/protocol/reportView'
import { applyEdits } from './buildPlaylist'
import { checkGoal } from './goals'
import { PLAYLISTS } from './playlists'

/** Goals are judged on the view the app has, built from the engine's report as the worker builds it. */
const evaluate = (text: string, options: { version?: string } = {}) => compactReport(evaluateEngine(text, options), text, 0)
const judge = (text: string, version = 'latest', goal = {}) => checkGoal(goal, evaluate(text, { version }))

describe('playlists', () => {
  it('ships a playlist of at least eight steps from privileged to restricted', () => {
    const playlist = PLAYLISTS.find((p) => p.id === 'privileged-to-restricted')!
    expect(playlist.steps.length).toBeGreaterThanOrEqual(8)
    const first = evaluate(playlist.steps[0]!.manifest).objects[0]!
    const last = evaluate(playlist.steps.at(-1)!.solution).objects[0]!
    expect(first.highestLevel).toBe('privileged')
    expect(last.highestLevel).toBe('restricted')
  })

  for (const playlist of PLAYLISTS) {
    describe(playlist.id, () => {
      it.each(playlist.steps.map((step, index) => [index + 1, step.title, step] as const))(
        'step %i, %s: open on a goal not yet reached, reached by the model answer',
        (_n, _title, step) => {
          const version = step.goal.version ?? 'latest'
          expect(judge(step.manifest, version, step.goal)).toBe('not-yet')
          expect(judge(step.solution, version, step.goal)).toBe('reached')
          expect(evaluate(step.solution, { version }).errors).toEqual([])
        },
      )

      it('says each goal as a sentence, and names the level when the goal is a level', () => {
        for (const step of playlist.steps) {
          expect(step.goalText, step.title).toMatch(/^[A-Z].*\.$/)
          if (step.goal.meets) expect(step.goalText, step.title).toContain(step.goal.meets[0]!.toUpperCase() + step.goal.meets.slice(1))
        }
      })

      it('points each step at the place its answer changes (a line or two before the first change)', () => {
        for (const step of playlist.steps) {
          const lines = step.manifest.split('\n')
          const firstChanged = lines.findIndex((line, index) => line !== step.solution.split('\n')[index]) + 1
          expect(firstChanged - step.line, step.title).toBeGreaterThanOrEqual(0)
          expect(firstChanged - step.line, step.title).toBeLessThanOrEqual(2)
        }
      })
    })
  }
})

describe('goals', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: i\n'

  it('is judged only against a report for its own version', () => {
    expect(checkGoal({ meets: 'baseline', version: 'v1.24' }, evaluate(pod))).toBe('other-version')
    expect(checkGoal({ meets: 'baseline', version: 'v1.24' }, evaluate(pod, { version: 'v1.24' }))).toBe('reached')
  })

  it('is not reached without a report or without the object', () => {
    expect(checkGoal({ meets: 'privileged' }, null)).toBe('not-yet')
    expect(checkGoal({ object: 3, meets: 'privileged' }, evaluate(pod))).toBe('not-yet')
  })

  it('checks cleared checks at both levels', () => {
    expect(checkGoal({ clears: ['runAsNonRoot'] }, evaluate(pod))).toBe('not-yet')
    expect(checkGoal({ clears: ['privileged'] }, evaluate(pod))).toBe('reached')
  })

  it('refuses an edit whose target is missing or ambiguous', () => {
    expect(() => applyEdits('a a', [{ find: 'a', replace: 'b' }])).toThrow(/exactly once/)
    expect(() => applyEdits('a', [{ find: 'z', replace: 'b' }])).toThrow(/exactly once/)
    expect(applyEdits('abc', [{ find: 'b', replace: 'x' }])).toBe('axc')
  })
})
