// Three tiers, each its own jest project: fast unit and evaluation tests,
// the emulator tier (Terraform applies against moto or LocalStack) and the
// key-rotation tier (the rotation command against moto's IAM, STS and SSM).
const transform = { '^.+\\.ts$': ['@swc/jest'] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      transform,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/test/emulator/',
        '<rootDir>/test/rotation/',
      ],
    },
    {
      displayName: 'emulator',
      transform,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/emulator/**/*.test.ts'],
      // One emulator for the run: moto on a free port unless AWS_ENDPOINT_URL is set.
      globalSetup: '<rootDir>/test/emulator/global-setup.ts',
      globalTeardown: '<rootDir>/test/emulator/global-teardown.ts',
    },
    {
      displayName: 'rotation',
      transform,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/rotation/**/*.test.ts'],
    },
  ],
};
