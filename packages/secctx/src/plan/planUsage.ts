/** `secctx plan --help`. */
import { LATEST_MINOR } from '@secctx/engine'

/** The help text of `secctx plan`. */
export const PLAN_USAGE = `Usage: secctx plan [--version latest|v1.N] [--admission-config FILE] [--namespace NAME]
                   [--format text|json] [FILE|-]...

Reads a dump of several namespaces (e.g. kubectl get ns,pods,deploy,sts,ds,jobs,cronjobs -A -o yaml,
or manifest files) and plans Pod Security labels per namespace: the policy its
pod-security.kubernetes.io labels give now (as Pod Security Admission reads them, invalid values
included), the strictest level every pod meets, which objects enforce=baseline or restricted would
deny, and the labels to set, with the kubectl label command and its --dry-run=server check.

Options:
  --version V             policy version to evaluate and pin: latest (the default; v1.${LATEST_MINOR}) or v1.<minor>
  --admission-config F    a PodSecurityConfiguration, or the AdmissionConfiguration holding one:
                          defaults for unlabelled modes, exempt namespaces and runtime classes
  --namespace NAME        the namespace of objects that name none (default: default)
  --format F              text (the default) or json
  -h, --help              show this help

Exit status: 0 every input was read; 2 an input error (also printed on standard error).
`
