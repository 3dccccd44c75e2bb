import { expect, test } from '@playwright/test';
import { articles, articlesByTag, categories } from './content';

const titleOf = (slug: string) => articles.find((a) => a.slug === slug)!.title;

test('the tags page lists every tag with its article count', async ({ page }) => {
  await page.goto('/tags/');
  const byTag = articlesByTag();
  const links = page.locator('main ul a');
  await expect(links).toHaveCount(byTag.size);
  for (const [tag, slugs] of byTag) {
    await expect(page.locator(`main a[href="/tags/${tag}/"]`)).toContainText(String(slugs.size));
  }
});

test('every tag page lists exactly the articles carrying that tag', async ({ page }) => {
  for (const [tag, slugs] of articlesByTag()) {
    await page.goto(`/tags/${tag}/`);
    const titles = await page.locator('main li h2 a').allInnerTexts();
    expect(titles.sort(), tag).toEqual([...slugs].map(titleOf).sort());
  }
});

test('spellings of one keyword share one tag, labelled with the most common spelling', async ({ page }) => {
  await page.goto('/tags/call-flow/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: call flow');
});

test('every category page lists exactly the articles in that category', async ({ page }) => {
  for (const category of categories) {
    await page.goto(`/categories/${category.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(category.title);
    const titles = await page.locator('main li h2 a').allInnerTexts();
    const expected = articles.filter((a) => a.category === category.slug).map((a) => a.title);
    expect(titles.sort(), category.slug).toEqual(expected.sort());
  }
});

test('a tag chip on an article leads to a tag page that lists the article', async ({ page }) => {
  await page.goto('/articles/types-of-ivr/');
  await page.getByRole('region', { name: 'Tags' }).getByRole('link', { name: 'IVR', exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/ivr\/$/);
  await expect(page.getByRole('link', { name: titleOf('types-of-ivr') })).toBeVisible();
});
