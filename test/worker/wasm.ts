// Test helper: the jieba WebAssembly module the Worker bundles, compiled in Node from the same file.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export const JIEBA_WASM_PATH = join(ROOT, 'node_modules', 'jieba-wasm', 'pkg', 'web', 'jieba_rs_wasm_bg.wasm');

export function jiebaWasmModule(): WebAssembly.Module {
  return new WebAssembly.Module(readFileSync(JIEBA_WASM_PATH));
}
