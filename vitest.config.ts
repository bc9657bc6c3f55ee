import { defineConfig } from 'vitest/config';

// Test tiers (docs/architecture.md §7): unit = pure domain code; integration = HTTP through
// app.request() on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set (parity).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/domain/src/**/*.test.ts',
            'packages/contracts/src/**/*.test.ts',
            'data/**/*.test.ts',
            'apps/server/src/import/**/*.test.ts',
            'apps/server/src/architecture/**/*.test.ts',
            'packages/db/src/demo/**/*.test.ts',
          ],
          env: { TZ: 'Europe/Amsterdam' },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/server/src/**/*.test.ts', 'packages/db/src/**/*.test.ts'],
          exclude: [
            'apps/server/src/import/**',
            'apps/server/src/architecture/**',
            'packages/db/src/demo/**',
          ],
          env: { TZ: 'Europe/Amsterdam' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ['apps/server/test/global-setup.ts'],
          pool: 'forks',
        },
      },
    ],
  },
});
