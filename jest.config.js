// Two projects: unit tests need nothing (no database, no global set-up); integration tests
// (test/integration) and the explorer's end-to-end tests in headless Chromium (test/e2e) get a real
// Neo4j test instance started by globalSetup, on its own ports and data directory, never the
// development database.
const common = { preset: 'ts-jest', testEnvironment: 'node' };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  // One worker: the integration suites share one test database and reset it per file.
  maxWorkers: 1,
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/test/unit'] },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/test/integration', '<rootDir>/test/e2e'],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
    },
  ],
};
