// Heading trees, paragraphs and their source spans in the seeds, checked against the text.

import { describe, expect, it } from 'vitest';
import { lineText } from '../../src/ingest/source.js';
import type { Notice } from '../../src/ingest/types.js';
import { byDocNo, byTitle, seedCorpus } from '../helpers.js';

const outline = (n: Notice, maxLevel = 9) =>
  n.headings.filter((h) => h.level <= maxLevel).map((h) => `${'  '.repeat(h.level - 1)}${h.text}`);

describe('heading trees', () => {
  it('reads the 30 articles of the 公租房 办法 with their titles under their chapters', async () => {
    const c = await seedCorpus();
    const n = byTitle(c, '管理办法（2021版）');
    const articles = n.headings.filter((h) => /^第.+条$/.test(h.label));
    expect(articles).toHaveLength(30);
    expect(articles.map((a) => a.title)).toEqual([
      '适用范围', '工作职责', '供应对象', '申请主体', '申请条件', '住房面积的计算', '配租标准', '项目供应方案',
      '申请方式', '禁止同时申请本市其他保障性住房', '审核', '公示', '资格确认', '复核', '配租', '选房', '签约',
      '入住', '轮候', '租赁合同管理', '租金管理', '物业管理', '退出管理', '腾退和过渡', '如实申报的义务',
      '虚假申报的处理', '申请人信息的限制使用', '社会监督', '管理和考核', '其他',
    ]);
    const chapters = n.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(chapters).toEqual(['总 则', '申请与审核', '供应标准', '申请受理', '审核确认', '配租与轮候', '租后管理', '虚假申报的处理', '附则']);
    const art5 = articles[4]!;
    expect(art5.text).toBe('第五条  申请条件');
    expect(n.headings.find((h) => h.id === art5.parentId)!.text).toBe('申请与审核');
  });

  it('a heading whose label the text dropped is a sibling of the numbered section before it (静府发〔2021〕16号)', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕16号');
    // seeds/001 lines 1368–1388: "三、主要任务" / "（一）…" / "（二）…" with 1．–3． / "着力提升健康治理能力" (no "（三）")
    // with 1．–4． / "全面普及健康生活" (no "（四）") with 1．–3． / "四、组织保障"
    const tasks = n.headings.find((h) => h.text === '三、主要任务')!;
    const children = n.headings.filter((h) => h.parentId === tasks.id).map((h) => h.text);
    expect(children).toEqual(['（一）持续提升健康环境建设', '（二）巩固深化卫生健康创建管理', '着力提升健康治理能力', '全面普及健康生活']);
    const under = (title: string) => n.headings.filter((h) => h.parentId === n.headings.find((x) => x.text === title)!.id).map((h) => h.text);
    expect(under('着力提升健康治理能力')).toEqual(['1．落实爱国卫生依法管理', '2．创新社会动员机制', '3．提升信息化程度', '4．加强专业人员能力建设']);
    expect(under('全面普及健康生活')).toEqual(['1．加强健康知识科普', '2．培育健康生活方式', '3．践行绿色环保理念']);
  });

  it('keeps article clauses as items of their article, not as headings', async () => {
    const c = await seedCorpus();
    const n = byTitle(c, '管理办法（2021版）');
    const clause = n.paragraphs.find((p) => p.text.startsWith('（一）在本市人均住房建筑面积低于15平方米'))!;
    expect(clause.role).toBe('item');
    expect(clause.path).toEqual(['申请与审核', '第五条  申请条件']);
  });

  it('builds the 大宁 plan tree from 一、/（一）/1． headings', async () => {
    const c = await seedCorpus();
    const top = outline(byDocNo(c, '静府发〔2021〕12号'), 2);
    expect(top.slice(0, 8)).toEqual([
      '一、发展基础', '  （一）“十三五”以来主要成绩', '  （二）主要矛盾与问题', '  （三）发展形势',
      '二、“十四五”总体发展思路', '  （一）指导思想', '  （二）发展目标', '  （三）总体策略',
    ]);
  });

  it('reads run-in headings ("1．区级工作联席会议制度。会议由…")', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕11号');
    const p = n.paragraphs.find((x) => x.text.startsWith('1．区级工作联席会议制度。'))!;
    expect(p.role).toBe('runIn');
    expect(p.path).toEqual(['二、工作措施', '（一）着力推动社区物业管理党建联建四级联席会议实体化运作', '1．区级工作联席会议制度']);
  });

  it('reads the parts of the mid-term report and its ASCII-bracket sub-headings', async () => {
    const c = await seedCorpus();
    const n = byTitle(c, '公开征询意见的公告');
    expect(outline(n, 1)).toEqual([
      '第一部分 《纲要》实施总体情况', '第二部分 《纲要》主要指标、重大项目完成情况', '第三部分 《纲要》重点任务完成情况',
      '第四部分《纲要》实施中面临的发展形势及问题', '第五部分 全面完成《纲要》目标任务的举措',
    ]);
    expect(outline(n).slice(1, 4)).toEqual(['第二部分 《纲要》主要指标、重大项目完成情况', '  (一)主要指标完成情况', '  (二)重大项目推进情况']);
  });

  it('gives the untitled 004 its headings and a title from its content', async () => {
    const c = await seedCorpus();
    const n = byTitle(c, '编制说明');
    expect(n.title).toBe('《静安区产业发展“十四五”规划》编制说明');
    expect(outline(n, 1)).toEqual(['一、编制依据及目的', '二、 主要工作方法', '三、 各阶段推进情况', '四、 规划主要内容']);
    expect(outline(n)).toContain('  3、征求意见:2020年6月至7月');
  });

  it('reads the 政策解读 questions as headings', async () => {
    const c = await seedCorpus();
    const n = byTitle(c, '的政策解读');
    expect(n.headings.map((h) => h.text)[4]).toBe('5.申请公租房的流程是什么？');
    const flow = n.paragraphs.find((p) => p.path.at(-1) === '5.申请公租房的流程是什么？' && p.role === 'body')!;
    expect(flow.text).toBe('咨询→申请→受理→初审→复审→公示→领取资格确认书→轮候→选房→签约→办理入住');
  });
});

describe('source spans', () => {
  it('every paragraph is its source lines joined, at the lines and offsets it names', async () => {
    const c = await seedCorpus();
    const src = new Map(c.sources.map((s) => [s.name, s]));
    let checked = 0;
    for (const n of c.notices) {
      for (const p of n.paragraphs) {
        const s = src.get(p.span.file)!;
        const lines = [];
        for (let l = p.span.startLine; l <= p.span.endLine; l++) lines.push(lineText(s, l).trim());
        const joined = lines.filter(Boolean).join('');
        expect(joined).toBe(p.text);
        expect(s.text.slice(p.span.start, p.span.start + lines[0]!.length)).toBe(lines[0]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1300);
  });

  it('spans name 1-based lines: the 第五条 heading sits on line 2149 of 001', async () => {
    const c = await seedCorpus();
    const h = byTitle(c, '管理办法（2021版）').headings.find((x) => x.label === '第五条')!;
    expect(h.span).toMatchObject({ file: '001_d19f013ca5b3f09a.txt', startLine: 2149, endLine: 2149 });
  });
});
