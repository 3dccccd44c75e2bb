import { expect, test } from '@playwright/test';
import { htmlPages } from './site-files';

test('every page requests only its own origin and breaks no rule of its Content-Security-Policy', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${location.pathname}`,
      ),
    );
  });
  for (const path of htmlPages()) {
    await page.goto(path, { waitUntil: 'load' });
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test('the theme toggle still works under the policy', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
});
