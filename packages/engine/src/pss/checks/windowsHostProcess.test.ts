import { expect, test } from 'vitest'
import { container, pod, runCheck } from '../../../test/podBuilders'

const hp = (hostProcess: unknown) => ({ windowsOptions: { hostProcess } })

test('pod and containers', () => {
  const spec = {
    securityContext: hp(true),
    containers: [container('d', hp(false)), container('e', hp(true))],
    ephemeralContainers: [container('f', hp(true))],
  }
  expect(runCheck('windowsHostProcess', pod(spec))).toEqual({
    reason: 'hostProcess',
    detail: 'pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true',
    paths: [
      ['spec', 'securityContext', 'windowsOptions', 'hostProcess'],
      ['spec', 'containers', 1, 'securityContext', 'windowsOptions', 'hostProcess'],
      ['spec', 'ephemeralContainers', 0, 'securityContext', 'windowsOptions', 'hostProcess'],
    ],
  })
})

test('false, null and absent pass', () => {
  expect(runCheck('windowsHostProcess', pod({ securityContext: hp(null), containers: [container('a', hp(false))] }))).toBeNull()
})
