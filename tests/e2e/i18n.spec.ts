import { expect, test } from '@playwright/test';

const guide = 'what-to-do-after-paying-for-myoperator';
const untranslated = 'types-of-ivr';

test('the Hindi home page is in Hindi, says so in <html lang> and links to the same page in English', async ({ page }) => {
  await page.goto('/hi/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('हम आपकी क्या मदद कर सकते हैं?');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /:\d+\/$/);
  await expect(page.locator('a[data-lang-switch="en"]')).toHaveAttribute('href', '/');
  await expect(page.locator('[data-featured] a')).toHaveAttribute('href', `/hi/articles/${guide}/`);
});

test('a translated article is shown in Hindi with Hindi dates, its own canonical URL and both hreflang alternates', async ({
  page,
}) => {
  await page.goto(`/hi/articles/${guide}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MyOperator पैकेज का भुगतान करने के तुरंत बाद मुझे क्या करना चाहिए?');
  await expect(page.locator('[data-translation-notice]')).toHaveCount(0);
  // Indexed like an English article: its title, its quick answer and keywords, its body.
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(3);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/hi/articles/${guide}/$`));
  await expect(page.locator('link[rel="alternate"][hreflang="hi"]')).toHaveCount(1);
  await expect(page.locator('[data-last-checked]')).toContainText('नवंबर');
  // The feedback footer and its email to support are in Hindi too.
  const mail = page.locator('[data-feedback-mail]');
  await expect(mail).toHaveText('सपोर्ट को ईमेल करें');
  expect(decodeURIComponent((await mail.getAttribute('href'))!)).toContain('subject=लेख “');
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd!).inLanguage).toBe('hi');
  // Components keep working in a translation: the checklist and the Hindi diagram.
  await expect(page.locator('[data-checklist-bar]')).toHaveCount(1);
  await expect(page.locator('[data-checklist-progress]')).toHaveText('6 में से 0 पूरे');
  await expect(page.locator('th').first()).toHaveText('काम');
  await expect(page.locator('[data-trouble] h3').first()).toContainText('समस्या:');
  await expect(page.locator('svg').filter({ hasText: 'पुष्टि ईमेल' }).first()).toBeVisible();
});

test('an untranslated article on /hi/ shows the English text marked lang="en", a Hindi notice, and stays out of the Hindi index', async ({
  page,
}) => {
  await page.goto(`/hi/articles/${untranslated}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.locator('[data-translation-notice="fallback"]')).toContainText('हिन्दी अनुवाद अभी उपलब्ध नहीं है');
  await expect(page.locator('[data-article] [lang="en"]').first()).toContainText('IVR');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`[^i]/articles/${untranslated}/$`));
  await expect(page.locator('link[rel="alternate"][hreflang="hi"]')).toHaveCount(0);
});

test('the language switch leads to the same section in the other language, and short links then open that language', async ({
  page,
}) => {
  await page.goto(`/articles/${guide}/#task-add-team-members`);
  await page.locator('a[data-lang-switch="hi"]').click();
  await expect(page).toHaveURL(new RegExp(`/hi/articles/${guide}/#task-add-team-members$`));
  // The translation keeps the English anchors, so the section exists and is in Hindi.
  await expect(page.locator('#task-add-team-members')).toContainText('टीम के सदस्य जोड़ें');
  await page.goto('/a/101/');
  await expect(page).toHaveURL(new RegExp(`/hi/articles/${guide}/$`));
  await page.locator('a[data-lang-switch="en"]').click();
  await page.goto('/a/101/');
  await expect(page).toHaveURL(new RegExp(`[^i]/articles/${guide}/$`));
  await page.goto('/hi/a/101/');
  await expect(page).toHaveURL(new RegExp(`/hi/articles/${guide}/$`));
});

test('a short link follows the browser’s language until the reader chooses one on the site; /hi/a/ forces Hindi', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'hi-IN' });
  const page = await context.newPage();
  await page.goto('/a/103/');
  await expect(page).toHaveURL(/\/hi\/articles\/what-is-myoperator\/$/);
  // Choosing English on the site wins over the browser's Hindi, for the page's script and for Netlify's cookie.
  await page.locator('a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/[^i]\/articles\/what-is-myoperator\/$/);
  expect((await context.cookies()).find((c) => c.name === 'nf_lang')?.value).toBe('en');
  await page.goto('/a/103/');
  await expect(page).toHaveURL(/[^i]\/articles\/what-is-myoperator\/$/);
  await page.goto('/hi/a/103/');
  await expect(page).toHaveURL(/\/hi\/articles\/what-is-myoperator\/$/);
  await context.close();
});

test('Hindi pages search the Hindi index with Devanagari queries', async ({ page }) => {
  await page.goto('/hi/');
  await page.locator('form.search-box-header').getByRole('searchbox').fill('वेबहुक');
  const first = page.locator('#search-header-panel [data-search-result]').first();
  await expect(first).toBeVisible();
  await expect(first.locator('a').first()).toHaveAttribute('href', /\/hi\/articles\/myoperator-ip-addresses-to-allow-list\//);
});

const hindiCases = [
  { query: 'भुगतान के बाद क्या करें', expect: 'what-to-do-after-paying-for-myoperator' },
  { query: 'पेमेंट के बाद', expect: 'what-to-do-after-paying-for-myoperator' },
  { query: 'केवाईसी दस्तावेज़', expect: 'what-to-do-after-paying-for-myoperator' },
  { query: 'वेबहुक नहीं पहुँच रहे', expect: 'myoperator-ip-addresses-to-allow-list' },
  { query: 'फ़ायरवॉल पोर्ट', expect: 'myoperator-ip-addresses-to-allow-list' },
  { query: 'NGO हेल्पलाइन', expect: 'myoperator-for-ngos' },
  { query: 'वेरिएबल मैपिंग', expect: 'when-is-variable-mapping-required' },
  { query: 'MyOperator क्या है', expect: 'what-is-myoperator' },
];

test('Hindi questions find the Hindi answer in the top 3 of the Hindi search', async ({ page }) => {
  test.setTimeout(90_000);
  const misses: string[] = [];
  for (const { query, expect: slug } of hindiCases) {
    await page.goto(`/hi/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results], [data-search-empty]').first().waitFor();
    const top = await page
      .locator('[data-search-result] > a')
      .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    if (!top.includes(`/hi/articles/${slug}/`)) misses.push(`"${query}": expected ${slug}, got ${top.join(', ') || 'nothing'}`);
  }
  console.log(`Hindi search relevance: ${hindiCases.length - misses.length}/${hindiCases.length} in the top 3`);
  expect(misses).toEqual([]);
});

test('a Hindi search that finds nothing offers to ask support in Hindi, with the query in the email', async ({ page }) => {
  await page.goto('/hi/search/?q=zzqxv');
  const ask = page.locator('[data-search-ask-support]');
  await expect(ask).toHaveText('सपोर्ट से पूछें');
  const href = decodeURIComponent((await ask.getAttribute('href'))!);
  expect(href).toContain('subject=हेल्प सेंटर खोज: zzqxv');
  expect(href).toContain('मैंने हेल्प सेंटर में “zzqxv” खोजा');
});

test('Hindi pages name categories and tags in Hindi, and mark a name left in English', async ({ page }) => {
  await page.goto(`/hi/articles/${guide}/`);
  await expect(page.locator('nav ol a[href="/hi/categories/getting-started/"]')).toHaveText('शुरुआत');
  await expect(page.locator('a[href="/hi/tags/dashboard-login/"]')).toHaveText('डैशबोर्ड लॉगिन');
  await page.goto('/hi/categories/');
  await expect(page.locator('a[href="/hi/categories/billing/"]')).toHaveText('बिलिंग और भुगतान');
  // No Hindi name yet: the English one, marked as English, at the same URL.
  await page.goto('/hi/tags/e-mandate/');
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="en"]')).toHaveText('e-mandate');
  await page.goto('/tags/dashboard-login/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('dashboard login');
});
