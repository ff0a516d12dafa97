// The workerd test runtime's modules, as far as these tests use them (the full types target workerd, not Node).

declare module 'cloudflare:workers' {
  /** the bindings and variables of the Worker under test (wrangler.toml, with the test's assets) */
  export const env: import('../../../src/worker/bindings.js').WorkerEnv;
  /** the Worker's own exports, called in the same isolate */
  export const exports: { default: { fetch(input: Request | string, init?: RequestInit): Promise<Response> } };
}
