/**
 * The second thread of `parse-parallel.ts`: claims articles one at a time from the shared counter,
 * parses each and posts its tree (or why it cannot be parsed) back. Node runs this file itself
 * (types stripped), so it imports only packages and `article-parser.ts`, by its full name.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { articleParser } from './article-parser.ts';

const { sources, counters, port } = workerData as { sources: string[]; counters: Int32Array; port: MessagePort };
for (let i = Atomics.add(counters, 0, 1); i < sources.length; i = Atomics.add(counters, 0, 1)) {
  try {
    port.postMessage({ i, tree: articleParser.parse(sources[i]!) });
  } catch (thrown) {
    const { message, reason, ruleId, place } = thrown as { message?: string; reason?: string; ruleId?: string; place?: unknown };
    port.postMessage({ i, error: { message, reason, ruleId, place } });
  }
  Atomics.add(counters, 1, 1);
  Atomics.notify(counters, 1);
}
port.close();
