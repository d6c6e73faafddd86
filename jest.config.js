/** Unit, contract and end-to-end tests, compiled by SWC (decorator metadata kept for Nest). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const ESM_PACKAGES = [
  '@nestjs',
  'file-type',
  'uid',
  'strtok3',
  'token-types',
  'peek-readable',
  '@tokenizer',
  'uint8array-extras',
  'load-esm',
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // NestJS 12 and a few of its dependencies ship only ES modules; Jest on Node 20 cannot
    // require() them, so they are compiled to CommonJS like our own code.
    '^.+\\.m?js$': ['@swc/jest', { ...swc, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  // Every core, not Jest's default of one fewer: many suites spend their time waiting on
  // processes they start (the service, Chromium, kill/restart), so on a 2-core machine two
  // workers overlap that waiting: one worker took 523 s, two 344 s and 391 s (same machine, warm
  // transform cache). The longest suite, kill/restart, took 97 s of its tests' 300 s allowance.
  maxWorkers: '100%',
};
