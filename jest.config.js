// Unit tests need nothing; integration tests (test/integration) get a real Neo4j test instance
// started by globalSetup, on its own ports and data directory, never the development database.
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  testTimeout: 60_000,
  // One worker: the integration suites share one test database and reset it per file.
  maxWorkers: 1,
};
