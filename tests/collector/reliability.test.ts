import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { sendLoad } from '../../src/feedback/load';
import { startCollector, type RunningCollector } from '../../src/feedback/server';
import { EventStore, storedMarkers } from '../../src/feedback/store';
import { ARTICLES, SITE, freePort, spawnCollector, workDir } from './helpers';

const ids = ARTICLES.map((a) => a.id);
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

describe('the collector under load', () => {
  let collector: RunningCollector;
  afterAll(() => collector?.close());

  it('stores every event it acknowledged from 50 concurrent clients (2,000 events here, 20,000 in npm run bench:collector)', async () => {
    collector = await startCollector({ db: workDir().db, siteUrl: SITE, articleIds: new Set(ids), port: 0, rateLimit: 1e9 });
    const result = await sendLoad({ url: collector.url, origin: SITE, events: 2000, concurrency: 50, articleIds: ids });
    expect(result.failures).toEqual({});
    expect(result.acknowledged).toHaveLength(2000);
    const stored = storedMarkers(collector.store);
    expect(result.acknowledged.filter((m) => !stored.has(m))).toEqual([]);
    expect(collector.store.count()).toBe(2000);
  }, 60_000);

  it('rate-limits one client with 429 and stores nothing over the limit', async () => {
    const limited = await startCollector({ db: workDir().db, siteUrl: SITE, articleIds: new Set(ids), port: 0, rateLimit: 5 });
    try {
      const result = await sendLoad({ url: limited.url, origin: SITE, events: 8, concurrency: 1, articleIds: ids });
      expect(result.acknowledged).toHaveLength(5);
      expect(result.failures).toEqual({ 'HTTP 429': 3 });
      expect(limited.store.count()).toBe(5);
    } finally {
      await limited.close();
    }
  });
});

describe('the collector killed mid-load', () => {
  it('keeps every event it acknowledged after SIGKILL and a restart', async () => {
    const { db, articles } = workDir();
    const port = await freePort();
    const env = {
      FEEDBACK_DB: db,
      FEEDBACK_PORT: String(port),
      FEEDBACK_ARTICLES: articles,
      SITE_URL: SITE,
      FEEDBACK_RATE_LIMIT: '1000000000',
    };
    const first = await spawnCollector(env);
    children.push(first);
    const result = await sendLoad({
      url: `http://127.0.0.1:${port}`,
      origin: SITE,
      events: 3000,
      concurrency: 50,
      articleIds: ids,
      timeoutMs: 3000,
      onAck: (n) => {
        if (n === 600) first.kill('SIGKILL');
      },
    });
    // Killed mid-way: some requests went unanswered, and none of those counts as acknowledged.
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(600);
    expect(result.acknowledged.length).toBeLessThan(3000);

    const second = await spawnCollector(env);
    children.push(second);
    const after = await sendLoad({ url: `http://127.0.0.1:${port}`, origin: SITE, events: 10, concurrency: 2, articleIds: ids });
    expect(after.acknowledged).toHaveLength(10);
    second.kill('SIGTERM');
    await new Promise((done) => second.once('exit', done));

    const store = new EventStore(db);
    try {
      const stored = storedMarkers(store);
      expect([...result.acknowledged, ...after.acknowledged].filter((m) => !stored.has(m))).toEqual([]);
    } finally {
      void store.close();
    }
  }, 90_000);
});
