import { expect, test } from '@playwright/test';
import { categories } from './content';

test('an unknown address answers 404 with a page that helps the reader on', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  const popular = page.getByRole('region', { name: 'Most useful articles' }).getByRole('link');
  await expect(popular).toHaveCount(5);
  const browse = page.getByRole('region', { name: 'Browse by category' });
  await expect(browse.getByRole('link', { name: 'support@myoperator.com' })).toHaveAttribute(
    'href',
    'mailto:support@myoperator.com',
  );
  await browse.getByRole('link', { name: categories[0]!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(categories[0]!.title);
});
