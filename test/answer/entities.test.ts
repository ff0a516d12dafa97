// Comparisons of several things in running text: the list read from the question, one sentence each, the verdict.

import { describe, expect, it } from 'vitest';
import { entitiesOf, enumerationIn } from '../../src/answer/entities.js';
import { figureOf } from '../../src/answer/compose-entities.js';
import { partsOf } from '../../src/answer/extractive.js';
import { harness } from './harness.js';
import { splitQuestion } from '../../src/engine/question-parts.js';

describe('the list a question sets side by side', () => {
  it('cuts the first member after the time it is set in and the last before the counted class', () => {
    expect(enumerationIn('十四五以来南京西路、苏河湾、中环两翼三个集聚带各贡献了多少税收？')).toEqual(['南京西路', '苏河湾', '中环两翼']);
    expect(enumerationIn('爱国卫生实施方案和生命健康产业实施意见，分别是哪个部门报上来的？')).toEqual(['爱国卫生实施方案', '生命健康产业实施意见']);
    expect(enumerationIn('大宁规划和产业发展规划说的一样吗？')).toEqual(['大宁规划', '产业发展规划']);
    // quoted members lose their marks and may run longer
    expect(enumerationIn('“儿童友好社区示范点街镇全覆盖”和“街镇普惠性托育点全覆盖”分别是哪个部门牵头？'))
      .toEqual(['儿童友好社区示范点街镇全覆盖', '街镇普惠性托育点全覆盖']);
    // the plan and its period open it: "南京西路功能区十四五新增亿元楼" is no member
    expect(enumerationIn('南京西路功能区十四五新增亿元楼、累计新增千万税收企业的目标分别是多少？')).toEqual(['新增亿元楼', '累计新增千万税收企业']);
    // the target year closes the list: "…优良率到2025年分别要到多少" is no member
    expect(enumerationIn('经常参加体育锻炼人数比例和学生体质健康优良率到2025年分别要到多少？')).toEqual(['经常参加体育锻炼人数比例', '学生体质健康优良率']);
    expect(enumerationIn('苏河湾和市北哪个功能区面积大？')).toEqual(['苏河湾', '市北']);
    expect(enumerationIn('南京西路要新增多少家全球服务机构和千万税收企业？')).toEqual(['全球服务机构', '千万税收企业']);
  });

  it('finds no list where there is none', () => {
    expect(enumerationIn('市北2025年税收增长目标是多少？')).toEqual([]);
    expect(enumerationIn('公租房和？')).toEqual([]);
  });

  it('resolves members to plan areas and named notices, all four areas for "四个功能区"', async () => {
    const { vocab } = await harness();
    expect(entitiesOf('2022年四个功能区各有几幢亿元楼？', vocab).map((e) => e.text)).toEqual(['大宁', '南京西路', '苏河湾', '市北']);
    const named = entitiesOf('爱国卫生实施方案和生命健康产业实施意见分别是谁起草的？', vocab);
    expect(named.map((e) => [e.forms, e.notice?.docNo, e.ownNotice])).toEqual([
      [['爱国卫生'], '静府发〔2021〕16号', true],
      [['生命'], '静府发〔2021〕17号', true],
    ]);
    // named as plans, the areas speak only through their plans; named as places, through any notice
    expect(entitiesOf('大宁和市北两个规划谁的目标高？', vocab).map((e) => e.ownNotice)).toEqual([true, true]);
    expect(entitiesOf('大宁和市北谁的亿元楼多？', vocab).map((e) => e.ownNotice)).toEqual([false, false]);
  });

  it('members that only contain an area\'s name (a company) are things of their own, not the areas', async () => {
    const { vocab } = await harness();
    expect(entitiesOf('大宁资产经营集团和苏河湾集团的监事会主席这次有变动吗？', vocab).map((e) => [e.text, e.notice])).toEqual([
      ['大宁资产经营集团', undefined], ['苏河湾集团', undefined],
    ]);
  });

  it('a notice title with 和 in it is one name, not a list: the list is looked for in the next clause', async () => {
    const { vocab } = await harness();
    const q = '城区功能和土地利用十四五规划，对存量土地转型和新增公共绿地分别提了什么数？';
    expect(entitiesOf(q, vocab).map((e) => e.text)).toEqual(['存量土地转型', '新增公共绿地']);
    expect(partsOf(q, vocab)).toEqual([
      '城区功能和土地利用十四五规划，对存量土地转型提了什么数？', '城区功能和土地利用十四五规划，对新增公共绿地提了什么数？',
    ]);
  });

  it('a name found in most passages tells nothing apart: "静安" is no member', async () => {
    const { vocab } = await harness();
    expect(entitiesOf('徐汇区的公租房申请条件和静安一样吗？', vocab)).toEqual([]);
  });

  it('retrieves a comparison once per member, the others left out with the word that joined them', async () => {
    const { vocab } = await harness();
    expect(partsOf('苏河湾和市北哪个功能区面积大？', vocab)).toEqual(['苏河湾哪个功能区面积大？', '市北哪个功能区面积大？']);
    expect(partsOf('十四五以来南京西路、苏河湾、中环两翼三个集聚带各贡献了多少税收？', vocab)).toEqual([
      '十四五以来南京西路三个集聚带各贡献了多少税收？',
      '十四五以来苏河湾三个集聚带各贡献了多少税收？',
      '十四五以来中环两翼三个集聚带各贡献了多少税收？',
    ]);
    // a question in parts keeps its parts; a question about one thing is retrieved whole
    expect(partsOf('苏河湾区域有多大？苏州河岸线多长？', vocab)).toEqual(['苏河湾区域有多大？', '苏州河岸线多长？']);
    expect(partsOf('市北2025年税收增长目标是多少？', vocab)).toEqual(['市北2025年税收增长目标是多少？']);
    // a closing statement tells the asker's situation, it is no question to answer from whatever shares its words
    expect(partsOf('静安的公租房房源具体在哪些小区？我想挑个离单位近的。', vocab)).toEqual(['静安的公租房房源具体在哪些小区？我想挑个离单位近的。']);
    // "各多少" has nothing of its own to ask about: it goes with the part before
    expect(splitQuestion('三条带哪个交税最多？各多少')).toEqual(['三条带哪个交税最多？各多少']);
    expect(splitQuestion('三个潜能产业税收占比各是多少？哪个最低？')).toEqual(['三个潜能产业税收占比各是多少？哪个最低？']);
    // "这条是怎么规定的" points at what the part before asks about and asks how it is ruled: nothing of its own
    expect(splitQuestion('要是我长期不在那住呢？这条是怎么规定的？')).toEqual(['要是我长期不在那住呢？这条是怎么规定的？']);
    expect(splitQuestion('公租房合同一签几年？到期了怎么续？')).toEqual(['公租房合同一签几年？', '到期了怎么续？']);
    // "不是说…吗？" checks a premise in passing: the question is the part after it (probe10)
    expect(splitQuestion('大宁公园不是说开了夜公园吗？晚上一般开到几点？')).toEqual(['大宁公园不是说开了夜公园吗？晚上一般开到几点？']);
    // "中期评估里怎么说的？" names only where to look: it asks the part before of that document
    expect(splitQuestion('大宁公园改造那个项目现在是什么情况？中期评估里怎么说的？')).toEqual(['大宁公园改造那个项目现在是什么情况？中期评估里怎么说的？']);
    expect(splitQuestion('中期评估里怎么说的？大宁公园改造现在什么情况？')).toHaveLength(2);
    // "…弄好了没" asks, though no question mark closes it
    expect(partsOf('“宝宝屋”静安现在有几家了？每个街道的普惠托育点都弄好了没', vocab))
      .toEqual(['“宝宝屋”静安现在有几家了？', '每个街道的普惠托育点都弄好了没']);
  });
});

describe('the figure a sentence gives', () => {
  it('after a change, the figure it came to', () => {
    expect(figureOf('苏河湾四至范围由北向南扩大至新闸路、北京西路，面积由3.19平方公里增加到4.2平方公里', '面积')?.text).toBe('4.2平方公里');
  });
  it('otherwise the one nearest the key word, after it first, an ordinal with its mark', () => {
    expect(figureOf('“十四五”以来,南京西路集聚带累计贡献税收942.28亿元,占全区总税收入的44.74%', '税收')?.text).toBe('942.28亿元');
    expect(figureOf('《大宁功能区“十四五”规划》已经区政府第236次常务会议通过', '常务会议')?.text).toBe('第236次');
  });
  it('a number without a unit is no figure', () => {
    expect(figureOf('序号3，新增楼宇', '楼宇')).toBeNull();
  });
});

describe('answers', () => {
  it('one cited sentence per member, from the passages about each', async () => {
    const h = await harness();
    const r = await h.ask('十四五以来南京西路、苏河湾、中环两翼集聚带分别贡献了多少税收？');
    expect(r.answerable).toBe(true);
    const lines = r.answer.split('\n').filter((l) => !l.startsWith('注意：'));
    expect(lines.map((l) => l.split('：')[0])).toEqual(['南京西路', '苏河湾', '中环两翼集聚带']);
    expect(r.citations.map((c) => c.quote)).toEqual([
      '“十四五”以来,南京西路集聚带累计贡献税收942.28亿元,占全区总税收入的44.74%。',
      '“十四五”以来,苏河湾集聚带累计贡献税收225.6亿元,占全区总税收入的10.71%。',
      '“十四五”以来,中环两翼集聚带累计贡献税收246亿元,占全区总税收入的11.68%。',
    ]);
  });

  it('names the largest from the figures quoted (苏河湾 4.2 > 市北 3.31 平方公里)', async () => {
    const h = await harness();
    const r = await h.ask('市北和苏河湾的面积哪个大？');
    expect(r.answer.split('\n').at(-1)).toBe('苏河湾更大（4.2平方公里）。');
    expect(r.citations.map((c) => c.notice)).toEqual(['静府发〔2021〕15号', '静府发〔2021〕14号']);
  });

  it('a year the indicator tables have no column for asks what happened: read from the mid-term report, not the targets', async () => {
    const h = await harness();
    const r = await h.ask('2022年四个功能区各有几幢亿元楼？哪个最多？');
    expect(r.answer).toContain('南京西路最多（35幢）。');
    expect(r.citations.map((c) => c.quote.match(/亿元楼达(\d+)幢/)?.[1])).toEqual(['13', '35', '18', '16']);
  });

  it('"是不是同一次": every notice\'s own covering sentence, and whether they agree', async () => {
    const h = await harness();
    const r = await h.ask('四个功能区规划是在同一次常务会议上通过的吗？');
    expect(r.citations.map((c) => c.notice)).toEqual(['静府发〔2021〕12号', '静府发〔2021〕13号', '静府发〔2021〕14号', '静府发〔2021〕15号']);
    expect(r.answer.split('\n').at(-1)).toBe('都是第236次。');
  });

  it('an area named by its everyday form ("南西") is compared with the others; 商办 is the tables\' 商业商务', async () => {
    const h = await harness();
    // the 南京西路 plan's row had been left out: "南西" named no area, so only 大宁 and 苏河湾 were compared
    const r = await h.ask('大宁 南西 苏河湾 新增商办楼宇面积目标 哪个最大');
    expect(r.citations.map((c) => c.notice)).toEqual(['静府发〔2021〕12号', '静府发〔2021〕13号', '静府发〔2021〕14号']);
    expect(r.answer.split('\n').at(-1)).toBe('苏河湾的目标最高。');
  });

  it('"是同一天印发的吗": each notice\'s date line, and whether the dates agree', async () => {
    const h = await harness();
    // probe11: "同一天" had been a thing the notices must mention, and the question was refused
    const r = await h.ask('南京西路和苏河湾这两个功能区规划是同一天印发的吗？');
    expect(r.citations.map((c) => [c.notice, c.quote])).toEqual([['静府发〔2021〕13号', '（2021年10月26日）'], ['静府发〔2021〕14号', '（2021年10月26日）']]);
    expect(r.answer.split('\n').at(-1)).toBe('两份文件同一天印发。');
  });

  it('"各有多少家X": the focus is X after the counted measure, not the class of the things compared', async () => {
    const h = await harness();
    const r = await h.ask('中期评估时，南京西路和苏河湾两个功能区各有多少家高新技术企业？');
    expect(r.citations.map((c) => c.quote.match(/高新技术企业(\d+)家/)?.[1])).toEqual(['65', '64']);
  });

  it('"分别是哪个部门报…批转的": each notice\'s covering sentence names the body that submitted it', async () => {
    const h = await harness();
    const r = await h.ask('托育行动计划和城区功能规划，分别是哪个部门报区政府的？');
    expect(r.answerable).toBe(true);
    expect(r.citations.map((c) => c.notice)).toEqual(['静府办发〔2021〕14号', '静府办发〔2021〕13号']);
  });

  it('things listed inside one plan are answered one by one, each from its own indicator row', async () => {
    const h = await harness();
    const r = await h.ask('市北规划里新增上市企业和星级酒店的目标各是多少？');
    // seeds/001 lines 1166–1169 and 1181–1184: 新增上市企业数量 预期性 家 4-5; 新增星级酒店 预期性 个 1-2
    expect(r.answer.split('\n').slice(0, 2)).toEqual([
      '《市北功能区“十四五”规划》主要指标中，“新增上市企业数量”2025年目标为4-5家（预期性指标）[1]。',
      '《市北功能区“十四五”规划》主要指标中，“新增星级酒店”2025年目标为1-2个（预期性指标）[2]。',
    ]);
  });

  it('another district named beside 静安 is refused, not answered with 静安\'s rules', async () => {
    const h = await harness();
    const r = await h.ask('徐汇和静安的公租房政策一样吗？');
    expect(r.answerable).toBe(false);
  });

  it('a part about another district makes the whole question about it: no part is answered with 静安\'s rules', async () => {
    const h = await harness();
    // probe10: the second part ("条件跟静安一样吗") had been answered with 第五条, the first refused
    const r = await h.ask('我在徐汇上班也住徐汇，徐汇区的公租房怎么申请？条件跟静安一样吗？');
    expect(r.answerable).toBe(false);
    expect(r.citations).toEqual([]);
    const area = await h.ask('杨浦滨江那边的十四五规划有没有滨水目标？新增绿地定了多少？');
    expect(area.answerable).toBe(false);
  });
});
