// The real engine for HTTP and browser tests, over the seeds, with its index in a git-ignored test directory.

import { join } from 'node:path';
import type { Engine } from '../../src/engine/types.js';
import { parseConfig } from '../../src/node/config.js';
import { loadEngine } from '../../src/node/engine.js';
import { ROOT, SEEDS } from '../helpers.js';

const cached = new Map<string, Promise<Engine>>();

/**
 * Loads the engine with its index in test/artifacts/index-<name>: built on first use (about 10 s), reused while
 * the seeds and settings are unchanged. One folder per test file, so files running in parallel never race on a build.
 */
export function realEngine(name: string): Promise<Engine> {
  let engine = cached.get(name);
  if (!engine) {
    engine = loadEngine(parseConfig({ SEEDS_DIR: SEEDS, INDEX_DIR: join(ROOT, 'test', 'artifacts', `index-${name}`) }));
    cached.set(name, engine);
  }
  return engine;
}
