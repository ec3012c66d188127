// Benchmarks run on the same harness as the integration tests (real servers, real databases),
// through jest's TypeScript transform, one at a time. They measure; they do not assert speed.
const base = require('../package.json').jest;

module.exports = {
  ...base,
  rootDir: '..',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  testTimeout: 600000,
  maxWorkers: 1,
};
