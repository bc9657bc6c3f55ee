import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (docs/architecture.md §7).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several work trees run their journeys side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? 'list' : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // A fresh demo database every run.
    command: `rm -rf .data/e2e-${PORT} && npm run build -w @inzetbaar/web && PORT=${PORT} SIGN_IN_PER_MINUTE=120 DATA_DIR=.data/e2e-${PORT} node apps/server/bin/inzetbaar.mjs serve`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 360_000,
  },
});
