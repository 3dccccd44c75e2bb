// Finds (and, where allowed, installs) the Chromium that browser tests and
// build-time diagram rendering drive. No browser is ever downloaded from the web.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW_TO_GET =
  'Install it with `apt-get install -y chromium` (Debian/Ubuntu, as root), or point CHROMIUM_PATH at a Chrome or Chromium executable.';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a usable Chromium, or undefined. CHROMIUM_PATH wins when set. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file. ${HOW_TO_GET}`);
  }
  return CANDIDATES.find(executable);
}

/** Flags Chromium needs here: root without a sandbox, and no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Returns a Chromium path, installing Debian's `chromium` package when none is
 * found and we are root with apt-get. Otherwise exits with one message naming
 * what is missing and the command that provides it.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && process.env.HELPCENTER_NO_INSTALL !== '1') {
    console.log(
      'Chromium is needed for the browser tests and was not found; installing Debian’s chromium package (about 2 minutes)…',
    );
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(`Chromium was not found. ${HOW_TO_GET}`);
  process.exit(1);
}

/** Debian's package with a Devanagari font, so Hindi diagram labels render (small; Noto is in fonts-noto-core). */
export const DEVANAGARI_FONT_PACKAGE = 'fonts-lohit-deva';

/** Whether a diagram's source has Devanagari text, which Chromium can draw only with a Devanagari font. */
export const hasDevanagari = (text) => /\p{Script=Devanagari}/u.test(text);

/**
 * Makes sure a Devanagari font is installed for Chromium (Hindi labels in
 * diagrams would otherwise render as empty boxes): installs Debian's
 * fonts-lohit-deva when none is found and we are root with apt-get. Returns
 * undefined when a font is there, else what is missing and how to get it.
 */
export function devanagariFontProblem() {
  const hasFont = () => spawnSync('sh', ['-c', 'fc-list :lang=hi family | grep -q .'], { stdio: 'ignore' }).status === 0;
  if (hasFont()) return undefined;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && process.env.HELPCENTER_NO_INSTALL !== '1') {
    console.log(`No Devanagari font found; installing Debian’s ${DEVANAGARI_FONT_PACKAGE} for Hindi diagram labels…`);
    const install = spawnSync(
      'sh',
      [
        '-c',
        `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${DEVANAGARI_FONT_PACKAGE} || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${DEVANAGARI_FONT_PACKAGE})`,
      ],
      { stdio: 'inherit' },
    );
    if (hasFont()) return undefined;
    return `no Devanagari font is installed, and installing ${DEVANAGARI_FONT_PACKAGE} failed (apt-get exited with ${install.status}); install it with \`apt-get install -y ${DEVANAGARI_FONT_PACKAGE}\` (or fonts-noto-core) and build again`;
  }
  const why =
    process.env.HELPCENTER_NO_INSTALL === '1'
      ? 'HELPCENTER_NO_INSTALL=1 forbids installing one'
      : isRoot
        ? 'apt-get is not available'
        : 'installing one needs root';
  return `no Devanagari font is installed and ${why}; install one with \`sudo apt-get install -y ${DEVANAGARI_FONT_PACKAGE}\` (Debian/Ubuntu; any font with Devanagari will do) and build again`;
}

/** `devanagariFontProblem()` for the test runners: warns instead of failing; true when a font is there. */
export function ensureDevanagariFont() {
  const problem = devanagariFontProblem();
  if (problem) console.warn(`Hindi diagram labels may not render: ${problem}.`);
  return problem === undefined;
}
