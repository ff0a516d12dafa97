// Notices the seeds do not contain, written in the same genre, so the parser is tested beyond the seeds.

import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/corpus.js';
import { normaliseDocNo, parseDocNo, findDocNos } from '../../src/ingest/doc-number.js';
import { fixture } from '../helpers.js';

describe('notice numbers', () => {
  it('normalises bracket and spacing variants to one form', () => {
    expect(parseDocNo('静府发〔2021〕15号')).toBe('静府发〔2021〕15号');
    expect(parseDocNo('静府发[2021] 15 号')).toBe('静府发〔2021〕15号');
    expect(parseDocNo('静房规【2017】1号')).toBe('静房规〔2017〕1号');
    expect(parseDocNo('静府发（2021）15号')).toBe('静府发〔2021〕15号');
    expect(normaliseDocNo('沪府发', 2021, '06')).toBe('沪府发〔2021〕6号');
  });

  it('finds every number cited in a sentence, with its position', () => {
    const found = findDocNos('根据《公共租赁住房管理办法》(住建部【2012】第11号令)、《实施意见》（沪房规范【2021】5号）');
    expect(found.map((f) => f.norm)).toEqual(['住建部〔2012〕11号', '沪房规范〔2021〕5号']);
  });
});

describe('new notices in the seeds’ genre', () => {
  it('markdown, number before the title, pipe table with a wrapped cell, cited number kept apart', () => {
    const c = ingestCorpus([fixture('new-number-before-title.md')]);
    expect(c.notices).toHaveLength(1);
    const n = c.notices[0]!;
    expect([n.docNo, n.docNoNorm, n.title, n.carriedTitle, n.issuer, n.date, n.kind]).toEqual([
      '静府发[2022] 3 号', '静府发〔2022〕3号', '关于印发《彭浦功能区“十四五”规划》的通知', '彭浦功能区“十四五”规划',
      '上海市静安区人民政府', '2022-01-10', '规划',
    ]);
    expect(n.headings.map((h) => `${h.level}:${h.text}`)).toEqual([
      '1:一、发展基础', '2:（一）主要成效', '1:二、发展目标', '1:三、保障措施', '2:1. 加强组织领导',
    ]);
    expect(n.tables.map((t) => t.cells)).toEqual([
      { 序号: '1', 指标: '税收收入年均增长率', 属性: '预期性', 单位: '%', '2025年目标': '9' },
      { 序号: '2', 指标: '新增公共绿地', 属性: '约束性', 单位: '万平方米', '2025年目标': '2.5' },
    ]);
    expect(n.tables[0]!.caption).toBe('二、发展目标');
    expect(n.cites).toEqual(['沪府发〔2021〕8号']);
    expect(c.debris.map((d) => d.reason)).toEqual(['markup']);
  });

  it('number after a wrapped title, carried title not mistaken for a new notice, run-in headings', () => {
    const c = ingestCorpus([fixture('new-number-after-title.txt')]);
    expect(c.notices).toHaveLength(1);
    const n = c.notices[0]!;
    expect([n.docNo, n.title, n.forwarding, n.carriedTitle, n.issuer, n.date, n.kind]).toEqual([
      '静府办发〔2022〕7号', '关于转发区民政局《静安区养老服务设施布局实施方案》的通知', '转发',
      '静安区养老服务设施布局实施方案', '上海市静安区人民政府办公室', '2022-03-15', '实施方案',
    ]);
    const p = n.paragraphs.find((x) => x.text.startsWith('2．家庭照护床位'))!;
    expect(p.path).toEqual(['二、主要任务', '（一）完善设施网络', '2．家庭照护床位']);
    expect(n.paragraphs.find((x) => x.text === '引导专业机构参与服务。')!.path).toEqual(['二、主要任务', '（二）加强队伍建设']);
  });

  it('an article-style rule: chapters, articles, clauses, validity, repeal, alias', () => {
    const c = ingestCorpus([fixture('new-rule.txt')]);
    const n = c.notices[0]!;
    expect([n.title, n.kind, n.docNo, n.validFrom, n.validTo]).toEqual([
      '静安区人才公寓租赁管理办法（2022版）', '办法', null, '2022-05-01', '2027-04-30',
    ]);
    expect(n.headings.map((h) => `${h.level}:${h.text}`)).toEqual([
      '1:第一章 总则', '2:第一条  目的依据', '2:第二条  适用范围', '1:第二章 申请条件', '2:第三条  申请条件',
      '1:第三章 附则', '2:第四条  施行日期',
    ]);
    const clause = n.paragraphs.find((p) => p.text.startsWith('（二）在本市无自有住房'))!;
    expect([clause.role, clause.path]).toEqual(['item', ['第二章 申请条件', '第三条  申请条件']]);
    expect(n.repeals).toEqual([{ title: '静安区人才公寓管理暂行办法', docNo: '静人社规【2019】2号' }]);
    expect(n.aliases).toEqual([{ alias: '公寓', full: '本区筹措的人才公寓', source: 'definition' }]);
  });

  it('a one-cell-per-line table with wrapped cells, an empty merged cell and a split header', () => {
    const c = ingestCorpus([fixture('new-table.txt')]);
    const n = c.notices[0]!;
    expect(n.docNo).toBe('静府发〔2022〕9号');
    expect(n.tables.map((t) => t.cells)).toEqual([
      { 类别: '经济数字化', 序号: '1', 指标: '数字经济核心产业增加值占比', 属性: '预期性', 单位: '%', '2025年目标': '15' },
      { 类别: '经济数字化', 序号: '2', 指标: '新增数字化转型示范企业', 属性: '预期性', 单位: '家', '2025年目标': '30' },
    ]);
    expect(n.tables[0]!.caption).toBe('静安区数字化转型主要指标');
    expect(n.tables[0]!.path).toEqual(['一、主要指标', '静安区数字化转型主要指标']);
  });

  it('two new notices in one compilation file split into two', () => {
    const a = new TextDecoder().decode(fixture('new-number-after-title.txt').bytes);
    const b = new TextDecoder().decode(fixture('new-table.txt').bytes);
    const c = ingestCorpus([{ name: 'both.txt', bytes: new TextEncoder().encode(`${a}\n${b}`) }]);
    expect(c.notices.map((n) => n.docNo)).toEqual(['静府办发〔2022〕7号', '静府发〔2022〕9号']);
  });
});

describe('one number, two different texts', () => {
  it('is reported with both places instead of silently keeping one', () => {
    const a = new TextDecoder().decode(fixture('new-number-after-title.txt').bytes);
    const b = a.replace(/一、工作目标[\s\S]*$/, '一、总体要求\n本方案聚焦社区食堂建设，每个街镇建成2家社区食堂。\n');
    const c = ingestCorpus([{ name: 'a.txt', bytes: new TextEncoder().encode(a) }, { name: 'b.txt', bytes: new TextEncoder().encode(b) }]);
    expect(c.notices).toHaveLength(1);
    const conflict = c.issues.find((i) => i.code === 'NOTICE_CONFLICT')!;
    expect(conflict).toMatchObject({ file: 'b.txt', line: 1, severity: 'warning' });
    expect(conflict.message).toContain('a.txt:1');
  });

  it('the same notice in two layouts is not a conflict (大宁 in 000 and 001)', async () => {
    const { seedCorpus } = await import('../helpers.js');
    expect((await seedCorpus()).issues.filter((i) => i.code === 'NOTICE_CONFLICT')).toEqual([]);
  });
});
