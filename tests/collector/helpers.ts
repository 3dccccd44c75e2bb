import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The site origin every test collector serves. */
export const SITE = 'http://127.0.0.1:4321';
/** The articles of the test site. */
export const ARTICLES = [
  { id: '101', title: 'Set up auto-pay' },
  { id: '102', title: 'Add users' },
];

/** A fresh folder with an articles.json and room for a database. */
export function workDir(): { dir: string; articles: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'helpcenter-collector-'));
  const articles = join(dir, 'articles.json');
  writeFileSync(articles, JSON.stringify({ articles: ARTICLES }));
  return { dir, articles, db: join(dir, 'feedback.db') };
}

/** A port free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** `npm run collector` as a child process; resolves once it listens. */
export function spawnCollector(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/collector.mjs'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`collector did not start in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Collector listening')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited with ${code}:\n${output}`));
    });
  });
}
