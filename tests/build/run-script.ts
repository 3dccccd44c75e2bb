import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** A copy of `tests/fixtures/_base` with `tests/fixtures/<scenario>` laid over it, in a temporary folder. */
export function fixtureContent(scenario?: string): string {
  const content = join(mkdtempSync(join(tmpdir(), `helpcenter-${(scenario ?? 'base').replaceAll('/', '-')}-`)), 'content');
  cpSync(join(fixtures, '_base'), content, { recursive: true });
  if (scenario) cpSync(join(fixtures, scenario), content, { recursive: true });
  return content;
}

/** What a script printed and how it exited. */
export interface ScriptRun {
  status: number | null;
  /** stdout and stderr together, with `content` written as `content/` as the project would print it. */
  output: string;
}

/** Runs a project script (`scripts/<name>.mjs`) on the content folder `content`, as `npm run` would, with `env` added. */
export function runScript(
  name: string,
  content: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`scripts/${name}.mjs`, ...args], {
      env: { ...process.env, HELPCENTER_CONTENT: content, NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.replaceAll(relative(process.cwd(), content), 'content') }));
  });
}
