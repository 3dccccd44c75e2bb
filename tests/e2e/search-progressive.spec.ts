import { expect, test, type Page, type Route } from '@playwright/test';

/**
 * Early results (issue 12 item 8): the words as typed are shown as soon as their part of the index is
 * in; what synonyms add joins afterwards without taking focus, and the count is announced once.
 * Result fragments that a search asks for after results are already on screen belong to the full
 * search: holding them keeps the page between the two steps for as long as the test needs.
 */
async function holdLateFragments(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/*.pf_fragment', async (route) => {
    const late = await page.evaluate(() => document.querySelector('[data-search-panel] [data-search-result]') !== null);
    if (late && holding) held.push(route);
    else await route.continue();
  });
  return {
    held: () => held.length,
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** Every announcement the polite status region makes, recorded in the page. */
async function recordAnnouncements(page: Page) {
  await page.evaluate(() => {
    const status = document.querySelector('form.search-box-header [data-search-status]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter((text) => text !== ''));
}

const slugs = (page: Page) =>
  page
    .locator('#search-header-panel [data-search-result] > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]));

test('the words as typed show results first; a synonym-only match joins without stealing focus, announced once', async ({
  page,
}) => {
  await page.goto('/articles/types-of-ivr/');
  const gate = await holdLateFragments(page);
  const said = await recordAnnouncements(page);
  const box = page.locator('form.search-box-header').getByRole('searchbox');
  // "login" is on three articles; its synonyms "log in" and "sign in" are also on one that never says "login".
  await box.fill('login');
  await expect(page.locator('#search-header-panel [data-search-result]').first()).toBeVisible();
  await expect.poll(gate.held).toBeGreaterThan(0);
  const early = await slugs(page);
  expect(early).toContain('how-to-add-users');
  expect(early).not.toContain('set-up-auto-pay');
  expect(await said()).toEqual([]);
  await expect(page.locator('#search-header-panel [data-search-empty]')).toHaveCount(0);

  await gate.release();
  await expect(page.locator('form.search-box-header')).toHaveAttribute('data-search-done', 'login');
  const settled = await slugs(page);
  expect(settled).toContain('set-up-auto-pay');
  expect(settled).toEqual(expect.arrayContaining(early));
  await expect(box).toBeFocused();
  const announcements = await said();
  expect(announcements).toHaveLength(1);
  expect(announcements[0]).toMatch(/^\d+ results$/);
});

test('once the reader reaches for a result, the shown results stay put and new ones are appended', async ({ page }) => {
  await page.goto('/articles/types-of-ivr/');
  const gate = await holdLateFragments(page);
  const box = page.locator('form.search-box-header').getByRole('searchbox');
  await box.fill('login');
  await expect(page.locator('#search-header-panel [data-search-result]').first()).toBeVisible();
  await expect.poll(gate.held).toBeGreaterThan(0);
  const early = await slugs(page);
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('#search-header-panel [data-search-result] > a').first();
  await expect(focused).toBeFocused();

  await gate.release();
  await expect(page.locator('form.search-box-header')).toHaveAttribute('data-search-done', 'login');
  const settled = await slugs(page);
  expect(settled.slice(0, early.length)).toEqual(early);
  expect(settled.slice(early.length)).toContain('set-up-auto-pay');
  await expect(focused).toBeFocused();
});

test('a query whose own words find nothing waits for its synonyms instead of saying nothing matches', async ({ page }) => {
  await page.goto('/articles/types-of-ivr/');
  await page.evaluate(() => {
    const panel = document.querySelector('#search-header-panel')!;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      if (panel.querySelector('[data-search-empty]')) seen.push('empty');
      if (panel.querySelector('[data-search-result]')) seen.push('results');
    }).observe(panel, { childList: true, subtree: true });
  });
  // "invoice" is on no article; its synonyms "receipt" and "bill" are.
  await page.locator('form.search-box-header').getByRole('searchbox').fill('invoice');
  await expect(page.locator('form.search-box-header')).toHaveAttribute('data-search-done', 'invoice');
  await expect(page.locator('#search-header-panel [data-search-result]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).not.toContain('empty');
});
