import { expect, test, type Page } from '@playwright/test';
import { articles } from './content';

const guide = '/articles/what-to-do-after-paying-for-myoperator/';
const guideArticle = articles.find((a) => a.slug === 'what-to-do-after-paying-for-myoperator')!;
const shortLink = (id: string) => new RegExp(`^http://[^/]+/a/${id}/`);

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Undoes the HTML escaping Astro applies to text. */
const decode = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!,
  );

const clipboard = (page: Page) =>
  page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const read = async (type: string) => {
      const item = items.find((i) => i.types.includes(type));
      return item ? (await item.getType(type)).text() : '';
    };
    return { text: await read('text/plain'), html: await read('text/html') };
  });

test('the copy-link button of a task row appears on keyboard focus and copies the row’s short deep link', async ({ page }) => {
  await page.goto(guide);
  const row = page.locator('tr#task-add-team-members');
  const button = row.getByRole('button', { name: 'Copy link to “Add team members”' });
  await expect(button).toHaveCSS('opacity', '0');
  await button.focus();
  await expect(button).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
  const { text } = await clipboard(page);
  expect(text).toMatch(shortLink('101'));
  expect(text.endsWith('/a/101/#task-add-team-members')).toBe(true);
});

test('every section heading and troubleshooting entry has a copy-link button that copies its anchor', async ({ page }) => {
  await page.goto(guide);
  const targets = page.locator('[data-article-id] [data-anchor][id]');
  const ids = await targets.evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toContain('3-troubleshooting-and-escalation-paths');
  expect(ids).toContain('problem-can-t-log-in-forgot-password');
  expect(new Set(ids).size, 'anchors are unique on the page').toBe(ids.length);
  await expect(page.locator('[data-article-id] .copy-link')).toHaveCount(ids.length);
  const heading = page.locator('h2[id="3-troubleshooting-and-escalation-paths"]');
  await heading.hover();
  await heading.locator('.copy-link').click();
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
  expect((await clipboard(page)).text).toMatch(/\/a\/101\/#3-troubleshooting-and-escalation-paths$/);
});

test('“Copy answer” puts the quick answer and the short link on the clipboard as text and as a real link', async ({ page }) => {
  await page.goto(guide);
  await expect(page.locator('[data-ticket-link]')).toContainText(/Link for tickets: http:\/\/[^/]+\/a\/101\//);
  await page.getByRole('button', { name: 'Copy answer' }).click();
  await expect(page.locator('[data-announcer]')).toHaveText('Answer copied');
  const { text, html } = await clipboard(page);
  expect(text).toContain(guideArticle.quickAnswer);
  expect(text).toMatch(/http:\/\/[^/]+\/a\/101\/$/);
  expect(html).toMatch(/<a href="http:\/\/[^/]+\/a\/101\/">/);
  expect(html).toContain(guideArticle.title.replace(/'/g, '&#39;'));
});

test('“Copy fix” copies the problem, its action and its deep link', async ({ page }) => {
  await page.goto(guide);
  const entry = page.locator('.trouble', { has: page.locator('#problem-compliance-documents-rejected') });
  await entry.getByRole('button', { name: 'Copy fix' }).click();
  await expect(page.locator('[data-announcer]')).toHaveText('Fix copied');
  const { text, html } = await clipboard(page);
  expect(text).toMatch(
    /^Problem: Compliance documents rejected\nAction: Re-upload clear, uncropped scans[^\n]*\nhttp:\/\/[^/]+\/a\/101\/#problem-compliance-documents-rejected$/,
  );
  expect(html).toContain('<strong>Problem:</strong> Compliance documents rejected');
  expect(html).toMatch(/<a href="http:\/\/[^/]+\/a\/101\/#problem-compliance-documents-rejected">/);
});

test('a short link lands on the article', async ({ page }) => {
  await page.goto('/a/107/');
  await expect(page).toHaveURL(/\/articles\/how-to-add-users\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(articles.find((a) => a.slug === 'how-to-add-users')!.title);
});

test('a short deep link keeps its anchor and scrolls to the troubleshooting entry', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 700 });
  await page.goto('/a/101/#problem-compliance-documents-rejected');
  await expect(page).toHaveURL(new RegExp(`${guide}#problem-compliance-documents-rejected$`));
  const heading = page.locator('#problem-compliance-documents-rejected');
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('a deep link to a task row scrolls to it and marks it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`${guide}#task-save-the-support-contacts`);
  const row = page.locator('tr#task-save-the-support-contacts');
  await expect(row).toBeInViewport();
  await expect(row.locator('td').first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('an old slug from redirectFrom lands on the article', async ({ page }) => {
  await page.goto('/articles/how-do-i-add-users/');
  await expect(page).toHaveURL(/\/articles\/how-to-add-users\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a short link still redirects, through its meta refresh', async ({ page }) => {
    await page.goto('/a/107/');
    await expect(page).toHaveURL(/\/articles\/how-to-add-users\/$/);
  });

  test('the checklist is a plain table and no copy button shows', async ({ page }) => {
    await page.goto(guide);
    await expect(page.locator('table.task-table input[type="checkbox"]')).toHaveCount(0);
    await expect(page.locator('[data-checklist-bar]')).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  });
});

test('the activation checklist keeps progress across reloads and resets in one click', async ({ page }) => {
  await page.goto(guide);
  const progress = page.locator('[data-checklist-progress]');
  await expect(progress).toHaveText('0 of 6 done');
  await page.getByRole('checkbox', { name: 'Check confirmation email' }).check();
  await page.getByRole('checkbox', { name: 'Log in to the dashboard' }).check();
  await page.getByRole('checkbox', { name: 'Add team members' }).check();
  await expect(progress).toHaveText('3 of 6 done');
  await page.reload();
  await expect(progress).toHaveText('3 of 6 done');
  await expect(page.getByRole('checkbox', { name: 'Add team members' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Set up call flow' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Reset checklist' }).click();
  await expect(progress).toHaveText('0 of 6 done');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Add team members' })).not.toBeChecked();
});

test('every page in the sitemap has JSON-LD that parses and names the page', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  expect(urls.length).toBeGreaterThan(articles.length);
  expect(
    urls.some((u) => u.startsWith('/a/')),
    'short links stay out of the sitemap',
  ).toBe(false);
  // The JSON-LD and head tags are static HTML, so reading each page's source is enough (and fast).
  for (const path of urls) {
    const html = await (await request.get(path)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length, path).toBeGreaterThan(0);
    const data = blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
    const title = decode(/<title>([^<]*)<\/title>/.exec(html)![1]!).split(' · ')[0];
    expect(
      data.some((d) => d.name === title),
      `${path} names "${title}"`,
    ).toBe(true);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    // An untranslated article under /<lang>/ shows the English text, so its canonical page is the English one.
    const fallback = html.includes('data-translation-notice="fallback"');
    expect(new URL(canonical!).pathname, path).toBe(fallback ? path.replace(/^\/[a-z]{2,3}\//, '/') : path);
    expect(html, path).toContain('<meta property="og:title"');
  }
});

test('articles carry FAQPage and BreadcrumbList JSON-LD', async ({ page }) => {
  await page.goto(guide);
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b));
  const faq = data.find((d) => d['@type'] === 'FAQPage');
  expect(faq.mainEntity[0].acceptedAnswer.text).toBe(guideArticle.quickAnswer);
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Getting started', guideArticle.title]);
});

test('machine exports list every article and give each as Markdown', async ({ request }) => {
  const json = await (await request.get('/articles.json')).json();
  expect(json.articles).toHaveLength(articles.length);
  const entry = json.articles.find((a: { slug: string }) => a.slug === guideArticle.slug);
  expect(entry).toMatchObject({
    id: '101',
    title: guideArticle.title,
    quickAnswer: guideArticle.quickAnswer,
    category: 'getting-started',
  });
  expect(entry.shortUrl).toMatch(/\/a\/101\/$/);
  const llms = await (await request.get('/llms.txt')).text();
  for (const article of articles) expect(llms).toContain(article.quickAnswer);
  const markdown = await (await request.get(`/articles/${guideArticle.slug}.md`)).text();
  expect(markdown).toContain('| Task | Where to click | Success indicator |');
  expect(markdown).toContain('**Problem:** Compliance documents rejected');
  expect(markdown).not.toMatch(/<TaskTable|<Troubleshoot/);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: http:\/\/\S+\/sitemap-index\.xml/);
});
