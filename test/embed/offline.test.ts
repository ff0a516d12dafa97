import { beforeAll, describe, expect, it } from 'vitest';
import { Embeddings } from '@langchain/core/embeddings';
import { chunkCorpus } from '../../src/chunk/chunker.js';
import { HashEmbeddings } from '../../src/embed/hash-embedder.js';
import { LsaEmbeddings } from '../../src/embed/lsa-embedder.js';
import type { OfflineEmbeddings } from '../../src/embed/types.js';
import { seedCorpus } from '../helpers.js';

let texts: string[];
const fitted: Record<string, OfflineEmbeddings> = {};
beforeAll(async () => {
  texts = chunkCorpus(await seedCorpus()).map((c) => c.indexText);
  fitted.lsa = LsaEmbeddings.fit(texts);
  fitted.hash = HashEmbeddings.fit(texts);
}, 60_000);

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

describe.each(['lsa', 'hash'])('%s embedder', (kind) => {
  const e = () => fitted[kind]!;

  it('is a LangChain Embeddings with an id and a dimension', async () => {
    expect(e()).toBeInstanceOf(Embeddings);
    expect(e().kind).toBe(kind);
    expect(e().id).toMatch(new RegExp(`^${kind}-`));
    const [v] = await e().embedDocuments(['公共租赁住房申请条件']);
    expect(v).toHaveLength(e().dimension);
    expect(await e().embedQuery('公共租赁住房申请条件')).toEqual(v);
  });

  it('gives unit vectors, the same for the same text', () => {
    const v = e().vector('新增星级酒店');
    expect(dot(v, v)).toBeCloseTo(1, 5);
    expect(e().vector('新增星级酒店')).toEqual(v);
  });

  it('puts a paraphrase nearer than an unrelated passage', () => {
    const q = e().vector('公租房租金怎么定');
    const near = e().vector('本区公共租赁住房的租金按略低于市场评估价格的标准执行，定期调整。');
    const far = e().vector('组织开展以灭蚊、蝇、鼠、蟑为主的除“四害”活动');
    expect(dot(q, near)).toBeGreaterThan(dot(q, far));
  });

  it('persists its fitted state and loads back to identical vectors', () => {
    const bytes = e().serialize();
    const back = kind === 'lsa' ? LsaEmbeddings.load(bytes) : HashEmbeddings.load(bytes);
    expect(back.id).toBe(e().id);
    for (const t of ['大宁功能区税收收入年均增长率', '熊建菁', '第五条 申请条件']) expect(back.vector(t)).toEqual(e().vector(t));
  });

  it('fits deterministically: the same texts give the same vectors', () => {
    const some = texts.slice(0, 150);
    const fit = () => (kind === 'lsa' ? LsaEmbeddings.fit(some) : HashEmbeddings.fit(some));
    expect(fit().vector('市北功能区新增星级酒店')).toEqual(fit().vector('市北功能区新增星级酒店'));
  }, 60_000);

  it('rejects a damaged state with INDEX_CORRUPT', () => {
    const bytes = e().serialize().slice(0, 100);
    const load = () => (kind === 'lsa' ? LsaEmbeddings.load(bytes) : HashEmbeddings.load(bytes));
    expect(load).toThrow(expect.objectContaining({ code: 'INDEX_CORRUPT' }));
  });
});
