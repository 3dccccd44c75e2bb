// Loaded into every Node process of a build under test (NODE_OPTIONS=--import): appends the URL of
// each request made with `fetch` (and each process started) to the file named by RECORD_REQUESTS.
import { appendFileSync } from 'node:fs';

const file = process.env.RECORD_REQUESTS;
const original = globalThis.fetch;
if (file) appendFileSync(file, `process ${process.argv.slice(1).join(' ')}\n`);
if (file && original) {
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    appendFileSync(file, `request ${url}\n`);
    return original(input, init);
  };
}
