// Where the project's own tools live, so scripts work however they are started.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * An executable from node_modules/.bin (the project's Node 24 for `node`), or
 * exits with the command that provides it.
 */
export function binPath(name) {
  const path = join(root, 'node_modules', '.bin', name);
  if (!existsSync(path)) {
    console.error(`node_modules/.bin/${name} is missing: run \`npm install\` in ${root} first.`);
    process.exit(1);
  }
  return path;
}

/**
 * Environment for every Astro command the project runs: Astro otherwise posts anonymous usage data to
 * telemetry.astro.build on each command, and the site makes no request to any host but its own.
 */
export const NO_TELEMETRY = { ASTRO_TELEMETRY_DISABLED: '1' };
