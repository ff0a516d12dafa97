// The Worker's jieba (WebAssembly) must cut exactly as the Node index's jieba (native) did, or queries miss terms.

import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Segmenter } from '../../src/index/tokenizer.js';
import { createJiebaSegmenter, createJiebaTokenizer } from '../../src/node/jieba-tokenizer.js';
import { createWasmSegmenter } from '../../src/worker/wasm-segmenter.js';
import { seedCorpus } from '../helpers.js';
import { comparedTexts } from './texts.js';
import { jiebaWasmModule } from './wasm.js';

describe('jieba: @node-rs/jieba (Node) and jieba-wasm (Worker)', () => {
  let native: Segmenter;
  let wasm: Segmenter;
  let texts: string[];
  beforeAll(async () => {
    native = createJiebaSegmenter();
    wasm = createWasmSegmenter(jiebaWasmModule());
    texts = comparedTexts(await seedCorpus());
  });

  it('claim the same segmentation, so the keyword index built in Node accepts the Worker analyzer', () => {
    expect(createAnalyzer(wasm).id).toBe(createJiebaTokenizer().id);
  });

  it('cut a known sentence the same way (search mode adds the parts of long words; HMM finds the unlisted name)', () => {
    // 熊建菁 is not in jieba's dictionary: only HMM joins it; search mode adds 中华/华人/人民… inside 中华人民共和国
    for (const s of [wasm, native]) {
      expect(s.cut('熊建菁同志任静安区副区长')).toContain('熊建菁');
      expect(s.cut('中华人民共和国')).toEqual(['中华', '华人', '人民', '共和', '共和国', '中华人民共和国']);
    }
  });

  it('produce identical analyzer tokens for every eval question, history turn and chunk (context and full body)', () => {
    const a = createAnalyzer(native);
    const b = createAnalyzer(wasm);
    const differing = texts.filter((t) => JSON.stringify(a.tokenize(t)) !== JSON.stringify(b.tokenize(t)));
    expect(texts.length).toBeGreaterThan(268 + 2 * 700);
    expect(differing).toEqual([]);
  });

  it('produce identical raw cuts too (the answerer vocabulary segments un-normalised text)', () => {
    const differing = texts.filter((t) => JSON.stringify(native.cut(t)) !== JSON.stringify(wasm.cut(t)));
    expect(differing).toEqual([]);
  });

  it('tag every word of the eval questions alike (the answerer weighs modifiers by part of speech)', () => {
    const words = [...new Set(texts.slice(0, 400).flatMap((t) => native.cut(t)))];
    expect(words.length).toBeGreaterThan(500);
    expect(words.filter((w) => native.tag!(w) !== wasm.tag!(w))).toEqual([]);
    // a word the dictionary would cut in two has no tag of its own
    expect([native.tag!('一般'), native.tag!('人力资源'), native.tag!('一般人力资源')]).toEqual(['a', 'n', 'x']);
  });
});
