// Gold resolution against the parsed seeds: 文号 variants, titles, carried titles, headings, captions, run-in heads, the notice itself.

import { describe, expect, it } from 'vitest';
import { resolveGold, resolveNotice } from '../../src/eval/gold.js';
import type { Corpus, Notice } from '../../src/ingest/types.js';
import { byDocNo, byTitle, seedCorpus } from '../helpers.js';

const ok = async (doc: string, section: string) => {
  const r = resolveGold(await seedCorpus(), { doc, section });
  if (!r.ok) throw new Error(r.message);
  return r.gold;
};

describe('resolveNotice', () => {
  it('normalises 文号 bracket variants', async () => {
    const c = await seedCorpus();
    for (const doc of ['静府发〔2021〕15号', '静府发【2021】15号', '静府发[2021]15号', '静府发（2021）15号']) {
      const r = resolveNotice(c, doc);
      expect(r.ok && r.notice.id).toBe(byDocNo(c, '静府发〔2021〕15号').id);
    }
  });

  it('prefers the document titled so over the 政策解读 that carries the same title', async () => {
    // The 政策解读's carried title is "静安区公共租赁住房申请供应和租后管理办法(2021版)": the title tier must win.
    const c = await seedCorpus();
    const 办法 = byTitle(c, '租后管理办法（2021版）');
    for (const doc of ['静安区公共租赁住房申请供应和租后管理办法（2021版）', '静安区公共租赁住房申请供应和租后管理办法(2021版)',
      '《静安区公共租赁住房申请供应和租后管理办法》']) {
      const r = resolveNotice(c, doc);
      expect(r.ok && r.notice.id, doc).toBe(办法.id);
    }
    const r = resolveNotice(c, '关于《静安区公共租赁住房申请供应和租后管理办法(2021版)》的政策解读');
    expect(r.ok && r.notice.kind).toBe('政策解读');
  });

  it('finds forwarded documents by the title they carry, with or without 《》', async () => {
    const c = await seedCorpus();
    const r = resolveNotice(c, '苏河湾功能区“十四五”规划');
    expect(r.ok && r.notice.docNo).toBe('静府发〔2021〕14号');
    const s = resolveNotice(c, '静安区产业发展“十四五”规划编制说明');
    expect(s.ok && s.notice.kind).toBe('编制说明');
  });

  it('reports a 文号 or title that names nothing', async () => {
    const c = await seedCorpus();
    expect(resolveNotice(c, '静府发〔2099〕1号')).toEqual({ ok: false, message: 'no notice numbered "静府发〔2099〕1号" in the corpus' });
    expect(resolveNotice(c, '静安区养老服务规划')).toEqual({ ok: false, message: 'no notice titled "静安区养老服务规划" in the corpus' });
  });

  it('reports a title shared by two notices', () => {
    const n = (id: string) => ({ id, title: '同名文件', carriedTitle: null, docNoNorm: null } as Notice);
    const corpus = { notices: [n('a'), n('b')] } as Corpus;
    expect(resolveNotice(corpus, '同名文件')).toEqual({ ok: false, message: '"同名文件" matches 2 notices (a, b)' });
  });
});

describe('resolveGold', () => {
  it('matches heading texts whatever the spacing and width', async () => {
    const g = await ok('静安区公共租赁住房申请供应和租后管理办法（2021版）', '第五条申请条件');
    expect(g).toMatchObject({ via: 'heading', pathKeys: ['第五条申请条件'], spans: [] });
  });

  it('matches table captions and keeps the caption as parsed for comparison', async () => {
    const g = await ok('静府发〔2021〕12号', '大宁功能区“十四五”时期经济社会发展主要指标');
    expect(g.via).toBe('table');
    expect(g.pathKeys).toEqual(['大宁功能区"十四五"时期经济社会发展主要指标']);
  });

  it('matches the lead sentence of a paragraph as a run-in heading, with the paragraph lines', async () => {
    // seeds/001 line 1429: "强化健康金融要素支撑。积极发展面向生命健康产业的投资基金…" — a body paragraph under （四）.
    const g = await ok('静府发〔2021〕17号', '强化健康金融要素支撑');
    expect(g.via).toBe('runIn');
    expect(g.spans).toEqual([{ file: '001_d19f013ca5b3f09a.txt', startLine: 1429, endLine: 1429 }]);
  });

  it('accepts the notice itself: title, carried title, or the header line with the issuer', async () => {
    // seeds/000 line 5 writes the header as "上海市静安区人民政府 关于印发《大宁功能区"十四五" 规划》的通知".
    for (const section of ['上海市静安区人民政府 关于印发《大宁功能区"十四五" 规划》的通知', '关于印发《大宁功能区“十四五”规划》的通知', '大宁功能区“十四五”规划']) {
      const g = await ok('静府发〔2021〕12号', section);
      expect(g.via, section).toBe('notice');
    }
  });

  it('reports a section the notice does not have, naming the notice', async () => {
    const c = await seedCorpus();
    const r = resolveGold(c, { doc: '静府发〔2021〕17号', section: '第九条  附则' });
    expect(r).toEqual({ ok: false, message: `"静府发〔2021〕17号" (${byDocNo(c, '静府发〔2021〕17号').id}) has no heading, table caption, run-in heading or title "第九条  附则"` });
  });
});
