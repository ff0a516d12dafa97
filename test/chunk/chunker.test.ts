import { beforeAll, describe, expect, it } from 'vitest';
import { chunkCorpus, chunkNotice, defaultChunkOptions } from '../../src/chunk/chunker.js';
import { packSentences, pieceText, sentences } from '../../src/chunk/split.js';
import type { Chunk } from '../../src/engine/types.js';
import type { Corpus } from '../../src/ingest/types.js';
import { byDocNo, byTitle, seedCorpus } from '../helpers.js';

let corpus: Corpus;
let chunks: Chunk[];
beforeAll(async () => {
  corpus = await seedCorpus();
  chunks = chunkCorpus(corpus);
});

const leaf = (c: Chunk) => c.path[c.path.length - 1];

describe('sentence splitting', () => {
  it('cuts after 。！？； and keeps the punctuation', () => {
    expect(sentences('第一句。第二句；第三句！还有吗？尾巴')).toEqual(['第一句。', '第二句；', '第三句！', '还有吗？', '尾巴']);
  });

  it('packs sentences under the budget and repeats a short last sentence in the next piece', () => {
    const list = ['甲'.repeat(40) + '。', '乙'.repeat(40) + '。', '丙'.repeat(10) + '。', '丁'.repeat(40) + '。'].map((text) => ({ text, para: 0 }));
    // 41 + 41 + 11 > 90, so the first piece ends after 乙; 乙 (41) is too long to repeat
    const pieces = packSentences(list, 90, 20).map(pieceText);
    expect(pieces).toEqual(['甲'.repeat(40) + '。' + '乙'.repeat(40) + '。', '丙'.repeat(10) + '。' + '丁'.repeat(40) + '。']);
    // here the cut falls after 丙 (11 characters ≤ 20), which then opens the next piece too
    const withOverlap = packSentences(list.slice(1), 60, 20).map(pieceText);
    expect(withOverlap).toEqual(['乙'.repeat(40) + '。' + '丙'.repeat(10) + '。', '丙'.repeat(10) + '。' + '丁'.repeat(40) + '。']);
  });

  it('cuts a sentence longer than the budget at a comma', () => {
    const long = `${'甲'.repeat(50)}，${'乙'.repeat(50)}。`;
    expect(packSentences([{ text: long, para: 0 }], 60, 0).map(pieceText)).toEqual([`${'甲'.repeat(50)}，`, `${'乙'.repeat(50)}。`]);
  });
});

describe('chunks of the seed corpus', () => {
  it('have unique ids and stay under the embedder\'s input limit', () => {
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
    for (const c of chunks) expect(c.indexText.length).toBeLessThanOrEqual(defaultChunkOptions.maxChars);
  });

  it('carry notice id, 文号, title and a context line that starts the indexed text', () => {
    for (const c of chunks) {
      expect(c.indexText.startsWith(`${c.contextLine}\n`)).toBe(true);
      expect(c.contextLine).toBe([c.shortTitle, ...c.path].join(' · '));
    }
    const c = chunks.find((x) => leaf(x) === '第五条  申请条件')!;
    expect(c).toMatchObject({ docNo: null, shortTitle: '静安区公共租赁住房申请供应和租后管理办法（2021版）', type: 'text' });
    expect(c.noticeId).toBe(byTitle(corpus, '公共租赁住房申请供应和租后管理办法').id);
  });

  it('make one chunk of an article with its items (第五条 holds its conditions and the unit-applicant rule)', () => {
    const art = chunks.filter((x) => leaf(x) === '第五条  申请条件');
    expect(art).toHaveLength(1);
    expect(art[0]!.text).toContain('（一）具有本市常住户口');
    expect(art[0]!.text).toContain('申请本区公共租赁住房的单位申请人，应为注册在本区范围内的各类企事业单位或团体。');
    expect(art[0]!.paragraphIds.length).toBeGreaterThan(5);
  });

  it('give a run-in heading paragraph its own chunk', () => {
    const c = chunks.find((x) => leaf(x) === '4．住宅小区工作联席会议制度')!;
    expect(c.text).toBe('4．住宅小区工作联席会议制度。会议由业委会主任牵头，业委会成员、楼组长、物业企业代表、业主代表等相关人员参加。有需要时及时召开，会议可邀请居民区党组织成员参加。');
    expect(c.span.startLine).toBe(38);
  });

  it('split a long section at sentence ends, each piece keeping the path', () => {
    // 静府办发〔2021〕13号 "（二）主要任务" has a 766-character paragraph
    const n = byDocNo(corpus, '静府办发〔2021〕13号');
    const pieces = chunks.filter((x) => x.noticeId === n.id && leaf(x) === '（二）主要任务');
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(leaf(p)).toBe('（二）主要任务');
      expect(p.text).toMatch(/[。；！？]$/);
    }
  });

  it('put the notice header (title, date, 文号) in a chunk whose path is the notice title', () => {
    const n = byDocNo(corpus, '静府发〔2021〕17号');
    const head = chunks.find((x) => x.noticeId === n.id && leaf(x) === n.title)!;
    expect(head.text).toContain('（2021年11月29日）');
    expect(head.text).toContain('静府发〔2021〕17号');
    expect(head.path).toEqual([n.title]);
  });

  it('put an indicator row into words as its own chunk', () => {
    const n = byDocNo(corpus, '静府发〔2021〕12号');
    const row = chunks.find((x) => x.noticeId === n.id && x.cells?.['主要指标'] === '税收收入年均增长率')!;
    expect(row.type).toBe('indicator');
    expect(row.text).toBe('模块：经济转型升级；主要指标：税收收入年均增长率；属性：预期性；单位：%；2025年目标：10');
    expect(row.indexText.split('\n')[1]).toBe('模块：经济转型升级 · 主要指标：税收收入年均增长率 · 属性：预期性 · 单位：% · 2025年目标：10');
    expect(leaf(row)).toBe('大宁功能区“十四五”时期经济社会发展主要指标');
    expect(row.recordId).toMatch(/^n/);
  });

  it('put a personnel record into words as its own chunk', () => {
    const p = chunks.find((x) => x.type === 'personnel' && x.cells?.['姓名'] === '熊建菁')!;
    expect(p.text).toBe('姓名：熊建菁；类型：任命；职务：上海市静安区健康促进中心主任');
    expect(p.path).toEqual(['任命职务']);
  });

  it('are a pure function of the notice', () => {
    const n = byDocNo(corpus, '静府发〔2021〕15号');
    expect(chunkNotice(n)).toEqual(chunkNotice(n));
  });
});
