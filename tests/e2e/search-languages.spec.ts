import { expect, test, type Page } from '@playwright/test';

/** Issue 16 item 5: Latin-script queries on the Hindi site also find English articles, after the Hindi ones. */
const results = (page: Page, scope: string) =>
  page.locator(`${scope} [data-search-result]`).evaluateAll((items) =>
    items.map((li) => ({
      path: new URL((li.querySelector('a') as HTMLAnchorElement).href).pathname,
      lang: li.getAttribute('lang'),
      marker: li.querySelector('.search-result-lang')?.textContent ?? null,
    })),
  );

function checkHindiThenEnglish(found: { path: string; lang: string | null; marker: string | null }[]) {
  const firstEnglish = found.findIndex((r) => r.lang === 'en');
  expect(firstEnglish, 'some English results').toBeGreaterThan(0);
  const hindi = found.slice(0, firstEnglish);
  const english = found.slice(firstEnglish);
  for (const r of hindi) expect(r.path).toMatch(/^\/hi\/articles\//);
  for (const r of english) {
    expect(r.lang).toBe('en');
    expect(r.path).toMatch(/^\/articles\//);
    expect(r.marker).toBe('अंग्रेज़ी');
  }
  // An article with a Hindi page that matched is shown once, in Hindi.
  const hindiSlugs = new Set(hindi.map((r) => r.path.split('/')[3]));
  expect(english.filter((r) => hindiSlugs.has(r.path.split('/')[2]))).toEqual([]);
}

test('a Latin-script query on /hi/search/ shows Hindi results, then English ones labelled in Hindi', async ({ page }) => {
  await page.goto('/hi/search/?q=ivr');
  await expect(page.locator('form[data-search-page]')).toHaveAttribute('data-search-done', 'ivr');
  const found = await results(page, 'form[data-search-page]');
  checkHindiThenEnglish(found);
  // "types-of-ivr" has no Hindi page: it comes from the English index.
  expect(found.map((r) => r.path)).toContain('/articles/types-of-ivr/');
  expect(found.map((r) => r.path)).toContain('/hi/articles/what-is-myoperator/');
});

test('the header box on a /hi/ page does the same for a Hinglish question', async ({ page }) => {
  await page.goto('/hi/');
  await page.locator('form.search-box-header').getByRole('searchbox').fill('ivr kaise banaye');
  await expect(page.locator('form.search-box-header')).toHaveAttribute('data-search-done', 'ivr kaise banaye');
  checkHindiThenEnglish(await results(page, '#search-header-panel'));
});

test('a Devanagari query on the Hindi site finds only Hindi pages', async ({ page }) => {
  await page.goto('/hi/search/?q=' + encodeURIComponent('भुगतान'));
  await expect(page.locator('form[data-search-page]')).toHaveAttribute('data-search-done', 'भुगतान');
  const found = await results(page, 'form[data-search-page]');
  expect(found.length).toBeGreaterThan(0);
  for (const r of found) {
    expect(r.path).toMatch(/^\/hi\/articles\//);
    expect(r.lang).toBeNull();
  }
});

test('English pages search only the English index', async ({ page }) => {
  await page.goto('/search/?q=ivr');
  await expect(page.locator('form[data-search-page]')).toHaveAttribute('data-search-done', 'ivr');
  const found = await results(page, 'form[data-search-page]');
  expect(found.length).toBeGreaterThan(0);
  for (const r of found) expect(r).toEqual({ path: expect.stringMatching(/^\/articles\//), lang: null, marker: null });
});

const ENGLISH_INTERFACE = [
  'Showing results for',
  'Search instead for',
  'No articles match',
  'Try removing the filters',
  'No results for',
  'All results and filters',
  'Category:',
  'Tag:',
  'results',
];

/** The panel's interface text: everything but the results themselves and the "popular articles" list. */
const interfaceText = (page: Page, scope: string) =>
  page.locator(scope).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const node of copy.querySelectorAll('[data-search-result], .search-empty-list, [lang="en"]')) node.remove();
    return copy.textContent ?? '';
  });

test('/hi/ search speaks Hindi: a corrected query, no results, and no results with filters', async ({ page }) => {
  for (const [url, done, hindi] of [
    ['/hi/search/?q=pasword', 'pasword', ['के नतीजे दिखाए जा रहे हैं', 'इसकी जगह pasword खोजें', 'श्रेणी:']],
    ['/hi/search/?q=zzqxv', 'zzqxv', ['“zzqxv” से जुड़ा कोई लेख नहीं मिला।']],
    ['/hi/search/?q=zzqxv&category=getting-started', 'zzqxv', ['“zzqxv” से जुड़ा कोई लेख नहीं मिला।', 'फ़िल्टर हटाकर देखें।']],
  ] as const) {
    await page.goto(url);
    const form = page.locator('form[data-search-page]');
    await expect(form).toHaveAttribute('data-search-done', done);
    const text =
      (await interfaceText(page, 'form[data-search-page] [data-search-panel]')) +
      (await form.locator('[data-search-status]').textContent());
    for (const phrase of hindi) expect(text, url).toContain(phrase);
    for (const phrase of ENGLISH_INTERFACE) expect(text, url).not.toContain(phrase);
  }
});

test('English pages keep the English messages', async ({ page }) => {
  await page.goto('/search/?q=pasword');
  await expect(page.locator('form[data-search-page]')).toHaveAttribute('data-search-done', 'pasword');
  await expect(page.locator('[data-search-corrected]')).toContainText('Showing results for password');
  await expect(page.locator('[data-search-instead]')).toHaveText('Search instead for pasword');
  await page.goto('/search/?q=zzqxv&category=getting-started');
  await expect(page.locator('[data-search-empty]')).toContainText('No articles match “zzqxv”.');
  await expect(page.locator('[data-search-empty]')).toContainText('Try removing the filters.');
  // Replacement patterns in a query are text, not instructions.
  await page.goto(`/search/?q=${encodeURIComponent("zzq$&x$'")}`);
  await expect(page.locator('[data-search-empty]')).toContainText("No articles match “zzq$&x$'”.");
});
