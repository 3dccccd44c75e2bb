import { expect, test } from '@playwright/test';
import { articles, categories } from './content';

test('the home page links every article under its category', async ({ page }) => {
  await page.goto('/');
  for (const article of articles) {
    const category = categories.find((c) => c.slug === article.category)!;
    const section = page.locator(`section[data-category="${category.slug}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(category.title);
    await expect(section.getByRole('link', { name: article.title, exact: true })).toHaveAttribute(
      'href',
      `/articles/${article.slug}/`,
    );
  }
});

test('the home page features the post-payment guide for new customers', async ({ page }) => {
  await page.goto('/');
  const featured = page.locator('[data-featured]');
  await expect(featured.getByRole('heading')).toHaveText('New customer? Start here');
  await featured.getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/what-to-do-after-paying-for-myoperator\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What should I do right after paying for my MyOperator package?',
  );
});

test('a skip link takes keyboard users straight to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
