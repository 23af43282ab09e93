import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'

const INIT_AS_ROOT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      securityContext:
        runAsNonRoot: true
      initContainers:
      - name: init
        image: busybox
        securityContext:
          runAsUser: 0
      containers:
      - name: app
        image: registry.example/app:1
        securityContext:
          runAsUser: 1000
`

const WINDOWS_ADMIN = `apiVersion: v1
kind: Pod
metadata:
  name: win
spec:
  os:
    name: windows
  securityContext:
    runAsNonRoot: true
    windowsOptions:
      runAsUserName: ContainerAdministrator
  containers:
  - name: iis
    image: mcr.microsoft.com/windows/servercore/iis
`

const PRIVILEGED_NO_ESCALATION = `apiVersion: v1
kind: Pod
metadata:
  name: odd
spec:
  containers:
  - name: app
    image: nginx
    securityContext:
      privileged: true
      allowPrivilegeEscalation: false
`

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: 80
`

test.describe('Will it run?', () => {
  test('a Deployment whose init container runs as root under runAsNonRoot: the kubelet refuses it', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(INIT_AS_ROOT)
    const gates = page.getByTestId('gates')
    await expect(gates).toHaveAttribute('data-api', 'accepted')
    await expect(gates).toHaveAttribute('data-kubelet', 'refused')
    await expect(gates).toContainText('No:')
    const finding = gates.getByTestId('kubelet-finding')
    await expect(finding).toHaveCount(1)
    await expect(finding).toHaveAttribute('data-container', 'init')
    await expect(finding).toContainText("container's runAsUser breaks non-root policy")
    // The workload is created; Pod Security denies the pods its ReplicaSet creates, at Restricted.
    await expect(gates).toHaveAttribute('data-admission', 'denied')
    await expect(page.getByTestId('workload-admission')).toContainText('FailedCreate')

    await finding.getByRole('button').click()
    await expect(page.getByTestId('cursor-status')).toContainText('Ln 18, Col 11')
  })

  test('a Windows pod running as ContainerAdministrator under runAsNonRoot: the kubelet refuses it', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(WINDOWS_ADMIN)
    const gates = page.getByTestId('gates')
    await expect(gates).toHaveAttribute('data-kubelet', 'refused')
    await expect(gates.getByTestId('kubelet-finding')).toContainText('runAsUserName (ContainerAdministrator) which will be regarded as root identity')
  })

  test('an object the API server rejects says so in the card, whatever its level', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(PRIVILEGED_NO_ESCALATION)
    await expect(app.verdict).toHaveAttribute('data-level', 'privileged')
    const gates = page.getByTestId('gates')
    await expect(gates).toHaveAttribute('data-api', 'rejected')
    await expect(gates).toContainText('No: the API server rejects it')
    await expect(gates.getByRole('button', { name: /allowPrivilegeEscalation/ }).first()).toBeVisible()
  })

  for (const [what, text] of [
    ['an empty editor', ''],
    ['a Service only', SERVICE],
  ] as const) {
    test(`${what} shows no level, no gates, no kubectl message and no labels`, async ({ page }) => {
      const app = new AppPage(page)
      await app.open()
      await app.setText(text)
      await expect(app.verdict).toContainText('No pod to check')
      await expect(app.verdict).not.toHaveAttribute('data-level', /.*/)
      await expect(page.getByTestId('gates')).toHaveCount(0)
      await expect(page.getByText('meets Restricted')).toHaveCount(0)
      await expect(page.getByText('prints no Pod Security message')).toHaveCount(0)
      await expect(page.getByTestId('namespace-labels')).toHaveCount(0)
    })
  }

  test('a syntax error mid-edit keeps the last result, marked out of date, and shows the error', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.setText(INIT_AS_ROOT)
    await expect(page.getByTestId('gates')).toHaveAttribute('data-kubelet', 'refused')
    await app.setText(INIT_AS_ROOT.replace('        image: busybox', '        image: [busybox'))
    await expect(page.getByTestId('out-of-date')).toContainText('Out of date')
    await expect(app.verdict).toHaveAttribute('data-out-of-date', 'true')
    await expect(page.getByTestId('gates')).toHaveAttribute('data-kubelet', 'refused')
    await expect(page.getByTestId('input-errors')).toBeVisible()

    await app.setText(INIT_AS_ROOT.replace('runAsUser: 0', 'runAsUser: 1001'))
    await expect(page.getByTestId('out-of-date')).toHaveCount(0)
    await expect(page.getByTestId('gates')).toHaveAttribute('data-kubelet', 'starts')
  })
})
