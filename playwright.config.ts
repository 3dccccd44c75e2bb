import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Several checkouts may run their browser tests at once; PLAYWRIGHT_PORT keeps them apart.
const port = Number(process.env.PLAYWRIGHT_PORT ?? 4329);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `astro preview --port ${port}`,
    // Astro would otherwise post usage data to telemetry.astro.build (see scripts/paths.mjs).
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
