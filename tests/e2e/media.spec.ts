import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildFixture } from '../build/build-fixture';

// The real articles have no screenshots, so these tests build the `media` fixture site
// and serve it from 127.0.0.1 themselves.
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.vtt': 'text/vtt',
  '.svg': 'image/svg+xml',
};

let server: Server;
let origin: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const build = await buildFixture('media', { env: { HELPCENTER_NO_BROWSER: '1' } });
  expect(build.status, build.output).toBe(0);
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(build.outDir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens the fixture article, recording every request that leaves the site and every policy violation. */
async function open(page: Page) {
  const foreign: string[] = [];
  const violations: string[] = [];
  await page.route(
    (url) => !url.href.startsWith(origin),
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${origin}/articles/extra/`);
  return { foreign, violations };
}

test('a screenshot opens full size in a dialog named by its alt text; Esc closes it and focus returns', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page);
  const link = page.getByRole('link', { name: 'The dashboard with the Users list open (open full size)' });
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'The dashboard with the Users list open' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const full = dialog.getByRole('img', { name: 'The dashboard with the Users list open' });
  await expect(full).toHaveJSProperty('naturalWidth', 1000);
  // Focus stays in the modal dialog.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(
    true,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  // A click opens it too, and a click closes it.
  await link.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('only the first screenshot loads at once, each with its size; the dark theme shows the dark twin', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const images = page.locator('.article-image img');
  await expect(images.first()).not.toHaveAttribute('loading', 'lazy');
  for (const image of await images.all()) {
    await expect(image).toHaveAttribute('width', /\d+/);
    await expect(image).toHaveAttribute('height', /\d+/);
  }
  await expect(images.nth(1)).toHaveAttribute('loading', 'lazy');
  await expect(page.locator('picture.theme-dark').first()).toBeVisible();
  await expect(page.locator('picture.theme-light').first()).toBeHidden();
  // No layout jump: the image box has its final height before the file arrives.
  const box = await images.nth(1).boundingBox();
  expect(box!.height).toBeGreaterThan(100);
});

test('without JavaScript a screenshot links to its full-size file', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/articles/extra/`);
  const href = await page.locator('a[data-zoom]').first().getAttribute('href');
  const response = await page.request.get(`${origin}${href}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  await context.close();
});

test('a YouTube video makes no request to YouTube until it is clicked, then plays under the page policy', async ({ page }) => {
  const { foreign, violations } = await open(page);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  const start = page.getByRole('link', { name: /The dashboard in two minutes/ });
  await expect(start).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await start.click();
  const frame = page.locator('iframe[title="The dashboard in two minutes"]');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  await expect.poll(() => foreign).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);
  expect(violations).toEqual([]);
});

test('a self-hosted video loads nothing but its poster until played, and has captions', async ({ page }) => {
  await open(page);
  const video = page.locator('video');
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video.locator('track[kind="captions"]')).toHaveAttribute('src', /\/_media\/[0-9a-f]{16}\.vtt$/);
});
