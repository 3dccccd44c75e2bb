import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Astro builds in one project share its .astro/ folder, so build tests run one file at a time.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
