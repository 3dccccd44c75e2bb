import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startFeedbackSite, type FeedbackSite } from './feedback-site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Articles the tests vote on (id and slug).
const A = { id: '103', slug: 'what-is-myoperator', title: 'What is MyOperator?' };
const B = { id: '109', slug: 'set-up-auto-pay', title: 'How do I set up auto-pay (recurring payments)?' };
// Matches nothing on the site, and no word is close enough to be corrected into a match.
const NOTHING = 'qwxzv';

/** Records every request that leaves the allowed origins and every CSP violation. */
async function watch(page: Page, allowed: string[]) {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    if (!allowed.some((o) => r.url().startsWith(o)) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return { foreign, violations };
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-feedback-section]').withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('with a collector (built with FEEDBACK_URL)', () => {
  test.describe.configure({ mode: 'serial' });
  let fb: FeedbackSite;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    fb = await startFeedbackSite();
  });
  test.afterAll(async () => fb?.stop());

  test('votes and searches in Chromium reach npm run report -- --json exactly', async ({ page }) => {
    test.setTimeout(90_000);
    const seen = await watch(page, [fb.site, fb.collector]);

    // "Yes" with the keyboard.
    await page.goto(`${fb.site}/articles/${A.slug}/`);
    await page.getByRole('button', { name: 'Yes', exact: true }).focus();
    await page.keyboard.press('Enter');
    const thanks = page.getByRole('status').filter({ hasText: 'Thank you' });
    await expect(thanks).toContainText('reviews the votes every week');
    await expect(thanks).toBeFocused();

    // "No" with a reason and a comment.
    await page.goto(`${fb.site}/articles/${B.slug}/`);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByText('Tell us what went wrong')).toBeFocused();
    await page.getByRole('radio', { name: 'Unclear' }).check();
    await page.getByLabel('Anything else?').fill('Step 3 <b>is missing</b> & the button is grey');
    await expect(page.getByText('455 characters left')).toBeVisible();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toContainText('weekly review');

    // One vote per article per browser.
    await page.goto(`${fb.site}/articles/${A.slug}/`);
    await expect(page.getByText('You already told us whether this article helped')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yes', exact: true })).toBeHidden();

    // A search typed key by key and a click on its second result: one event, not one per keystroke.
    await page.goto(`${fb.site}/`);
    const header = page.getByRole('search', { name: 'Site' });
    await header.getByRole('searchbox').pressSequentially('auto pay', { delay: 60 });
    // Results for the whole query, not for "auto" on the way there.
    await expect(header).toHaveAttribute('data-search-done', 'auto pay');
    const second = page.locator('[data-search-result]').nth(1).locator('a[data-search-link]').first();
    await expect(second).toBeVisible();
    const clicked = await second.getAttribute('data-result-id');
    const status = await header.locator('[data-search-status]').textContent();
    await second.click();
    await page.waitForURL(/\/articles\//);

    // A search that finds nothing: "Ask support", then the reader leaves.
    await page.goto(`${fb.site}/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').pressSequentially(NOTHING, { delay: 60 });
    const ask = page.getByRole('link', { name: 'Ask support' });
    await expect(ask).toHaveAttribute(
      'href',
      new RegExp(`^mailto:support@myoperator\\.com\\?subject=.*${NOTHING}.*&body=.*${NOTHING}`),
    );
    await page.goto(`${fb.site}/tags/`);

    let report = fb.report();
    await expect.poll(() => (report = fb.report()).events, { timeout: 15_000 }).toBe(4);
    test.info().annotations.push({ type: 'report', description: JSON.stringify(report) });
    expect(report.articles.map(({ id, title, yes, no, reasons }) => ({ id, title, yes, no, reasons }))).toEqual([
      { id: B.id, title: B.title, yes: 0, no: 1, reasons: { outdated: 0, unclear: 1, unsolved: 0, other: 0 } },
      { id: A.id, title: A.title, yes: 1, no: 0, reasons: { outdated: 0, unclear: 0, unsolved: 0, other: 0 } },
    ]);
    expect(report.articles[0]!.comments.map((c) => c.text)).toEqual(['Step 3 ‹b>is missing‹/b> & the button is grey']);
    expect(report.searches).toEqual([
      { query: 'auto pay', count: 1, results: Number(status!.match(/\d+/)![0]), clicks: 1 },
      { query: NOTHING, count: 1, results: 0, clicks: 0 },
    ]);
    expect(clicked).toMatch(/^\d+$/);
    expect(report.zeroResults).toEqual([{ query: NOTHING, count: 1 }]);
    expect(report.noClick).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(seen.violations).toEqual([]);
  });

  test('the control passes axe when it asks, after "No" and after sending', async ({ page }) => {
    await page.goto(`${fb.site}/articles/types-of-ivr/`);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('a reader who says "No" and leaves without the form still counts as "No"', async ({ page }) => {
    await page.goto(`${fb.site}/articles/emails-going-to-spam/`);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByRole('radio', { name: 'Outdated' }).check();
    await page.goto(`${fb.site}/`);
    await expect
      .poll(() => fb.report().articles.find((a) => a.id === '111'), { timeout: 15_000 })
      .toMatchObject({ yes: 0, no: 1, reasons: { outdated: 1 } });
  });

  test('sends nothing when the browser asks not to be tracked (Global Privacy Control)', async ({ page }) => {
    const before = fb.report().events;
    const toCollector: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(fb.collector)) toCollector.push(r.url());
    });
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(`${fb.site}/articles/how-to-add-users/`);
    await expect(page.getByText('Your browser asks sites not to track you')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yes', exact: true })).toBeHidden();
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').pressSequentially('add users', { delay: 40 });
    await page.locator('a[data-search-link]').first().click();
    await page.waitForURL(/\/articles\//);
    await page.goto(`${fb.site}/`);
    expect(toCollector).toEqual([]);
    expect(fb.report().events).toBe(before);
  });
});

test.describe('without a collector', () => {
  test('no control pretends to record: articles offer email to support, a failed search offers "Ask support"', async ({
    page,
    baseURL,
  }) => {
    const seen = await watch(page, [new URL(baseURL!).origin]);
    await page.goto(`/articles/${A.slug}/`);
    await expect(page.getByRole('heading', { name: 'Was this helpful?' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Yes', exact: true })).toHaveCount(0);
    await expect(page.locator('[data-feedback-section] a[data-feedback-mail]')).toHaveAttribute(
      'href',
      /^mailto:support@myoperator\.com\?subject=About%20the%20article%20%E2%80%9CWhat%20is%20MyOperator%3F%E2%80%9D&body=/,
    );
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill(NOTHING);
    await expect(page.getByRole('link', { name: 'Ask support' })).toHaveAttribute(
      'href',
      new RegExp(`subject=Help%20center%20search%3A%20${NOTHING}`),
    );
    expect(seen.foreign).toEqual([]);
    expect(seen.violations).toEqual([]);
  });
});
