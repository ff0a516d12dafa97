// The LangChain baseline over the raw seeds: query bigrams, passages placed back into notices and sections, the ChatResponse shape.

import { Embeddings } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { passageRange, placeRange } from '../../src/eval/locate.js';
import { bigramQuery, createBaseline } from '../../src/node/baseline.js';
import { byTitle, seedCorpus } from '../helpers.js';

const FILE = '001_d19f013ca5b3f09a.txt';

/** Deterministic stand-in for the product's embedder: character bigrams hashed into 128 dimensions, L2-normalised. */
class BigramHashEmbeddings extends Embeddings {
  constructor() { super({}); }
  private vec(t: string): number[] {
    const v = new Array<number>(128).fill(0);
    const chars = [...t];
    for (let i = 0; i + 1 < chars.length; i++) {
      let h = 0;
      for (const c of chars[i]! + chars[i + 1]!) h = (h * 31 + c.charCodeAt(0)) >>> 0;
      v[h % 128]! += 1;
    }
    const n = Math.hypot(...v) || 1;
    return v.map((x) => x / n);
  }
  async embedDocuments(texts: string[]) { return texts.map((t) => this.vec(t)); }
  async embedQuery(text: string) { return this.vec(text); }
}

describe('bigramQuery', () => {
  it('turns each letter/digit run into overlapping character pairs, lower-cased and deduplicated', () => {
    expect(bigramQuery('申请条件？申请 AB1')).toBe('申请 请条 条件 ab b1');
    expect(bigramQuery('房')).toBe('房');
  });
});

describe('placeRange', () => {
  it('puts a passage where most of its characters lie', async () => {
    // seeds/001: line 2148 is 第四条's last item "（三）单位申请人。…", 2149 "第五条  申请条件", 2151 its item "（一）具有本市常住户口…".
    const c = await seedCorpus();
    const src = c.sources.find((s) => s.name === FILE)!;
    const line = (n: number) => src.text.slice(src.lineStarts[n - 1], src.lineStarts[n]);
    const tail = line(2148).slice(-10);
    const text = tail + line(2149) + line(2150) + line(2151);
    const range = passageRange(c, FILE, 2148, text);
    expect(src.text.slice(range.start, range.end)).toBe(text);
    const p = placeRange(c, range);
    expect(p.notice!.id).toBe(byTitle(c, '租后管理办法（2021版）').id);
    expect(p.path[p.path.length - 1]).toBe('第五条  申请条件');
    const mostly第四条 = placeRange(c, passageRange(c, FILE, 2148, line(2148) + line(2149)));
    expect(mostly第四条.path[mostly第四条.path.length - 1]).toBe('第四条  申请主体');
  });

  it('gives no notice for text outside every notice', async () => {
    expect(placeRange(await seedCorpus(), { file: 'other.txt', start: 0, end: 30 })).toEqual({ notice: null, path: [] });
  });
});

describe('createBaseline', () => {
  it('answers with the top passage and cites its file, notice and section', async () => {
    const c = await seedCorpus();
    const b = await createBaseline({ corpus: c, embeddings: new BigramHashEmbeddings(), embedderName: 'bigram-hash-128' });
    expect(b.description).toContain('RecursiveCharacterTextSplitter(400/50');
    // Both retrievers are lexical here and the question repeats a sentence that only 第五条 （一） contains,
    // so the passage holding it must come first.
    const r = await b.ask([{ role: 'user', content: '具有本市常住户口，且与本区就业单位签订1年以上劳动合同' }]);
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('具有本市常住户口，且与本区就业单位签订1年以上');
    expect(r.citations).toHaveLength(1);
    const top = r.citations[0]!;
    expect(top.source.file).toBe(FILE);
    expect(top.noticeId).toBe(byTitle(c, '租后管理办法（2021版）').id);
    expect(top.sectionPath).toContain('第五条  申请条件');
    expect(top.quote).toBe(r.answer);
    expect(r.debug!.hits[0]!.chunkId).toBe(top.chunkId);
    expect(r.debug!.hits.length).toBeGreaterThan(1);
    const place = b.passages.find((p) => p.id === top.chunkId)!;
    expect(place.span).toEqual({ file: FILE, startLine: top.source.startLine, endLine: top.source.endLine });
  });
});
