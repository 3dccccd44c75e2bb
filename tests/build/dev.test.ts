import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Fetches `url` until `accept` holds for the response or `ms` have passed; the last response. */
async function poll(url: string, accept: (status: number, body: string) => boolean, ms = 30_000) {
  const until = Date.now() + ms;
  let last = { status: 0, body: '' };
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      last = { status: response.status, body: await response.text() };
      if (accept(last.status, last.body)) return last;
    } catch {
      // The server is still starting.
    }
    await new Promise((settle) => setTimeout(settle, 300));
  }
  return last;
}

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
});

describe('npm run dev', { timeout: 120_000 }, () => {
  it('checks a saved article in full and shows its problems on the page with file:line, until a save fixes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helpcenter-dev-'));
    const content = join(dir, 'content');
    cpSync(join(fixtures, '_base'), content, { recursive: true });
    const port = await freePort();
    server = spawn(process.execPath, ['node_modules/.bin/astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      // Vitest's own variables (NODE_ENV=test, VITEST…) would make Astro's Vite server behave as a test run.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name))),
        HELPCENTER_CONTENT: content,
        HELPCENTER_CACHE: join(dir, 'cache'),
        HELPCENTER_NO_BROWSER: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    const page = `http://127.0.0.1:${port}/articles/guide/`;
    expect((await poll(page, (status) => status === 200)).status).toBe(200);

    const file = join(content, 'articles', 'guide.mdx');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good.replace(/^category: .*$/m, 'category: biling')}\n<Callut>Hi</Callut>\n`);
    // The page is Astro's error overlay for the ContentError; the server prints the same report.
    const broken = await poll(page, (status) => status === 500);
    expect(broken.status).toBe(500);
    expect(broken.body).toContain('<title>ContentError</title>');
    expect(log).toContain('articles/guide.mdx:5:1: unknown category "biling" — did you mean "billing"?');
    expect(log).toMatch(/articles\/guide\.mdx:\d+:1: <Callut> is not a component articles can use — did you mean <Callout>\?/);
    expect(log).toContain('fix them and save');

    writeFileSync(file, good);
    expect((await poll(page, (status) => status === 200)).status).toBe(200);
  });
});
