/** Help texts; the general one lists whatever commands are registered. */
import { LATEST_MINOR } from '@secctx/engine'
import type { Command } from './command'
import { MAX_INPUT_BYTES, WAITING_NOTICE_MS } from './readBounded'

/** `secctx --help`. */
export function mainUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'Usage: secctx <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "secctx <command> --help" for its options.',
    '',
  ].join('\n')
}

/** `secctx check --help`. */
export const CHECK_USAGE = `Usage: secctx check [--version latest|v1.N] [--level baseline|restricted|privileged]
                    [--versions all|v1.A..v1.B] [--format text|json|sarif] [FILE|-]...

Evaluates every Pod, PodTemplate, ReplicationController, ReplicaSet, Deployment, DaemonSet,
StatefulSet, Job and CronJob in the YAML or JSON files (multi-document streams and Lists too)
the way Pod Security Admission would, and shows the effective security context per container.
Reads standard input when no FILE is given, or for "-".

Options:
  --version V   policy version: latest (the default; evaluates as v1.${LATEST_MINOR}) or v1.<minor>,
                e.g. v1.30; messages print it as given
  --versions R  also the verdict at every policy version of R (all, or v1.A..v1.B where B may be
                latest), in ranges, and each check whose result changes at a version ("matrix"
                and "changes" per object in JSON)
  --level L     exit 1 unless every object is allowed at L: baseline, restricted or privileged
  --format F    text (the default, for people), json (one report object on standard output;
                standard input is named "-" in its "file" fields) or sarif (a SARIF 2.1.0 log
                for GitHub code scanning: one result per violation, API problem and kubelet
                finding, at its file, line and column; a result is an error when it keeps the
                object out of --level, restricted without it)
  -h, --help    show this help

Exit status:
  0  every input was read, and every object is allowed at --level (when given)
  1  some object is not allowed at --level
  2  an input error: unreadable file, YAML syntax error, not a Kubernetes object, bad option

Input errors are also printed on standard error as FILE:LINE:COLUMN: error: MESSAGE.
Each input may be up to ${MAX_INPUT_BYTES / 1024 / 1024} MiB; a larger one is an input error. Output is written
as it is found, and a stream is evaluated 16 KiB of documents at a time. Worker threads are off by
default; SECCTX_THREADS=N (2 to 64, larger is 64) evaluates an input of 1 MiB or more in N of them.
An input that sends nothing for ${WAITING_NOTICE_MS / 1000} s (a FIFO with no writer) is announced on standard error.
Colour is used only when standard output is a terminal and NO_COLOR is unset or empty.
`
