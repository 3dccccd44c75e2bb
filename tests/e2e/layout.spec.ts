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
