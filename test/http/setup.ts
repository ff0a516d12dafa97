// Builds the app over the fake engine with the default configuration (optionally overridden) for HTTP tests.

import { createApp, type AppDeps } from '../../src/http/app.js';
import { parseConfig, type Config } from '../../src/node/config.js';
import { createFakeEngine, type FakeEngine } from './fake-engine.js';

export async function makeApp(env: Record<string, string> = {}, deps: Partial<AppDeps> = {}) {
  const engine: FakeEngine = await createFakeEngine();
  const config: Config = parseConfig(env);
  const app = createApp({ engine, config, ...deps });
  return { app, engine, config };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** Parses a text/event-stream body into [event, data] pairs (data JSON-parsed when it is JSON). */
export function parseSse(text: string): Array<{ event: string; data: unknown }> {
  return text
    .split(/\n\n+/)
    .filter((b) => b.trim() !== '')
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      const raw = data.join('\n');
      let parsed: unknown = raw;
      try {
        parsed = JSON.parse(raw);
      } catch {
        /* [DONE] and other plain data */
      }
      return { event, data: parsed };
    });
}
