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
  '.mp4': 'video/mp4',
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

/** Records the site's own script files the page requests, for checking when the zoom code arrives. */
function scriptRequests(page: Page) {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** True when a script file is the zoom dialog module (it alone builds the `zoom-dialog`). */
async function isZoomModule(path: string) {
  const response = await fetch(`${origin}${path}`);
  return (await response.text()).includes('zoom-dialog');
}

test('the zoom code loads on the first click, and that click opens the dialog; Esc closes it and focus returns', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const scripts = scriptRequests(page);
  const { violations } = await open(page);
  await page.waitForLoadState('networkidle');
  // Nothing of the dialog is on the page before the reader asks for it.
  for (const path of scripts) expect(await isZoomModule(path), `${path} loaded before any interaction`).toBe(false);
  const before = scripts.length;
  const link = page.getByRole('link', { name: 'The dashboard with the Users list open (open full size)' });
  await link.click();
  const dialog = page.getByRole('dialog', { name: 'The dashboard with the Users list open' });
  await expect(dialog).toBeVisible();
  const loaded = scripts.slice(before);
  expect((await Promise.all(loaded.map(isZoomModule))).filter(Boolean)).toHaveLength(1);
  expect(page.url()).toBe(`${origin}/articles/extra/`);
  // The module came from the site itself, under the page's policy.
  expect(violations).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test('Enter on a screenshot opens it before any click; focus stays in the dialog and returns on Esc', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page);
  const link = page.getByRole('link', { name: 'The dashboard with the Users list open (open full size)' });
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'The dashboard with the Users list open' });
  await expect(dialog).toBeVisible();
  expect(page.url()).toBe(`${origin}/articles/extra/`);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const full = dialog.getByRole('img', { name: 'The dashboard with the Users list open' });
  await expect(full).toHaveJSProperty('naturalWidth', 1000);
  // Sized before the file arrives, from the screenshot's own size.
  await expect(full).toHaveAttribute('width', '1000');
  await expect(full).toHaveAttribute('height', '625');
  // Focus stays in the modal dialog.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body),
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  // Another screenshot opens in the same dialog, and its Close button closes it.
  const second = page.getByRole('link', { name: 'The settings page with the Save button (open full size)' });
  await second.click();
  await expect(page.getByRole('dialog', { name: 'The settings page with the Save button' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(second).toBeFocused();
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
  expect(await video.evaluate((v: HTMLVideoElement) => v.readyState)).toBe(0);
});

test('the fixture video is a real one: its metadata and its captions load', async ({ page }) => {
  await open(page);
  const video = page.locator('video');
  // As a reader pressing play would; muted so that autoplay rules do not get in the way.
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    v.textTracks[0]!.mode = 'showing';
    void v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  expect(await video.evaluate((v: HTMLVideoElement) => v.duration)).toBeGreaterThan(0);
  expect(await video.evaluate((v: HTMLVideoElement) => v.error)).toBeNull();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.querySelector('track')!.readyState)).toBe(2);
  expect(
    await video.evaluate((v: HTMLVideoElement) => v.textTracks[0]!.cues?.[0] && (v.textTracks[0]!.cues[0] as VTTCue).text),
  ).toBe('Open the dashboard.');
  // The poster is a real image too.
  const poster = await video.getAttribute('poster');
  expect((await page.request.get(`${origin}${poster}`)).headers()['content-type']).toBe('image/jpeg');
});

test('a code block has a copy button, labelled in the page’s words, that copies exactly the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await open(page);
  const button = page.locator('button[data-copy-code]');
  await expect(button).toBeVisible();
  await expect(button).toHaveText('Copy');
  await expect(button).toHaveAccessibleName('Copy code');
  await button.click();
  await expect(button).toHaveAttribute('data-copied', 'true');
  await expect(page.locator('[data-announcer]')).toHaveText('Code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('curl -I https://example.com/health');
});
