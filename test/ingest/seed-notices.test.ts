// The notices in the seed compilations: numbers, titles, dates, kinds, statuses, validity — written from the source text.

import { describe, expect, it } from 'vitest';
import { byDocNo, byTitle, seedCorpus } from '../helpers.js';

describe('seed corpus: the full list of notices', () => {
  it('finds every notice once, with number, title, date and kind', async () => {
    const c = await seedCorpus();
    const rows = c.notices.map((n) => [n.docNo, n.title, n.date, n.kind]);
    expect(rows).toEqual([
      ['静府发〔2021〕12号', '关于印发《大宁功能区“十四五”规划》的通知', '2021-10-18', '规划'],
      ['静府发〔2021〕11号', '关于批转区房管局《静安区关于开展创建美好家园共同行动工作的实施意见》的通知', '2021-10-08', '实施意见'],
      ['静府发〔2021〕13号', '关于印发《南京西路功能区“十四五”规划》的通知', '2021-10-26', '规划'],
      ['静府发〔2021〕14号', '关于印发《苏河湾功能区“十四五”规划》的通知', '2021-10-26', '规划'],
      ['静府发〔2021〕15号', '关于印发《市北功能区“十四五”规划》的通知', '2021-11-02', '规划'],
      ['静府发〔2021〕16号', '关于批转区卫生健康委《静安区关于深入推进爱国卫生运动的实施方案》的通知', '2021-11-19', '实施方案'],
      ['静府发〔2021〕17号', '关于批转区发展改革委《静安区关于促进生命健康产业发展的实施意见》的通知', '2021-11-29', '实施意见'],
      ['静府发〔2021〕18号', '关于批转区人力资源社会保障局《静安区关于促进人力资源服务产业高质量发展的实施意见》的通知', '2021-12-13', '实施意见'],
      ['静府发〔2021〕19号', '关于批转区体育局《上海市静安区全民健身实施计划（2021-2025）》的通知', '2021-12-20', '实施计划'],
      [null, '二○二一年十至十二月份区政府人事任免事项', null, '人事任免'],
      ['静府办发〔2021〕12号', '关于转发区商务委《静安区产业发展“十四五”规划》的通知', '2021-10-09', '规划'],
      ['静府办发〔2021〕13号', '关于转发区规划资源局《静安区城区功能和土地利用“十四五”规划》的通知', '2021-10-15', '规划'],
      ['静府办发〔2021〕14号', '关于转发区教育局《静安区托育服务三年行动计划（2021-2023年）》的通知', '2021-10-15', '行动计划'],
      [null, '静安区公共租赁住房申请供应和租后管理办法（2021版）', null, '办法'],
      [null, '关于《静安区公共租赁住房申请供应和租后管理办法(2021版)》的政策解读', null, '政策解读'],
      [null, '关于《静安区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估报告》公开征询意见的公告', '2023-09-18', '公告'],
      [null, '《静安区产业发展“十四五”规划》编制说明', null, '编制说明'],
    ]);
  });

  it('keeps the carried title of forwarding notices beside the notice title', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕16号');
    expect(n.forwarding).toBe('批转');
    expect(n.carriedTitle).toBe('静安区关于深入推进爱国卫生运动的实施方案');
    const gz = byDocNo(c, '静府办发〔2021〕12号');
    expect([gz.forwarding, gz.carriedTitle]).toEqual(['转发', '静安区产业发展“十四五”规划']);
  });

  it('tells its own number from the numbers it cites', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕16号');
    expect(n.docNo).toBe('静府发〔2021〕16号');
    expect(n.cites).toContain('沪府发〔2021〕6号');
    expect(n.cites).not.toContain('静府发〔2021〕16号');
  });

  it('reads issuers from the header, the signature, or the number series', async () => {
    const c = await seedCorpus();
    expect(byDocNo(c, '静府发〔2021〕11号').issuer).toBe('上海市静安区人民政府');
    // 16号 has no issuer line before its title: 静府发 is the district government's series
    expect(byDocNo(c, '静府发〔2021〕16号').issuer).toBe('上海市静安区人民政府');
    expect(byDocNo(c, '静府办发〔2021〕13号').issuer).toBe('上海市静安区人民政府办公室');
    expect(byTitle(c, '公开征询意见的公告').issuer).toBe('上海市静安区发展和改革委员会');
    expect(byTitle(c, '管理办法（2021版）').issuer).toBe('静安区住房保障和房屋管理局');
  });

  it('records validity, repeal and status where the text states them', async () => {
    const c = await seedCorpus();
    const rule = byTitle(c, '管理办法（2021版）');
    expect([rule.validFrom, rule.validTo]).toEqual(['2021-10-22', '2026-10-21']);
    expect(rule.repeals).toEqual([{ title: '静安区公共租赁住房申请供应和租后管理办法', docNo: '静房规【2017】1号' }]);
    expect(rule.status).toBe('normal');
    expect(byTitle(c, '的政策解读').status).toBe('interpretation');
    const draft = byTitle(c, '公开征询意见的公告');
    expect(draft.status).toBe('draft');
    expect(draft.carriedTitle).toBe('静安区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估报告');
    // 004 only mentions a 征求意见稿 it once drafted; it is not itself a draft
    expect(byTitle(c, '编制说明').status).toBe('normal');
  });

  it('reports the web-form debris of 004 and does not index it', async () => {
    const c = await seedCorpus();
    const web = c.debris.filter((d) => d.reason === 'web-form');
    expect(web).toHaveLength(1);
    expect(web[0]!.span).toMatchObject({ file: '004_3ae9a84e2d63446f.txt', startLine: 27, endLine: 35 });
    const note = byTitle(c, '编制说明');
    expect(note.paragraphs.some((p) => p.text.includes('留言咨询'))).toBe(false);
    expect(c.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('seed corpus: one notice, one record', () => {
  it('merges the 大宁 plan of 000 and 001 and quotes from the cleaner 001 layout', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕12号');
    expect(n.sources.map((s) => s.file).sort()).toEqual(['000_ca039cda87c213b6.txt', '001_d19f013ca5b3f09a.txt']);
    expect(n.primaryFile).toBe('001_d19f013ca5b3f09a.txt');
    expect(c.notices.filter((x) => x.title.includes('大宁功能区'))).toHaveLength(1);
  });

  it('merges the 市北 plan of 003 (markdown) and 001', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕15号');
    expect(n.sources.map((s) => s.file).sort()).toEqual(['001_d19f013ca5b3f09a.txt', '003_3cf0f8e4d2bb009c.txt']);
    expect(n.date).toBe('2021-11-02');
  });

  it('attaches the stray 体育场地设施 layout to the 全民健身 plan that names it', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕19号');
    const last = n.paragraphs.at(-1)!;
    expect(last.path).toEqual(['静安区体育场地设施“四级、三带、多点”总体布局']);
    expect(last.text.startsWith('“多点”为社区市民健身中心')).toBe(true);
  });
});
