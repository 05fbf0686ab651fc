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
  // Slowest files first, by the durations CI measured, where jest's cache has none (a fresh clone).
  testSequencer: '<rootDir>/test/sequencer.js',
};
