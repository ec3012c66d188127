// The browser tests (npm run test:browser): Debian's Chromium, driven by playwright-core, against
// the real federation started as `npm start` starts it (once, in global-setup.ts, on free ports
// and a fresh data directory). Not part of `npm test`: CI runs them once, not on each database.
const base = require('../../package.json').jest;

module.exports = {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/support/global-teardown.ts',
  setupFilesAfterEnv: [],
  testTimeout: 180000,
  // The federation takes a while to start on a busy machine (support/global-setup.ts).

  maxWorkers: 1,
};
