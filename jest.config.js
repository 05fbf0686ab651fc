// Two projects in one run: fast unit tests, and end-to-end tests against real
// registries and builders. `npm test` runs both; `--selectProjects` picks one.
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], slowTestThreshold: 60 },
    // Crafted layouts, hostile servers and policies: each defence with the attack it stops.
    { ...common, displayName: 'hostile', testMatch: ['<rootDir>/test/hostile/**/*.test.ts'] },
    // Real Debian images (debootstrap + packages, cached) and planted secrets: no false positives, no misses.
    { ...common, displayName: 'corpus', testMatch: ['<rootDir>/test/corpus/**/*.test.ts'] },
  ],
  testTimeout: 30000,
  // Each test file leaves 3-5 MB of heap in its worker (jest's module registries under --experimental-vm-modules),
  // so a worker ended a run at ~585 MB of heap and 1 GB RSS. Exiting that took 560-650 ms here, past jest's 500 ms,
  // so every run ended with "A worker process has failed to exit gracefully" and a killed worker. Recycling a worker
  // once its heap passes 300 MB keeps the exit quick and the collector's work small: unit + hostile on 2 workers took
  // 88 s against 107-139 s, with no warning.
  workerIdleMemoryLimit: '300MB',
  // Even so, a worker's exit is its memory's teardown: 120-205 ms for the full suite alone, but .ci/run type-checks and
  // bundles beside the tests and one worker still missed 500 ms there. A leaked handle keeps a worker alive for good,
  // so 3 s still catches every leak this warning is for.
  workerGracefulExitTimeout: 3000,
  // Slowest files first, by the durations CI measured, where jest's cache has none (a fresh clone).
  testSequencer: '<rootDir>/test/sequencer.js',
};
