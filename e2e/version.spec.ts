import { expect, test } from './helpers/fixtures'
import { AppPage } from './helpers/appPage'
import { RUN_AS_ROOT_POD } from './helpers/manifests'

test('the policy version changes a version-dependent result', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.setText(RUN_AS_ROOT_POD)

  // runAsUser joined the restricted level in v1.23: before it, running as UID 0 passes.
  await app.chooseVersion('v1.22')
  await expect(app.verdict).toHaveAttribute('data-level', 'restricted')
  await expect(page.getByTestId('target-result')).toHaveAttribute('data-allowed', 'true')
  await expect(app.violations()).toHaveCount(0)

  await app.chooseVersion('v1.23')
  await expect(app.verdict).toHaveAttribute('data-level', 'baseline')
  await expect(page.getByTestId('target-result')).toHaveAttribute('data-allowed', 'false')
  await expect(app.violations()).toHaveCount(1)
  await expect(app.violations().first()).toContainText('runAsUser')
  await expect(page.getByTestId('kubectl-message')).toContainText('restricted:v1.23')
  await expect(page.getByTestId('namespace-labels')).toContainText('pod-security.kubernetes.io/enforce-version: v1.23')
})
