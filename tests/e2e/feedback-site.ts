import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { FeedbackReport } from '../../src/feedback/report';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The real site built with FEEDBACK_URL, served on 127.0.0.1, and `npm run collector` beside it. */
export interface FeedbackSite {
  site: string;
  collector: string;
  /** `npm run report -- --json` for this collector's database. */
  report(): FeedbackReport;
  stop(): Promise<void>;
}

/** Builds the site with FEEDBACK_URL into a folder of its own, serves it and starts the collector; all on loopback. */
export async function startFeedbackSite(): Promise<FeedbackSite> {
  const dir = mkdtempSync(join(tmpdir(), 'helpcenter-feedback-e2e-'));
  const out = join(dir, 'dist');
  const [sitePort, collectorPort] = [await freePort(), await freePort()];
  const site = `http://127.0.0.1:${sitePort}`;
  const collector = `http://127.0.0.1:${collectorPort}`;
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, HELPCENTER_OUT: out, FEEDBACK_URL: collector, SITE_URL: site, HELPCENTER_NO_BROWSER: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`The build with FEEDBACK_URL failed:\n${built.stdout}\n${built.stderr}`);

  const server: Server = createHttpServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', site).pathname));
    if (path.includes('..')) path = '/404.html';
    let file = join(out, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(out, '404.html');
    response.writeHead(file.endsWith('404.html') && !path.endsWith('404.html') ? 404 : 200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(sitePort, '127.0.0.1', resolve));

  const env = {
    ...process.env,
    FEEDBACK_PORT: String(collectorPort),
    FEEDBACK_DB: join(dir, 'feedback.db'),
    FEEDBACK_ARTICLES: join(out, 'articles.json'),
    SITE_URL: site,
  };
  const child: ChildProcess = spawn(process.execPath, ['scripts/collector.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Collector listening')) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`The collector exited with ${code}:\n${output}`)));
  });

  return {
    site,
    collector,
    report() {
      const run = spawnSync(process.execPath, ['scripts/report.mjs', '--json'], { env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`npm run report -- --json failed:\n${run.stderr}`);
      return JSON.parse(run.stdout) as FeedbackReport;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
