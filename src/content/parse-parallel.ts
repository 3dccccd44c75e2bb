/**
 * Parses many articles at once on two threads: a cold build parses every article before it checks
 * them, and parsing is most of that time, while the machine's second core sat idle. The caller's
 * thread and one worker (`parse-worker.ts`) claim articles from a shared counter, so both stay busy
 * until the last one; the worker's trees arrive as structured clones. Synchronous, as the content
 * check that calls it is. Few articles, one core, or a worker that cannot start: this thread parses
 * everything itself, with the same parser, so the trees are the same either way (tested).
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import type * as ArticleParserModule from './article-parser';
import { onFirstUse } from '../build/on-first-use';

const parserModule = onFirstUse<typeof ArticleParserModule>('./article-parser.ts', import.meta.url);
/**
 * The article parser (`article-parser.ts`: remark with its MDX, frontmatter and GFM extensions, about
 * 55 ms to load), loaded on first use: a warm build parses no article.
 */
export const articleParser = (): typeof ArticleParserModule.articleParser => parserModule().articleParser;

/** A parsed article, or what the parser threw (its `reason`, `ruleId` and `place` kept for the problem). */
export type ParseOutcome = { tree: Root } | { error: unknown };

/** Below this many articles a second thread costs more to start (about 0.2 s) than it saves. */
const WORTH_A_THREAD = 48;
/** How long to wait for the worker's next tree before parsing what it claimed here instead. */
const STALL_MS = 30_000;

/** Parses one article's source on this thread. */
export function parseSource(source: string): ParseOutcome {
  try {
    return { tree: articleParser().parse(source) };
  } catch (error) {
    return { error };
  }
}

/** Parses every source (in order of the result); on two threads when there are enough of them. */
export function parseSources(
  sources: readonly string[],
  options: { threads?: boolean; /** Filled in: how many the worker parsed. */ stats?: { worker: number } } = {},
): ParseOutcome[] {
  const threads = options.threads ?? (sources.length >= WORTH_A_THREAD && availableParallelism() >= 2);
  if (!threads) return sources.map(parseSource);
  // counters[0]: the next article to claim; counters[1]: how many the worker has posted.
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
      workerData: { sources, counters, port: port2 },
      transferList: [port2],
    });
    worker.unref();
    // A worker that fails (a Node that cannot run TypeScript) claims nothing, so this thread parses every
    // article; its error must not end the build.
    worker.on('error', () => {});
  } catch {
    return sources.map(parseSource);
  }
  const outcomes: (ParseOutcome | undefined)[] = new Array(sources.length);
  for (let i = Atomics.add(counters, 0, 1); i < sources.length; i = Atomics.add(counters, 0, 1))
    outcomes[i] = parseSource(sources[i]!);
  // The rest were claimed by the worker: take its trees as they come.
  let missing = 0;
  for (let i = 0; i < sources.length; i++) if (outcomes[i] === undefined) missing += 1;
  let lastProgress = Date.now();
  while (missing > 0) {
    let message = receiveMessageOnPort(port1);
    while (message) {
      const { i, tree, error } = message.message as { i: number; tree?: Root; error?: unknown };
      if (outcomes[i] === undefined) {
        outcomes[i] = tree ? { tree } : { error };
        missing -= 1;
        if (options.stats) options.stats.worker += 1;
      }
      lastProgress = Date.now();
      message = receiveMessageOnPort(port1);
    }
    if (missing === 0) break;
    if (Date.now() - lastProgress > STALL_MS) {
      // The worker stopped (it should never): parse what it had claimed here.
      for (let i = 0; i < sources.length; i++) outcomes[i] ??= parseSource(sources[i]!);
      break;
    }
    Atomics.wait(counters, 1, Atomics.load(counters, 1), 50);
  }
  port1.close();
  void worker.terminate();
  return outcomes as ParseOutcome[];
}
