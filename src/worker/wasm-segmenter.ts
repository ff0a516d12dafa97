// Worker edge: jieba-rs compiled to WebAssembly (jieba-wasm), the same segmentation the Node index was built with.

import { cut_for_search, initSync, tag } from 'jieba-wasm/web';
import { tagOf, type Segmenter } from '../index/tokenizer.js';

/**
 * Names the segmentation, not the binary: jieba-rs with its default dictionary, search mode, HMM on. It is the id
 * the Node segmenter (@node-rs/jieba) writes into the index manifest, so the keyword index accepts the Worker's
 * analyzer; test/worker/tokens.test.ts (Node) and test/worker/workerd/tokens.test.ts (workerd) prove both builds
 * cut every eval question and chunk alike, and fail the day a version bump makes that claim false.
 */
export const JIEBA_SEGMENTATION_ID = 'jieba-rs-2.0.2-default-search-hmm';

/**
 * Workers may not compile WebAssembly from bytes at run time, so the caller passes the module the bundler
 * imported (`import wasm from '…/jieba_rs_wasm_bg.wasm'`); in Node the module compiled from the same file.
 * The wasm instance is the package's own module-level state, initialised once; later calls reuse it.
 */
export function createWasmSegmenter(module: WebAssembly.Module): Segmenter {
  initSync({ module });
  return {
    id: JIEBA_SEGMENTATION_ID, cut: (text) => cut_for_search(text, true),
    tag: (w) => tagOf(tag(w, false)),
  };
}
