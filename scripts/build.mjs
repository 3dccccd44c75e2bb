// `npm run build`: builds the site with Astro. If the build fails, the output
// folder is removed, so a half-built site can never be served or deployed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { binPath } from './paths.mjs';

const outDir = process.env.HELPCENTER_OUT ?? 'dist';
if (!process.env.SITE_URL) {
  console.warn(
    'SITE_URL is not set, so canonical URLs, short links and the sitemap point at http://localhost:4321. ' +
      'For a deploy, build with SITE_URL=https://your-help-site (and BASE_PATH=/sub-path/ if it lives under one).',
  );
}
const result = spawnSync(binPath('node'), [binPath('astro'), 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  if (result.error) console.error(`Could not start Astro: ${result.error.message}. Run \`npm install\` first.`);
  console.error(
    `\nThe build failed, so ${outDir}/ was removed: nothing half-built can be served. Fix the problems above and run the build again.`,
  );
  process.exit(result.status ?? 1);
}
