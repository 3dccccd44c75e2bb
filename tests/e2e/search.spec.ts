import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const header = (page: Page) => page.locator('form.search-box-header');

test('an article page loads no search code or index until the reader focuses the box', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/articles/set-up-auto-pay/');
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter((path) => path.includes('/pagefind/') || path.includes('/search/') || /\/ui\.[\w-]+\.js$/.test(path)),
  ).toEqual([]);
  await header(page).getByRole('searchbox').focus();
  await expect.poll(() => requested.some((path) => /\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(path))).toBe(true);
});

test('a search downloads only index files: no search engine, and fragments only for the results shown', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/articles/set-up-auto-pay/');
  await header(page).getByRole('searchbox').fill('ivr');
  const results = page.locator('#search-header-panel [data-search-result]');
  await expect(results.first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const search = requested.filter((path) => path.includes('/pagefind/'));
  expect(search.filter((path) => /\.(js|wasm|pagefind)$/.test(path))).toEqual([]);
  expect(search.filter((path) => path.endsWith('.pf_fragment'))).toHaveLength(await results.count());
});

test('"/" and Ctrl+K focus the search box', async ({ page }) => {
  await page.goto('/articles/types-of-ivr/');
  await page.keyboard.press('/');
  await expect(header(page).getByRole('searchbox')).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(header(page).getByRole('searchbox')).toBeFocused();
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#search-hero')).toBeFocused();
});

test('results appear as you type, with the quick answer, a highlighted excerpt and deep links, and the count is announced', async ({
  page,
}) => {
  await page.goto('/articles/what-is-myoperator/');
  await header(page).getByRole('searchbox').fill('forgot password');
  const first = page.locator('#search-header-panel [data-search-result]').first();
  await expect(first).toBeVisible();
  await expect(first.locator('[data-search-answer]')).not.toBeEmpty();
  await expect(page.locator('#search-header-panel .search-excerpt mark').first()).toBeVisible();
  await expect(page.locator('#search-header-panel [data-kind="problem"]').first()).toHaveAttribute('href', /#problem-/);
  await expect(header(page).locator('[data-search-status]')).toHaveText(/^\d+ results?/);
});

test('arrow keys move through results, Escape closes them and Enter opens one', async ({ page }) => {
  await page.goto('/tags/');
  const box = header(page).getByRole('searchbox');
  await box.fill('auto-pay');
  const links = page.locator('#search-header-panel a[data-search-link]');
  await expect(links.first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-header-panel')).toBeHidden();
  await box.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('filter chips show counts, narrow the results and are kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=billing');
  const chip = page.locator('[data-chip="category"]', { hasText: 'Billing and payments' });
  await expect(chip).toContainText(/\d+/);
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]category=billing(&|$)/);
  for (const category of await page.locator('.search-result-category').allInnerTexts())
    expect(category).toBe('Billing and payments');
  const tag = page.locator('[data-chip="tag"]', { hasText: 'auto-pay' });
  await tag.click();
  await expect(page).toHaveURL(/[?&]tag=auto-pay(&|$)/);
  await expect(page.locator('[data-search-result]')).toHaveCount(1);
});

test('a search link round-trips: the page restores query and filters, and the URL follows the query', async ({ page }) => {
  await page.goto('/search/?q=ivr&tag=call-routing');
  await expect(page.locator('#search-page')).toHaveValue('ivr');
  await expect(page.locator('[data-chip="tag"]', { hasText: 'call routing' })).toHaveAttribute('aria-pressed', 'true');
  for (const result of await page.locator('[data-search-result] > a').all()) {
    await expect(result).toHaveAttribute('href', /types-of-ivr|myoperator-for-ngos/);
  }
  await page.locator('#search-page').fill('whatsapp template');
  await expect(page).toHaveURL(/\?q=whatsapp\+template&tag=call-routing$/);
});

test('the header box is a plain form, and without JavaScript the search page says so and links categories and tags', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/articles/set-up-auto-pay/');
  await header(page).getByRole('searchbox').fill('invoice');
  await header(page).getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=invoice$/);
  await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Categories' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /\/categories\//,
  );
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link').first()).toHaveAttribute('href', /\/tags\//);
  await context.close();
});

test('landing on an article from a result highlights the searched words there', async ({ page }) => {
  await page.goto('/search/?q=e-mandate');
  await page.locator('[data-search-result] > a').first().click();
  await expect(page).toHaveURL(/\/articles\/set-up-auto-pay\/\?highlight=/);
  await expect(page.locator('mark[data-search-highlight]').first()).toBeVisible();
  await page.goto('/articles/set-up-auto-pay/');
  await expect(page.locator('mark[data-search-highlight]')).toHaveCount(0);
});

test('a mistyped word is corrected from the site’s own words, and the reader can search for what they typed instead', async ({
  page,
}) => {
  await page.goto('/search/?q=pasword');
  await expect(page.locator('[data-search-corrected]')).toContainText('Showing results for password');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Search instead for pasword' }).click();
  await expect(page.locator('[data-search-corrected]')).toHaveCount(0);
});

test('real words are never "corrected" into other words of the site (issue 12 examples)', async ({ page }) => {
  for (const query of ['switch', 'next', 'cell', 'fallback', 'receipt nahi aaya', 'gaya']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results], [data-search-empty]').first().waitFor();
    await expect(page.locator('[data-search-corrected]'), query).toHaveCount(0);
  }
});

test('no results shows the most useful articles and how to contact support', async ({ page }) => {
  await page.goto('/search/?q=qwxzv');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toContainText('No articles match');
  await expect(empty.getByRole('link')).not.toHaveCount(0);
  await expect(empty.getByRole('link', { name: 'support@myoperator.com' })).toHaveAttribute(
    'href',
    'mailto:support@myoperator.com',
  );
  await expect(page.locator('form[data-search-page] [data-search-status]')).toHaveText('No results for qwxzv');
});

test('HTML in a query is shown as text and never runs', async ({ page }) => {
  const attack = '<img src=x onerror="window.__xss=1">ivr';
  await page.goto(`/search/?q=${encodeURIComponent(attack)}`);
  await page.locator('[data-search-results], [data-search-empty]').first().waitFor();
  await page.locator('#search-header').fill(attack);
  await expect(page.locator('#search-header-panel')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('.search-panel img').count()).toBe(0);
});

test('HTML in an article title, answer or excerpt is shown as text and never runs', async ({ page }) => {
  const attack = '<img src=x onerror="window.__xss=1">';
  await page.route('**/pagefind/fragment/*.pf_fragment', async (route) => {
    const original = await (await route.fetch()).body();
    const { gunzipSync } = await import('node:zlib');
    const data = JSON.parse(gunzipSync(original).subarray('pagefind_dcd'.length).toString('utf8'));
    data.meta.title = `${attack} title`;
    data.meta.quickAnswer = `${attack} answer`;
    data.content = `${attack} ${data.content}`;
    data.anchors = [{ element: 'h2', id: 'x', text: attack, location: 0 }, ...data.anchors];
    await route.fulfill({ body: gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(data))])) });
  });
  await page.goto('/search/?q=ivr');
  await expect(page.locator('[data-search-result] > a').first()).toContainText('<img src=x');
  await expect(page.locator('[data-search-answer]').first()).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('.search-panel img').count()).toBe(0);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });

  test('the search box and its results fit the screen and work by touch', async ({ page }) => {
    await page.goto('/articles/types-of-ivr/');
    await header(page).getByRole('searchbox').tap();
    await header(page).getByRole('searchbox').fill('whitelist ip');
    const panel = page.locator('#search-header-panel');
    await expect(panel.locator('[data-search-result]').first()).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await panel.locator('[data-search-result] > a').first().tap();
    await expect(page).toHaveURL(/myoperator-ip-addresses-to-allow-list/);
  });
});
