import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The few end-to-end tests run the built bin: build it first, so they never test a stale dist/.
    globalSetup: ['test/helpers/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Tests wait on git and child processes as much as on the CPU: two at a time even on two CPUs
    // (vitest's default, one fewer than the CPUs, runs them one by one there).
    maxWorkers: 2,
  },
});
