import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The feedback collector on 127.0.0.1: hostile requests, a bounded load, a kill and restart.
      { test: { name: 'collector', include: ['tests/collector/**/*.test.ts'], fileParallelism: false } },
      {
        // Astro builds in one project share its .astro/ folder, so build tests run one file at a time.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
