import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../src/feedback/server';
import { ARTICLES, SITE, workDir } from './helpers';

let collector: RunningCollector;
beforeAll(async () => {
  collector = await startCollector({
    db: workDir().db,
    siteUrl: SITE,
    articleIds: new Set(ARTICLES.map((a) => a.id)),
    port: 0,
    rateLimit: 100_000,
  });
});
afterAll(() => collector.close());

const json = 'application/json';
const vote = (extra: object) => JSON.stringify({ events: [{ type: 'vote', article: '101', helpful: false, ...extra }] });
const search = (extra: object) => JSON.stringify({ events: [{ type: 'search', query: 'reset pin', results: 1, ...extra }] });

/** [what it is, method, path, origin, content type, body] */
const hostile: [string, string, string, string | undefined, string | undefined, string | undefined][] = [
  ['another origin', 'POST', '/events', 'https://evil.example', json, vote({})],
  ['no origin', 'POST', '/events', undefined, json, vote({})],
  ['the site host on another port', 'POST', '/events', 'http://127.0.0.1:4322', json, vote({})],
  ['origin "null" (a sandboxed frame)', 'POST', '/events', 'null', json, vote({})],
  ['a form post', 'POST', '/events', SITE, 'application/x-www-form-urlencoded', 'events=1'],
  ['multipart', 'POST', '/events', SITE, 'multipart/form-data; boundary=x', '--x--'],
  ['no content type', 'POST', '/events', SITE, undefined, vote({})],
  ['text/html', 'POST', '/events', SITE, 'text/html', vote({})],
  ['JSON in another charset', 'POST', '/events', SITE, 'application/json; charset=latin1', vote({})],
  ['invalid JSON', 'POST', '/events', SITE, json, '{"events": [ {"type": "vote",'],
  ['an empty body', 'POST', '/events', SITE, json, ''],
  ['JSON null', 'POST', '/events', SITE, json, 'null'],
  ['a bare array', 'POST', '/events', SITE, json, '[{"type":"vote","article":"101","helpful":true}]'],
  ['a 20 KB body', 'POST', '/events', SITE, json, vote({ comment: 'a'.repeat(20_000) })],
  ['a 501-character comment', 'POST', '/events', SITE, json, vote({ comment: 'a'.repeat(501) })],
  [
    'an unknown article',
    'POST',
    '/events',
    SITE,
    json,
    JSON.stringify({ events: [{ type: 'vote', article: '999', helpful: true }] }),
  ],
  [
    'SQL in the article id',
    'POST',
    '/events',
    SITE,
    json,
    JSON.stringify({ events: [{ type: 'vote', article: "101' OR '1'='1", helpful: true }] }),
  ],
  ['SQL in the reason', 'POST', '/events', SITE, json, vote({ reason: "unclear'); DROP TABLE events; --" })],
  [
    'SQL in the event type',
    'POST',
    '/events',
    SITE,
    json,
    JSON.stringify({ events: [{ type: "vote' --", article: '101', helpful: true }] }),
  ],
  [
    'a number as text',
    'POST',
    '/events',
    SITE,
    json,
    JSON.stringify({ events: [{ type: 'vote', article: '101', helpful: 'true' }] }),
  ],
  ['negative results', 'POST', '/events', SITE, json, search({ results: -1 })],
  ['fractional results', 'POST', '/events', SITE, json, search({ results: 1.5 })],
  ['results as a string', 'POST', '/events', SITE, json, search({ results: '1' })],
  ['a click at position 0', 'POST', '/events', SITE, json, search({ clicked: { article: '101', position: 0 } })],
  [
    'a click on an unknown article',
    'POST',
    '/events',
    SITE,
    json,
    search({ clicked: { article: '../etc/passwd', position: 1 } }),
  ],
  ['an unknown event type', 'POST', '/events', SITE, json, JSON.stringify({ events: [{ type: 'pageview', url: '/' }] })],
  ['an address smuggled in', 'POST', '/events', SITE, json, vote({ ip: '203.0.113.9' })],
  [
    'a reason with "Yes"',
    'POST',
    '/events',
    SITE,
    json,
    JSON.stringify({ events: [{ type: 'vote', article: '101', helpful: true, reason: 'unclear' }] }),
  ],
  ['HTML as the reason', 'POST', '/events', SITE, json, vote({ reason: '<b>unclear</b>' })],
  ['a script in a comment', 'POST', '/events', SITE, json, vote({ comment: 'hi <script>alert(1)</script>' })],
  ['HTML in a comment', 'POST', '/events', SITE, json, vote({ comment: '<img src=x onerror=alert(1)>' })],
  ['an HTML comment in a comment', 'POST', '/events', SITE, json, vote({ comment: '<!-- x -->' })],
  ['a script in a query', 'POST', '/events', SITE, json, search({ query: '<script>alert(1)</script>' })],
  ['a query that is not normalized', 'POST', '/events', SITE, json, search({ query: 'Reset  PIN' })],
  ['a 201-character query', 'POST', '/events', SITE, json, search({ query: 'a'.repeat(201) })],
  ['control characters in a comment', 'POST', '/events', SITE, json, vote({ comment: 'a\u0000b' })],
  ['a comment that is an object', 'POST', '/events', SITE, json, vote({ comment: { toString: 'x' } })],
  [
    '21 events at once',
    'POST',
    '/events',
    SITE,
    json,
    JSON.stringify({ events: Array(21).fill({ type: 'search', query: 'a', results: 1 }) }),
  ],
  ['no events', 'POST', '/events', SITE, json, JSON.stringify({ events: [] })],
  [
    'a prototype key',
    'POST',
    '/events',
    SITE,
    json,
    '{"events":[{"type":"vote","article":"101","helpful":true}],"__proto__":{"admin":true}}',
  ],
  ['GET', 'GET', '/events', SITE, undefined, undefined],
  ['PUT', 'PUT', '/events', SITE, json, vote({})],
  ['another path', 'POST', '/admin', SITE, json, vote({})],
  ['a preflight from another origin', 'OPTIONS', '/events', 'https://evil.example', undefined, undefined],
];

describe('the collector refuses hostile requests', () => {
  it(`answers all ${hostile.length} with a 4xx and a reason, sets no cookie, and stores nothing`, async () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
    const answers: string[] = [];
    for (const [what, method, path, origin, type, body] of hostile) {
      const headers: Record<string, string> = {};
      if (origin) headers['Origin'] = origin;
      if (type) headers['Content-Type'] = type;
      // A string body would get text/plain from fetch itself; bytes go without a content type.
      const payload = body === undefined ? {} : { body: type ? body : new TextEncoder().encode(body) };
      const response = await fetch(`${collector.url}${path}`, { method, headers, ...payload });
      const reason = (await response.text()).trim();
      expect(response.status, what).toBeGreaterThanOrEqual(400);
      expect(response.status, what).toBeLessThan(500);
      expect(reason.length, `${what} gets a reason`).toBeGreaterThan(10);
      expect(response.headers.get('set-cookie'), what).toBeNull();
      answers.push(`${response.status} ${what}: ${reason}`);
    }
    expect(collector.store.count()).toBe(0);
    expect(answers).toMatchInlineSnapshot(`
      [
        "403 another origin: Origin https://evil.example may not send events: only http://127.0.0.1:4321 (SITE_URL).",
        "403 no origin: Origin (none) may not send events: only http://127.0.0.1:4321 (SITE_URL).",
        "403 the site host on another port: Origin http://127.0.0.1:4322 may not send events: only http://127.0.0.1:4321 (SITE_URL).",
        "403 origin "null" (a sandboxed frame): Origin null may not send events: only http://127.0.0.1:4321 (SITE_URL).",
        "415 a form post: Content-Type application/x-www-form-urlencoded is not accepted: send application/json or text/plain (UTF-8).",
        "415 multipart: Content-Type multipart/form-data; boundary=x is not accepted: send application/json or text/plain (UTF-8).",
        "415 no content type: Content-Type (none) is not accepted: send application/json or text/plain (UTF-8).",
        "415 text/html: Content-Type text/html is not accepted: send application/json or text/plain (UTF-8).",
        "415 JSON in another charset: Content-Type application/json; charset=latin1 is not accepted: send application/json or text/plain (UTF-8).",
        "400 invalid JSON: The body is not valid JSON.",
        "400 an empty body: The body is not valid JSON.",
        "400 JSON null: Invalid events: (body): Invalid input: expected object, received null",
        "400 a bare array: Invalid events: (body): Invalid input: expected object, received array",
        "413 a 20 KB body: The body is larger than 16384 bytes.",
        "400 a 501-character comment: Invalid events: events.0.comment: Too big: expected string to have <=500 characters",
        "400 an unknown article: Invalid events: events.0.article: is not an article of this site (see articles.json)",
        "400 SQL in the article id: Invalid events: events.0.article: is not an article of this site (see articles.json)",
        "400 SQL in the reason: Invalid events: events.0.reason: Invalid option: expected one of "outdated"|"unclear"|"unsolved"|"other"",
        "400 SQL in the event type: Invalid events: events.0.type: Invalid discriminator value. Expected 'vote' | 'search'",
        "400 a number as text: Invalid events: events.0.helpful: Invalid input: expected boolean, received string",
        "400 negative results: Invalid events: events.0.results: Too small: expected number to be >=0",
        "400 fractional results: Invalid events: events.0.results: Invalid input: expected int, received number",
        "400 results as a string: Invalid events: events.0.results: Invalid input: expected number, received string",
        "400 a click at position 0: Invalid events: events.0.clicked.position: Too small: expected number to be >=1",
        "400 a click on an unknown article: Invalid events: events.0.clicked.article: is not an article of this site (see articles.json)",
        "400 an unknown event type: Invalid events: events.0.type: Invalid discriminator value. Expected 'vote' | 'search'",
        "400 an address smuggled in: Invalid events: events.0: Unrecognized key: "ip"",
        "400 a reason with "Yes": Invalid events: events.0: a reason or comment only comes with helpful: false",
        "400 HTML as the reason: Invalid events: events.0.reason: Invalid option: expected one of "outdated"|"unclear"|"unsolved"|"other"",
        "400 a script in a comment: Invalid events: events.0.comment: must be plain text, without HTML tags",
        "400 HTML in a comment: Invalid events: events.0.comment: must be plain text, without HTML tags",
        "400 an HTML comment in a comment: Invalid events: events.0.comment: must be plain text, without HTML tags",
        "400 a script in a query: Invalid events: events.0.query: must be plain text, without HTML tags",
        "400 a query that is not normalized: Invalid events: events.0.query: must be normalized (lower-case, single spaces, trimmed)",
        "400 a 201-character query: Invalid events: events.0.query: Too big: expected string to have <=200 characters; events.0.query: must be normalized (lower-case, single spaces, trimmed)",
        "400 control characters in a comment: Invalid events: events.0.comment: must not contain control characters",
        "400 a comment that is an object: Invalid events: events.0.comment: Invalid input: expected string, received object",
        "400 21 events at once: Invalid events: events: Too big: expected array to have <=20 items",
        "400 no events: Invalid events: events: Too small: expected array to have >=1 items",
        "400 a prototype key: Invalid events: (body): Unrecognized key: "__proto__"",
        "405 GET: GET is not allowed: POST events to /events.",
        "405 PUT: PUT is not allowed: POST events to /events.",
        "404 another path: Not found: the collector only answers POST /events.",
        "403 a preflight from another origin: Origin https://evil.example may not send events: only http://127.0.0.1:4321 (SITE_URL).",
      ]
    `);
  });

  it('stores a SQL-like search as the text it is, and the table survives', async () => {
    const response = await fetch(`${collector.url}/events`, {
      method: 'POST',
      headers: { Origin: SITE, 'Content-Type': json },
      body: search({ query: "x'); drop table events; --" }),
    });
    expect(response.status).toBe(204);
    expect(collector.store.all().map((e) => e.type === 'search' && e.query)).toEqual(["x'); drop table events; --"]);
  });
});
