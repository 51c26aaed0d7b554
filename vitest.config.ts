import { defineConfig } from 'vitest/config';

// No test depends on wall-clock time: on a slow, loaded CI machine a correct test must not fail
// because it was slow. Hangs are bounded by input sizes and step counts inside the tests; speed is
// measured by `npm run bench`. So vitest's own time limits are switched off.
export default defineConfig({
  test: {
    testTimeout: 0,
    hookTimeout: 0,
    teardownTimeout: 0,
    // Forks keep a busy test from starving vitest's worker messaging (RPC time-outs on 2 loaded cores).
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
