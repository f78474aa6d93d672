/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  // Suites end in .test.ts; __tests__/helpers holds shared test code.
  testMatch: ['**/__tests__/**/*.test.ts'],
  // ts-jest in transpile-only mode (types are checked once by `tsc --noEmit` in `npm test`).
  // Pure JavaScript: no platform-specific binary, so `npm ci` works from the lock file anywhere.
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'es2022', esModuleInterop: true, allowJs: true, isolatedModules: true } }],
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'es2022', allowJs: true, isolatedModules: true } }],
  },
  // franc and its helpers are ESM-only: transform them to CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(franc|trigram-utils|n-gram|collapse-white-space)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
};
