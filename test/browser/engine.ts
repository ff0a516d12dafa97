// The engine the browser tests drive: the real one (its own index folder), served over a real server.

import type { Engine } from '../../src/engine/types.js';
import { realEngine } from '../http/real-engine.js';

export function browserEngine(): Promise<Engine> {
  return realEngine('browser');
}
