import { expect, test } from '@playwright/test';
import { slugify } from '../../src/content/slug';
import { articles, categories } from './content';

for (const article of articles) {
  test(`${article.slug} shows its quick answer, breadcrumbs, tags and working related links`, async ({ page, request }) => {
    await page.goto(`/articles/${article.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page).toHaveTitle(new RegExp(`^${article.title.replace(/[?.()]/g, '\\$&')}`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.quickAnswer);

    const answer = page.getByRole('region', { name: 'Quick answer' });
    await expect(answer).toContainText(article.quickAnswer);

    const category = categories.find((c) => c.slug === article.category)!;
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText(['Home', category.title]);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(article.title);

    const tagLinks = page.getByRole('region', { name: 'Tags' }).getByRole('link');
    const expectedTags = [...new Set(article.keywords.map(slugify))].map((t) => `/tags/${t}/`);
    expect(await tagLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(expectedTags);

    const related = page.locator('[data-related]').getByRole('link');
    const hrefs = await related.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length, 'every article shows at least three related articles').toBeGreaterThanOrEqual(3);
    expect(hrefs.slice(0, article.related.length)).toEqual(article.related.map((s) => `/articles/${s}/`));
    expect(hrefs).not.toContain(`/articles/${article.slug}/`);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(await response.text()).toContain('data-article=');
    }
  });
}

test('related articles show each article’s title and an excerpt of its quick answer', async ({ page }) => {
  await page.goto('/articles/what-to-do-after-paying-for-myoperator/');
  const items = page.locator('[data-related] li');
  await expect(items).toHaveCount(5);
  const first = articles.find((a) => a.slug === 'postpaid-bills-after-transferring-number')!;
  await expect(items.first().getByRole('link')).toHaveText(first.title);
  await expect(items.first().locator('p')).toContainText(first.quickAnswer.slice(0, 40));
});

test('the guide keeps the seed’s shape with its defects resolved', async ({ page }) => {
  await page.goto('/articles/what-to-do-after-paying-for-myoperator/');
  const rows = page.locator('table.task-table tbody tr');
  // Six steps promised, six rows delivered, and no empty cell.
  await expect(page.getByRole('region', { name: 'Quick answer' })).toContainText('six-step');
  await expect(rows).toHaveCount(6);
  for (const cell of await page.locator('table.task-table td').all()) {
    expect((await cell.innerText()).trim()).not.toBe('');
  }
  // MyOperator's pages disagree on when documents are due; the note gives both and where to look.
  const documents = page.locator('#task-verify-documents-note');
  await expect(documents).toContainText('only when you port a number');
  await expect(documents).toContainText('within 7 days of activation');
  const entries = page.locator('.trouble');
  await expect(entries).toHaveCount(3);
  for (const entry of await entries.all()) {
    await expect(entry.locator('.trouble-action')).toContainText(/Action:\s*\S+/);
  }
  const noEmail = page.locator('.trouble', { has: page.locator('#problem-didn-t-get-the-confirmation-email') });
  await expect(noEmail).toContainText('billing@myoperator.com');
});

test('the table of contents shows on wide screens and links to the sections', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/articles/what-to-do-after-paying-for-myoperator/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  await toc.getByRole('link', { name: '3. Troubleshooting and escalation paths' }).click();
  await expect(page).toHaveURL(/#3-troubleshooting-and-escalation-paths$/);
  await page.setViewportSize({ width: 400, height: 900 });
  await expect(toc).toBeHidden();
});

test('every article says when it was last checked against the product and names its sources by title', async ({ page }) => {
  let cited = 0;
  for (const article of articles) {
    await page.goto(`/articles/${article.slug}/`);
    await expect(page.locator('[data-last-checked]'), article.slug).toContainText('Last checked against the product on');
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('link');
    for (const link of await sources.all()) {
      expect(await link.innerText(), article.slug).not.toMatch(/^https?:/);
      cited++;
    }
  }
  expect(cited).toBeGreaterThanOrEqual(articles.length);
});
