// Node entry for `npm start`: parse the environment once, load the engine, serve the Hono app on HOST:PORT.

import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isAppError } from '../core/errors.js';
import type { Engine } from '../engine/types.js';
import { createApp } from '../http/app.js';
import { parseConfig } from './config.js';
import { loadEngine } from './engine.js';
import { createReindexer } from './reindex.js';

/** An engine whose every call goes to the current one, so a reindex can swap it under the running app. */
function swappable(initial: Engine): { engine: Engine; swap: (next: Engine) => void } {
  let current = initial;
  const engine: Engine = {
    get corpus() {
      return current.corpus;
    },
    get chunks() {
      return current.chunks;
    },
    chat: (messages, opts) => current.chat(messages, opts),
    search: (question, opts) => current.search(question, opts),
    info: () => current.info(),
  };
  return { engine, swap: (next) => (current = next) };
}

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const log = config.LOG_LEVEL === 'silent' ? () => {} : (msg: string) => console.log(msg);
  const started = Date.now();
  const { engine, swap } = swappable(await loadEngine(config, { log }));
  const info = engine.info();
  log(`[engine] ${info.notices} notices, ${info.chunks} chunks, embedder ${info.embedder}, llm ${info.llm ?? 'off'} (${Date.now() - started} ms)`);
  const app = createApp({
    engine,
    config,
    reindex: createReindexer(config, { log, swap }),
    clientAddress: (c) => getConnInfo(c).remote.address,
    log: (msg) => console.error(msg),
  });
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (addr) => {
    log(`静安政策问答 listening on http://${config.HOST}:${addr.port}/ (API docs at /docs)`);
  });
  // Slow or stalled uploads are cut off instead of holding a socket for Node's 5-minute default.
  if ('requestTimeout' in server) {
    server.requestTimeout = 30_000;
    server.headersTimeout = 15_000;
  }
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(isAppError(e) ? `${e.code}: ${e.message}` : e);
  process.exit(1);
});
