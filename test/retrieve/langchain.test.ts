import { describe, expect, it } from 'vitest';
import { BaseRetriever } from '@langchain/core/retrievers';
import { PolicyLangChainRetriever } from '../../src/retrieve/langchain-retriever.js';
import { createRetriever } from '../../src/retrieve/retriever.js';
import { seedParts } from './setup.js';

describe('LangChain BaseRetriever adapter', () => {
  it('returns the same passages as Documents, with citation metadata and the rewritten query', async () => {
    const inner = createRetriever(await seedParts());
    const history = [{ role: 'user' as const, content: '大宁功能区新增商业商务楼宇建筑面积的目标是多少？' }];
    const lc = new PolicyLangChainRetriever({ retriever: inner, k: 3, history });
    expect(lc).toBeInstanceOf(BaseRetriever);
    const docs = await lc.invoke('那南京西路呢？');
    const direct = await inner.retrieve('那南京西路呢？', { k: 3, history });
    expect(docs.map((d) => d.metadata.chunkId)).toEqual(direct.hits.map((h) => h.chunk.id));
    expect(docs[0]!.pageContent).toBe(direct.hits[0]!.chunk.text);
    expect(docs[0]!.metadata).toMatchObject({
      docNo: '静府发〔2021〕13号',
      section: '南京西路功能区“十四五”时期经济社会发展主要指标',
      rewritten: '南京西路功能区新增商业商务楼宇建筑面积的目标是多少？',
      score: direct.hits[0]!.score,
    });
    expect(docs[0]!.metadata.source.file).toMatch(/\.txt$/);
  });
});
