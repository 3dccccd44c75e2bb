import { expect, test } from '@playwright/test';
import { articles } from './content';

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const article of articles) {
    test(`${article.slug} has no horizontal scroll`, async ({ page }) => {
      await page.goto(`/articles/${article.slug}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('task tables become readable cards instead of clipping', async ({ page }) => {
    await page.goto('/articles/what-to-do-after-paying-for-myoperator/');
    const cell = page.locator('table.task-table td[data-label="Where to click"]').first();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });
});

test('printing keeps the article and drops the site chrome', async ({ page }) => {
  await page.goto('/articles/what-to-do-after-paying-for-myoperator/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('[data-related]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('table.task-table')).toBeVisible();
});

test('nothing moves when the page’s scripts arrive late (controls that need them have their place from the first paint)', async ({
  page,
}) => {
  // A slow phone: the scripts come a second after the page has painted.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of [
    '/articles/what-to-do-after-paying-for-myoperator/',
    '/articles/emails-going-to-spam/',
    '/hi/articles/what-to-do-after-paying-for-myoperator/',
  ]) {
    await page.goto(path);
    await expect(page.locator('[data-copy-answer]')).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBeLessThan(0.01);
  }
});
