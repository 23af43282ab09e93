/**
 * `secctx check --format sarif` on a varied stream, checked by Microsoft's SARIF validator
 * (@microsoft/sarif-multitool, its Linux binary from npm, offline) with the SARIF rules and the
 * GitHub code scanning rules: no errors and no warnings. Its notes are advice; the ones we accept
 * are listed with why, so a new kind of note fails the test until someone has looked at it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import multitool from '@microsoft/sarif-multitool'
import { afterAll, describe, expect, it } from 'vitest'
import { CHECK_CATALOG } from '@secctx/engine'
import { STREAM_FILES } from '../../../test/sarifStream'
import { runCli } from '../../../test/testIo'

/** Advice the validator gives that this log does not follow, and why. */
const ACCEPTED_NOTES: Readonly<Record<string, string>> = {
  SARIF2002: 'messages are plain text, not message ids with arguments: each is read on its own in a CI log or an alert',
  SARIF2003: 'versionControlProvenance is the CI job’s to add (upload-sarif does), secctx reads files, not repositories',
  SARIF2006: 'the URIs cannot be fetched from the offline test machine',
  SARIF2009: 'rule ids are upstream’s check ids (and api/<code>, kubelet/<kind>), not TOOL1234 numbers, so they match kubectl’s words',
  SARIF2010: 'no snippets: they would copy the manifests into the log, and the files are in the repository',
  SARIF2011: 'no context regions, for the same reason',
  SARIF2012: 'only the Pod Security rules have a help page to point at; the others carry their help inline',
}

interface ValidatorResult {
  ruleId: string
  level?: string
  message: { text?: string; id?: string; arguments?: string[] }
}

const work = mkdtempSync(join(tmpdir(), 'secctx-sarif-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('SARIF validated by Microsoft’s SARIF multitool', () => {
  it('has no errors or warnings on a varied stream', async () => {
    const run = await runCli(['check', '--format', 'sarif', ...Object.keys(STREAM_FILES), 'missing.yaml'], { files: STREAM_FILES })
    expect(run.code).toBe(2)
    const log = JSON.parse(run.stdout)
    const results: { ruleId: string }[] = log.runs[0].results
    // The stream is as varied as it claims: every check, API problems, every kubelet outcome, an input error and an unreadable file.
    const rules = new Set(results.map((result) => result.ruleId))
    for (const check of CHECK_CATALOG) expect(rules).toContain(check.id)
    for (const id of [
      'api/linux-field-on-windows',
      'api/wrong-type',
      'api/missing-pod-template',
      'api/duplicate-key',
      'kubelet/refused',
      'kubelet/depends-on-image',
      'kubelet/depends-on-node',
      'input/unreadable',
    ])
      expect(rules).toContain(id)
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toHaveLength(1)

    const input = join(work, 'secctx.sarif')
    const output = join(work, 'validation.sarif')
    writeFileSync(input, run.stdout)
    const validator = spawnSync(
      multitool,
      ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'],
      { encoding: 'utf8' },
    )
    expect(validator.error).toBeUndefined()
    expect(validator.status, validator.stdout + validator.stderr).toBe(0)
    const findings: ValidatorResult[] = JSON.parse(readFileSync(output, 'utf8')).runs[0].results ?? []
    const describe = (finding: ValidatorResult) => `${finding.ruleId}: ${finding.message.text ?? finding.message.arguments?.join(' | ')}`
    // A result without a level is a warning (SARIF's default).
    expect(findings.filter((finding) => finding.level === 'error').map(describe)).toEqual([])
    expect(findings.filter((finding) => (finding.level ?? 'warning') === 'warning').map(describe)).toEqual([])
    const notes = new Set(findings.filter((finding) => finding.level === 'note').map((finding) => finding.ruleId))
    expect([...notes].filter((id) => !(id in ACCEPTED_NOTES))).toEqual([])
  })
})
