import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { describeIssues, MAX_BODY_BYTES, requestSchema } from './events';
import { RateLimiter } from './rate-limit';
import { EventStore } from './store';

/** How a collector runs. */
export interface CollectorOptions {
  /** The SQLite file (FEEDBACK_DB). */
  db: string;
  /** The site's address (SITE_URL): only pages of its origin may send events. */
  siteUrl: string;
  /** The article ids the site has (from the built articles.json). */
  articleIds: ReadonlySet<string>;
  /** Requests per client per minute (FEEDBACK_RATE_LIMIT). Default 120. */
  rateLimit?: number;
  /**
   * Take the client from the last `X-Forwarded-For` entry (set it behind a
   * reverse proxy, FEEDBACK_TRUST_PROXY=1); otherwise the connection's address.
   */
  trustProxy?: boolean;
  /** The clock, for the day an event is filed under. Default `Date.now`. */
  now?: () => number;
}

const TYPES = /^(application\/json|text\/plain)\s*(;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The collector's HTTP app: `POST /events` from the site's origin, with CORS
 * for that origin only; every other request gets a 4xx with its reason as
 * plain text. Sets no cookie and logs nothing about the client.
 */
export function collectorApp(options: CollectorOptions, store: EventStore): Hono {
  const origin = new URL(options.siteUrl).origin;
  const schema = requestSchema(options.articleIds);
  const limiter = new RateLimiter({ limit: options.rateLimit ?? 120, ...(options.now ? { now: options.now } : {}) });
  const now = options.now ?? Date.now;
  const app = new Hono();

  const refuse = (c: Context, status: 400 | 403 | 404 | 405 | 413 | 415 | 429, reason: string) => {
    c.header('Cache-Control', 'no-store');
    return c.text(`${reason}\n`, status);
  };
  const cors = (c: Context) => {
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Vary', 'Origin');
  };
  const clientOf = (c: Context) => {
    const forwarded = options.trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
    return forwarded || getConnInfo(c).remote.address || 'unknown';
  };

  app.get('/health', (c) => c.text('ok\n'));
  app.options('/events', (c) => {
    if (c.req.header('origin') !== origin)
      return refuse(c, 403, `Origin ${c.req.header('origin') ?? '(none)'} may not send events: only ${origin} (SITE_URL).`);
    cors(c);
    c.header('Access-Control-Allow-Methods', 'POST');
    c.header('Access-Control-Allow-Headers', 'Content-Type');
    c.header('Access-Control-Max-Age', '86400');
    return c.body(null, 204);
  });
  app.post(
    '/events',
    async (c, next) => {
      const from = c.req.header('origin');
      if (from !== origin) return refuse(c, 403, `Origin ${from ?? '(none)'} may not send events: only ${origin} (SITE_URL).`);
      cors(c);
      if (!limiter.allow(clientOf(c))) return refuse(c, 429, 'Too many requests from this client: try again in a minute.');
      const type = c.req.header('content-type') ?? '';
      if (!TYPES.test(type))
        return refuse(c, 415, `Content-Type ${type || '(none)'} is not accepted: send application/json or text/plain (UTF-8).`);
      return next();
    },
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => refuse(c, 413, `The body is larger than ${MAX_BODY_BYTES} bytes.`),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return refuse(c, 400, 'The body is not valid JSON.');
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) return refuse(c, 400, `Invalid events: ${describeIssues(parsed.error)}`);
      store.add(parsed.data.events, new Date(now()).toISOString().slice(0, 10));
      return c.body(null, 204);
    },
  );
  app.all('/events', (c) => refuse(c, 405, `${c.req.method} is not allowed: POST events to /events.`));
  app.notFound((c) => refuse(c, 404, 'Not found: the collector only answers POST /events.'));
  app.onError((error, c) => {
    console.error(`Could not store events: ${error.message}`);
    return c.text('The events could not be stored.\n', 500);
  });
  return app;
}

/** A running collector. */
export interface RunningCollector {
  /** Its address, e.g. http://127.0.0.1:4322. */
  url: string;
  store: EventStore;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

/** Starts a collector on `host:port` (port 0: any free port). */
export function startCollector(options: CollectorOptions & { port: number; host?: string }): Promise<RunningCollector> {
  const store = new EventStore(options.db, { checkpointMs: 1000 });
  const app = collectorApp(options, store);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      resolve({
        url: `http://${host}:${info.port}`,
        store,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void store.close().then(done));
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.on('error', (error) => void store.close().finally(() => reject(error)));
  });
}
