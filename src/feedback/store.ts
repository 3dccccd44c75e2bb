import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { FeedbackEvent } from './events';
import type { StoredEvent } from './report';

/**
 * The one table. It holds what the page sent and the day it arrived: no time
 * of day, no address, no cookie, no identifier. The same statement runs on
 * PostgreSQL (docs/feedback.md), with `BIGSERIAL` for the id.
 */
export const SCHEMA = `CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('vote', 'search')),
  article TEXT,
  helpful INTEGER,
  reason TEXT,
  comment TEXT,
  query TEXT,
  results INTEGER,
  corrected TEXT,
  clicked_article TEXT,
  clicked_position INTEGER
)`;

interface Row {
  day: string;
  type: string;
  article: string | null;
  helpful: number | null;
  reason: string | null;
  comment: string | null;
  query: string | null;
  results: number | null;
  corrected: string | null;
  clicked_article: string | null;
  clicked_position: number | null;
}

// A worker of its own with its own connection: PASSIVE never blocks the collector's writes.
const CHECKPOINTER = `
const { DatabaseSync } = require('node:sqlite');
const { workerData, parentPort } = require('node:worker_threads');
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.exec('PRAGMA wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/** The collector's SQLite file, in WAL mode. */
export class EventStore {
  readonly #db: DatabaseSync;
  readonly #insert;

  #checkpointer: Worker | undefined;

  /**
   * Opens (or creates) the database file; `:memory:` for a throwaway one.
   * `checkpointMs`: copy the WAL into the database from a worker thread this
   * often, instead of inside a commit now and then (which stalls every request
   * queued behind it while it fsyncs).
   */
  constructor(path: string, options: { checkpointMs?: number } = {}) {
    this.#db = new DatabaseSync(path);
    // WAL: readers (the report) never block the collector. synchronous=NORMAL: a commit is in the
    // WAL file before the answer goes out, so a killed process loses nothing it acknowledged;
    // only a power cut can lose the last commits (FULL closes that at about 2× the latency).
    this.#db.exec('PRAGMA journal_mode = WAL');
    this.#db.exec(`PRAGMA synchronous = ${process.env.FEEDBACK_SYNC === 'full' ? 'FULL' : 'NORMAL'}`);
    this.#db.exec('PRAGMA busy_timeout = 5000');
    this.#db.exec(SCHEMA);
    if (options.checkpointMs && path !== ':memory:') {
      this.#db.exec('PRAGMA wal_autocheckpoint = 0');
      this.#checkpointer = new Worker(CHECKPOINTER, { eval: true, workerData: { path, everyMs: options.checkpointMs } });
      this.#checkpointer.unref();
    }
    this.#insert = this.#db.prepare(
      `INSERT INTO events (day, type, article, helpful, reason, comment, query, results, corrected, clicked_article, clicked_position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Stores a request's events in one transaction: all of them or none. */
  add(events: readonly FeedbackEvent[], day: string): void {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      for (const e of events) {
        if (e.type === 'vote')
          this.#insert.run(
            day,
            'vote',
            e.article,
            e.helpful ? 1 : 0,
            e.reason ?? null,
            e.comment ?? null,
            null,
            null,
            null,
            null,
            null,
          );
        else
          this.#insert.run(
            day,
            'search',
            null,
            null,
            null,
            null,
            e.query,
            e.results,
            e.corrected ?? null,
            e.clicked?.article ?? null,
            e.clicked?.position ?? null,
          );
      }
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /** How many events are stored. */
  count(): number {
    return Number((this.#db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n);
  }

  /** Every stored event, oldest first, in the report's shape. */
  all(): StoredEvent[] {
    const rows = this.#db.prepare('SELECT * FROM events ORDER BY id').all() as unknown as Row[];
    return rows.map((r): StoredEvent => {
      if (r.type === 'vote')
        return {
          day: r.day,
          type: 'vote',
          article: r.article ?? '',
          helpful: r.helpful === 1,
          ...(r.reason ? { reason: r.reason as never } : {}),
          ...(r.comment !== null ? { comment: r.comment } : {}),
        };
      return {
        day: r.day,
        type: 'search',
        query: r.query ?? '',
        results: r.results ?? 0,
        ...(r.corrected ? { corrected: r.corrected } : {}),
        ...(r.clicked_article ? { clicked: { article: r.clicked_article, position: r.clicked_position ?? 1 } } : {}),
      };
    });
  }

  /** Stops the checkpoints and closes the file (which checkpoints the WAL a last time). */
  async close(): Promise<void> {
    if (this.#checkpointer) {
      const worker = this.#checkpointer;
      await new Promise((done) => {
        worker.once('exit', done);
        // Unreferenced while it runs (it must not keep a process alive), referenced until it has stopped.
        worker.ref();
        worker.postMessage('stop');
      });
    }
    this.#db.close();
  }
}

/** The markers a load run can look for: every search query and every comment stored. */
export function storedMarkers(store: EventStore): Set<string> {
  const markers = new Set<string>();
  for (const event of store.all()) {
    if (event.type === 'search') markers.add(event.query);
    else if (event.comment) markers.add(event.comment);
  }
  return markers;
}
