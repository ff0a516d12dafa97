// The engine the browser tests drive: the fake engine over the real corpus until the real one is wired in.

import type { Engine } from '../../src/engine/types.js';
import { createFakeEngine } from '../http/fake-engine.js';

export async function browserEngine(): Promise<Engine> {
  return createFakeEngine();
}
