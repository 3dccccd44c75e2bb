/** What a load run measured. */
export interface LoadResult {
  /** Events sent. */
  sent: number;
  /** Markers (a search's query, a vote's comment) of the events the collector acknowledged (204), each unique. */
  acknowledged: string[];
  /** Requests that failed (no answer, or not 204), by reason. */
  failures: Record<string, number>;
  /** Wall time, in milliseconds. */
  ms: number;
  /** Latency percentiles of acknowledged requests, in milliseconds. */
  p50: number;
  p99: number;
  max: number;
}

/** A load to send. */
export interface LoadOptions {
  /** The collector's address, e.g. http://127.0.0.1:4322. */
  url: string;
  /** The site's origin, sent as Origin. */
  origin: string;
  /** How many events (one per request, the collector's hardest case). */
  events: number;
  /** How many clients send at once, each waiting for its answer before the next. */
  concurrency: number;
  /** Article ids to vote on (one event in ten is a vote with a comment, the rest are searches). */
  articleIds: readonly string[];
  /** Called after each answer with the number acknowledged so far (the kill test uses it). */
  onAck?: (acknowledged: number) => void;
  /**
   * Events per second for all clients together, spread evenly (a steady stream like readers');
   * default: each client sends its next request as soon as the last is answered (the collector's ceiling).
   */
  ratePerSecond?: number;
  /** Gives up on a request after this many milliseconds. Default 10,000. */
  timeoutMs?: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/**
 * Sends `events` events from `concurrency` clients on loopback and records
 * which were acknowledged, so a caller can check that each one was stored.
 * One event per request, each with a unique marker (`load <run> <n>`).
 */
export async function sendLoad(options: LoadOptions): Promise<LoadResult> {
  const run = Math.random().toString(36).slice(2, 8);
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < options.events) {
      const n = next++;
      if (options.ratePerSecond) {
        const due = started + (n * 1000) / options.ratePerSecond;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      }
      // Every event carries a unique marker: a search's query, a vote's comment.
      const marker = `load ${run} ${n}`;
      const event =
        n % 10 === 9
          ? {
              type: 'vote',
              article: options.articleIds[n % options.articleIds.length],
              helpful: false,
              reason: 'unclear',
              comment: marker,
            }
          : { type: 'search', query: marker, results: n % 7 };
      const t = performance.now();
      try {
        const response = await fetch(`${options.url}/events`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: options.origin },
          body: JSON.stringify({ events: [event] }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await response.arrayBuffer();
        if (response.status === 204) {
          latencies.push(performance.now() - t);
          acknowledged.push(marker);
          options.onAck?.(acknowledged.length);
        } else failures[`HTTP ${response.status}`] = (failures[`HTTP ${response.status}`] ?? 0) + 1;
      } catch (error) {
        const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : 'error';
        failures[reason] = (failures[reason] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  latencies.sort((a, b) => a - b);
  return {
    sent: options.events,
    acknowledged,
    failures,
    ms: performance.now() - started,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
  };
}
