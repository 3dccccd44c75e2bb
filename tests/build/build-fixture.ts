import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** What a fixture build left behind. */
export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr together, colours removed. */
  output: string;
  /** True when the output folder exists after the build. */
  hasOutput: boolean;
  outDir: string;
  /** The fixture's content folder (its diagram cache is `<contentDir>/.diagrams/`). */
  contentDir: string;
}

/** How to build a fixture beyond its content. */
export interface FixtureOptions {
  /** Extra environment for the build, e.g. `{ CHROMIUM_PATH: '/nonexistent' }`. */
  env?: Record<string, string>;
  /** Build again in the folder of an earlier build (same content, diagram cache and output). */
  again?: FixtureBuild;
  /** A command to run the build under, e.g. `['strace', '-f', …]`. */
  wrap?: string[];
}

/**
 * Builds a small site: the shared `tests/fixtures/_base` content with the
 * files of `tests/fixtures/<scenario>` laid over it, through `npm run build`'s
 * script, in a temporary folder of its own (or, with `again`, in an earlier build's).
 */
export function buildFixture(scenario?: string, options: FixtureOptions = {}): Promise<FixtureBuild> {
  const dir = options.again
    ? dirname(options.again.contentDir)
    : mkdtempSync(join(tmpdir(), `helpcenter-${(scenario ?? 'base').replaceAll('/', '-')}-`));
  const content = join(dir, 'content');
  if (!options.again) {
    cpSync(join(fixtures, '_base'), content, { recursive: true });
    if (scenario) cpSync(join(fixtures, scenario), content, { recursive: true });
  }
  return build(dir, content, options);
}

/** Builds the project's real content into a temporary folder of its own. */
export function buildRealContent(options: Omit<FixtureOptions, 'again'> = {}): Promise<FixtureBuild> {
  return build(mkdtempSync(join(tmpdir(), 'helpcenter-real-')), 'content', options);
}

function build(dir: string, content: string, options: FixtureOptions = {}): Promise<FixtureBuild> {
  const outDir = join(dir, 'dist');
  return new Promise((resolve, reject) => {
    const [command, ...args] = [...(options.wrap ?? []), process.execPath, 'scripts/build.mjs'];
    const child = spawn(command!, args, {
      env: {
        ...process.env,
        HELPCENTER_CONTENT: content,
        HELPCENTER_OUT: outDir,
        HELPCENTER_CACHE: join(dir, 'cache'),
        NO_COLOR: '1',
        ...options.env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        // Paths in messages are relative to the project; drop the temporary folder from them.
        // eslint-disable-next-line no-control-regex -- strips terminal colour codes
        output: output.replace(/\u001b\[[0-9;]*m/g, '').replaceAll(`${relative(process.cwd(), dir)}/`, ''),
        hasOutput: existsSync(outDir),
        outDir,
        contentDir: content,
      }),
    );
  });
}
