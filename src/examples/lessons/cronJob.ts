import type { Example } from '../types'

/** A CronJob: the pod template sits two levels down. */
export const cronJob: Example = {
  id: 'cronjob',
  title: 'A CronJob that misses one Restricted control',
  lesson:
    "A CronJob's pods are described under spec.jobTemplate.spec.template, and that is what Pod Security evaluates. This one meets " +
    'Baseline but has no seccomp profile, which Restricted requires from policy v1.19. In a Restricted namespace the CronJob is ' +
    'still created, with a warning, and every Job it starts then fails to create its Pod. Add seccompProfile.type: RuntimeDefault ' +
    "to the pod's securityContext.",
  manifest: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          securityContext:
            runAsNonRoot: true
          containers:
            - name: report
              image: registry.example.com/report:1.0
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  drop: ["ALL"]
`,
  claims: [{ highestLevel: 'baseline', violations: ['seccompProfile_restricted'] }],
}
