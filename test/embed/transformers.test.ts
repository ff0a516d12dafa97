// The transformers.js loading path, exercised with a tiny random-weight BERT that uses the bge-small-zh tokenizer
// (../shared/models/test/tiny-random-bert-zh): it proves the wiring, not the quality of any vectors.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Embeddings } from '@langchain/core/embeddings';
import { TransformersEmbeddings } from '../../src/node/transformers-embedder.js';
import { ROOT } from '../helpers.js';

const MODELS = join(ROOT, '..', 'shared', 'models');
const TINY = 'test/tiny-random-bert-zh';
const present = existsSync(join(MODELS, TINY, 'onnx', 'model_quantized.onnx'));
if (!present) console.warn(`skipping transformers.js tests: ${join(MODELS, TINY)} is not there`);

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe.skipIf(!present)('transformers.js embedder (tiny test model)', () => {
  it('loads from the models folder only and gives normalised CLS vectors of the model\'s width', async () => {
    const e = await TransformersEmbeddings.load({ modelsDir: MODELS, model: TINY });
    expect(e).toBeInstanceOf(Embeddings);
    expect(e.kind).toBe('bge');
    expect(e.id).toBe('bge:test/tiny-random-bert-zh:q8:cls-norm');
    expect(e.dimension).toBe(32);
    const docs = await e.embedDocuments(['公共租赁住房申请条件', '新增星级酒店']);
    expect(docs).toHaveLength(2);
    for (const v of docs) {
      expect(v).toHaveLength(32);
      expect(norm(v)).toBeCloseTo(1, 4);
    }
    // (dynamic int8 quantisation scales per batch, so only the same batch is expected to repeat exactly)
    expect(await e.embedDocuments(['公共租赁住房申请条件', '新增星级酒店'])).toEqual(docs);
    expect(e.serialize()).toBeNull();
  });

  it('prefixes queries with the bge retrieval instruction (so a query differs from the same text as a passage)', async () => {
    const e = await TransformersEmbeddings.load({ modelsDir: MODELS, model: TINY });
    const [doc] = await e.embedDocuments(['公共租赁住房申请条件']);
    const query = await e.embedQuery('公共租赁住房申请条件');
    expect(query).toHaveLength(32);
    expect(query).not.toEqual(doc);
    const [prefixed] = await e.embedDocuments(['为这个句子生成表示以用于检索相关文章：公共租赁住房申请条件']);
    expect(query).toEqual(prefixed);
  });
});

describe('transformers.js embedder without model files', () => {
  it('fails with MODEL_MISSING naming the folder and the missing files', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'jaq-models-'));
    try {
      const err = await TransformersEmbeddings.load({ modelsDir: empty, model: 'Xenova/bge-small-zh-v1.5' }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'MODEL_MISSING' });
      expect((err as Error).message).toContain('Xenova/bge-small-zh-v1.5');
      expect((err as Error).message).toContain(join('onnx', 'model_quantized.onnx'));
      expect((err as Error).message).toContain('EMBEDDER=lsa');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.skipIf(!present)('fails with MODEL_MISSING for the shared bge folder, which has a tokenizer but no ONNX weights', async () => {
    const err = await TransformersEmbeddings.load({ modelsDir: MODELS, model: 'Xenova/bge-small-zh-v1.5' }).catch((e: unknown) => e);
    if (existsSync(join(MODELS, 'Xenova/bge-small-zh-v1.5/onnx/model_quantized.onnx'))) return; // real weights dropped in
    expect(err).toMatchObject({ code: 'MODEL_MISSING' });
  });
});
