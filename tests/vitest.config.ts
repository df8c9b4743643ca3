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
    // expect.poll waits for the page or the archive to reach a state; vitest gives up after 1 s by default. On a
    // loaded CI machine one read of an input's value through Playwright took 0.99 s (4× CPU throttle, both cores
    // busy), and a poll in letters.test.ts failed with the value from before a click the page had not yet handled.
    // A poll still fails on a wrong value; it only waits longer for the right one.
    expect: { poll: { timeout: 15_000 } },
  },
});
