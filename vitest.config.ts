// Vitest: two projects in one run — Node (unit, contract, HTTP, browser tests under test/) and workerd (the Worker).

import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const WORKERD_TESTS = 'test/worker/workerd/**/*.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [WORKERD_TESTS, '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // the Worker from wrangler.toml, run inside workerd; its assets are built by the global setup (in Node),
        // which also provides the Node service's answers to compare with. AI and Vectorize never run locally.
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: './src/worker.ts',
            remoteBindings: false,
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // 268 questions in a few seconds from one address: above the production limit of 120 a minute
              bindings: { RATE_LIMIT_PER_MIN: '100000' },
              assets: { directory: inject('workerAssetsDir'), binding: 'ASSETS', routerConfig: { invoke_user_worker_ahead_of_assets: true } },
            },
          })),
        ],
        test: {
          name: 'workers',
          include: [WORKERD_TESTS],
          globalSetup: ['test/worker/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
