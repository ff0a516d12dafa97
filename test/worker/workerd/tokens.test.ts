// Inside workerd: jieba-wasm through the analyzer gives the tokens the Node analyzer (native jieba) gave in Node.

import jiebaWasm from '../../../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm';
import { describe, expect, inject, it } from 'vitest';
import { createAnalyzer } from '../../../src/index/tokenizer.js';
import { createWasmSegmenter } from '../../../src/worker/wasm-segmenter.js';

describe('query tokens in workerd', () => {
  it('equal the Node tokens for every eval question, history turn and chunk (context line, first 200 chars)', () => {
    const { tokens } = inject('nodeReference');
    const analyzer = createAnalyzer(createWasmSegmenter(jiebaWasm));
    expect(tokens.length).toBeGreaterThan(268 + 2 * 700);
    const differing = tokens.filter(([text, want]) => JSON.stringify(analyzer.tokenize(text)) !== JSON.stringify(want)).map(([t]) => t);
    expect(differing).toEqual([]);
  });
});
