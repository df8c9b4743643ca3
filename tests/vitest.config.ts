import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two cores: a second test file in parallel gains almost nothing (the run took as long) but lets a
    // 20,000-row e2e starve a browser test of CPU, so files run one after another.
    fileParallelism: false,
  },
});
