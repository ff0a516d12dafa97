// The extractive answerer on real questions: each type answered from the right record or sentence, cited and grounded.

import { describe, expect, it } from 'vitest';
import { harness } from './harness.js';
import type { ChatMessage, ChatResponse } from '../../src/engine/types.js';
import { checkGrounding } from '../../src/answer/guard.js';
import { askedOnce } from '../../src/answer/extractive.js';

/** Every answer must pass the grounding guard and cite only what its text marks. */
function wellFormed(r: ChatResponse): void {
  expect(checkGrounding(r.answer, r.citations).ungrounded).toEqual([]);
  const marks = new Set([...r.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  expect(r.citations.map((c) => c.n)).toEqual([...marks].sort((a, b) => a - b));
}

describe('targets and figures', () => {
  it('大宁 tax growth: value, unit, attribute, year, from the indicator row', async () => {
    const h = await harness();
    const r = await h.ask('大宁功能区2025年税收收入年均增长率目标是多少？');
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('“税收收入年均增长率”2025年目标为10%（预期性指标）');
    expect(r.citations[0]).toMatchObject({ notice: '静府发〔2021〕12号', source: { file: '001_d19f013ca5b3f09a.txt', startLine: 152 } });
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('大宁功能区“十四五”时期经济社会发展主要指标');
    wellFormed(r);
  });

  it('"那加起来最长能租几年？" after "一签几年": the total term, said 累计 in the text', async () => {
    const h = await harness();
    const history = [{ role: 'user' as const, content: '公租房合同一般一签几年？' }, { role: 'assistant' as const, content: '租赁合同期限一般为2年。' }];
    const r = await h.ask('那加起来最长能租几年？', history);
    expect(r.query.rewritten).toBe('公租房合同，加起来最长能租几年？');
    // seeds/001 line 2202, 第十七条（三）: "…享受公共租赁住房保障的总年限累计不超过6年"
    expect(r.citations.some((c) => c.section.includes('第十七条') && c.quote.includes('累计不超过6年'))).toBe(true);
  });

  it('"每天多少客流" is the indicator table\'s 日均客流 (alias 每天 → 日均)', async () => {
    const h = await harness();
    const r = await h.ask('南京西路商圈有没有每天多少客流的目标？');
    // 南京西路 indicator table: 商圈日均客流 … 40 (万人次)
    expect(r.answer).toContain('“商圈日均客流”2025年目标为40万人次');
  });

  it('"每年新引进多少家" is the plan\'s 年均新增, not the table\'s 累计 (alias 每年 → 年均)', async () => {
    const h = await harness();
    const r = await h.ask('大宁那边十四五每年打算新引进多少家电竞企业？');
    // 静府发〔2021〕12号（二）发展目标: "…年均新增影视文化企业10家、电竞企业5-6家"; the table's row is 累计引进 50
    expect(r.answer).toContain('电竞企业5-6家');
  });

  it('"科学饮食" is the text\'s 科学膳食: the sentence naming the "三减" is quoted (alias 饮食 → 膳食)', async () => {
    const h = await harness();
    const r = await h.ask('爱国卫生方案里讲的科学饮食，具体倡导哪“三减”？');
    // seeds/001, 静府发〔2021〕16号 2．培育健康生活方式: "…普及科学膳食知识，践行减油、减盐、减糖行动"
    expect(r.answer).toContain('践行减油、减盐、减糖行动');
  });

  it('"能一直续下去吗" after "一签几年": the cap on renewing, the total term (alias 一直续 → 总年限累计)', async () => {
    const h = await harness();
    const history = [{ role: 'user' as const, content: '静安公租房合同一般签几年？' }, { role: 'assistant' as const, content: '一般为2年。' }];
    const r = await h.ask('到期了还能一直续下去吗？', history);
    // dev-103, probe10: answered with 第二十条's 续租 procedure, which sets no cap
    expect(r.citations.some((c) => c.section.includes('第十七条') && c.quote.includes('累计不超过6年'))).toBe(true);
  });

  it('a follow-up rewritten by retrieval ("那苏河湾呢？") is answered for the new plan', async () => {
    const h = await harness();
    const history = [{ role: 'user' as const, content: '大宁2025年税收收入年均增长率目标是多少？' }, { role: 'assistant' as const, content: '10%' }];
    const r = await h.ask('那苏河湾呢？', history);
    expect(r.citations[0]!.notice).toBe('静府发〔2021〕14号');
    expect(r.answer).toContain('2025年目标为10%');
    expect(r.query.original).toBe('那苏河湾呢？');
    expect(r.query.rewritten).toContain('苏河湾');
  });

  it('compares two plans: both values cited, overlapping ranges said to overlap', async () => {
    const h = await harness();
    const r = await h.ask('南京西路和市北的税收收入年均增长率目标谁定得高？');
    expect(r.citations.map((c) => c.notice)).toEqual(['静府发〔2021〕13号', '静府发〔2021〕15号']);
    expect(r.answer).toContain('8~10%');
    expect(r.answer).toContain('6-8%');
    expect(r.answer).toContain('两者目标区间有重叠，南京西路的上限更高。');
    wellFormed(r);
  });

  it('three plans: each value cited, the highest named (苏河湾 160 > 南京西路 90 > 大宁 50 万平方米)', async () => {
    const h = await harness();
    const r = await h.ask('大宁、南京西路、苏河湾三个规划里，新增商业商务楼宇建筑面积谁最多？');
    expect(r.citations.map((c) => c.notice)).toEqual(['静府发〔2021〕12号', '静府发〔2021〕13号', '静府发〔2021〕14号']);
    expect(r.answer).toContain('苏河湾的目标最高。');
    wellFormed(r);
  });

  it('"…目标是多少？到中期评估的时候完成了没有？": the second part reads the mid-term row of the indicator the first names', async () => {
    const h = await harness();
    // probe13: "没有" had been left as the second part's own subject, so it matched no row and quoted the 公告's head
    const r = await h.ask('全民健身计划定的人均体育场地面积目标是多少？到中期评估的时候完成了没有？');
    expect(r.answer).toContain('“人均体育场地面积”目标为0.74m2');
    expect(r.answer).toContain('中期完成情况为0.89平方米，进展评价为提前完成');
    expect(r.answer).not.toContain('没有找到');
  });

  it('a mid-term figure: target, result and evaluation, with a draft warning', async () => {
    const h = await harness();
    const r = await h.ask('十四五纲要里新增商业商务楼宇建筑面积中期完成得怎么样？');
    expect(r.answer).toContain('中期完成情况为130.6');
    expect(r.answer).toContain('进展评价为低于预期');
    expect(r.answer).toContain('征求意见稿');
    wellFormed(r);
  });
});

describe('indicator rows', () => {
  it('the row is chosen from the whole table retrieval reached, by the thing named, not the verb', async () => {
    const h = await harness();
    // ten rows of the 南京西路 table share 南京西路 and 新增 and ranked above "全球服务机构数"; 新增 named 新增“亿元楼”数量
    // seeds/001 lines 513–516: "全球服务机构数 预期性 家 30~40"
    const r = await h.ask('到2025年，南京西路要新增多少家全球服务机构？');
    expect(r.answer).toBe('《南京西路功能区“十四五”规划》主要指标中，“全球服务机构数”2025年目标为30~40家（预期性指标）[1]。');
    expect(r.citations[0]!.quote).toContain('全球服务机构数');
  });

  it('a row\'s value in words answers "定的是多少"; a "-" where the amount reached stands answers nothing', async () => {
    const h = await harness();
    // the 全民健身 table: "市民体质达标率 … 全市前列 预期性" — no digit but the row number
    const words = await h.ask('静安全民健身计划里，市民体质达标率定的是多少？');
    expect(words.answer).toBe('《上海市静安区全民健身实施计划（2021-2025）》主要指标中，“市民体质达标率”目标为全市前列（预期性指标）[1]。');
    // probe13: the mid-term table's row "25 单位增加值能耗下降率 % 约束性 完成市下达目标 - 低于预期" had answered
    // "具体下降了多少" with its "-", the row number 25 standing for the amount
    const dash = await h.ask('中期评估的主要指标里，单位增加值能耗具体下降了多少？');
    expect(dash.answerable).toBe(false);
    expect(dash.debug?.reasons).toContain('no amount in the evidence');
  });

  it('a bare figure is shown with the plan\'s own sentence that writes its unit; a figure with a unit stands alone', async () => {
    const h = await harness();
    // the 全民健身 table gives "每千人拥有社会体育指导员 约束性 2.5" with no unit; seeds/001 line 1594 says
    // "预计到2025年，全区每千人配备社会体育指导员数量达到2.5人" (probe19 asked how many people)
    const bare = await h.ask('全民健身实施计划要求到2025年每千人配几名社会体育指导员？');
    expect(bare.answer).toBe('《上海市静安区全民健身实施计划（2021-2025）》主要指标中，“每千人拥有社会体育指导员”目标为2.5（约束性指标）[1]。\n'
      + '正文写明：坚持数量和质量并重，预计到2025年，全区每千人配备社会体育指导员数量达到2.5人[2]。');
    expect(bare.citations[1]!.sectionPath.at(-1)).toBe('1．推进社会体育指导员组织和队伍建设');
    // "全球服务机构数 预期性 家 30~40": the table's own unit column says it
    const unit = await h.ask('到2025年，南京西路要新增多少家全球服务机构？');
    expect(unit.citations).toHaveLength(1);
  });

  it('"多少家X、多少家Y": the amount asked again for the next thing asks the same; both rows are answered', async () => {
    const h = await harness();
    // probe13: only 影视文化企业 had been answered
    const r = await h.ask('大宁功能区到2025年计划累计引进多少家影视文化企业、多少家电竞企业？');
    expect(r.answer).toContain('“累计引进影视文化企业数”2025年目标为350家');
    expect(r.answer).toContain('“累计引进电竞企业数”2025年目标为50家');
    expect(askedOnce('要新增多少家上市公司和多少家总部企业？')).toBe('要新增多少家上市公司和总部企业？');
    // different amounts asked are two questions
    expect(askedOnce('新增多少家企业、多少平方米绿地？')).toBe('新增多少家企业、多少平方米绿地？');
  });

  it('a choice ("是约束性还是预期性？") the answer so far settles is not reported as not found', async () => {
    const h = await harness();
    const r = await h.ask('静安全民健身计划里，市民体质达标率定的是多少？是约束性还是预期性？');
    expect(r.answer).toBe('《上海市静安区全民健身实施计划（2021-2025）》主要指标中，“市民体质达标率”目标为全市前列（预期性指标）[1]。');
  });

  it('a second part "X呢？" is asked as the part before asked it: "…要新建几处基础教育设施？医疗卫生和养老设施呢？"', async () => {
    const h = await harness();
    // probe13: the second part had been answered with the task paragraph 2．完善医疗卫生和养老服务, not the table row
    const r = await h.ask('苏河湾功能区十四五要新建几处基础教育设施？医疗卫生和养老设施呢？');
    expect(r.answer).toContain('“新增基础教育设施”2025年目标为7处');
    expect(r.answer).toContain('“新增医疗卫生、养老设施”2025年目标为4-5处');
  });

  it('a second part asked of the same plan is answered from its own sentence', async () => {
    const h = await harness();
    // seeds/001 line 1908: "…完成5000套租赁住房建设和供应。" — "要建" had counted as a rare word the text lacks
    const r = await h.ask('城区功能和土地利用规划里要新增多少公共绿地？租赁住房要建多少套？');
    expect(r.answer).not.toContain('没有找到');
    expect(r.citations.some((c) => c.quote.includes('完成5000套租赁住房建设和供应'))).toBe(true);
  });

  it('"那苏河湾呢 几栋" after a question about 市北\'s 亿元楼: the same row of 苏河湾\'s table', async () => {
    const h = await harness();
    const history = [
      { role: 'user' as const, content: '市北功能区新增亿元楼的目标是几栋？' },
      { role: 'assistant' as const, content: '市北功能区“十四五”主要指标中，新增“亿元楼”数量目标为5栋。' },
    ];
    const r = await h.ask('那苏河湾呢 几栋', history);
    // seeds/001 lines 762–765: 苏河湾's "新增“亿元楼”数量 预期性 栋 8-10"
    expect(r.answer).toBe('《苏河湾功能区“十四五”规划》主要指标中，“新增“亿元楼”数量”2025年目标为8-10栋（预期性指标）[1]。');
  });

  it('a target worded the way people say it: "营收要达到多少"', async () => {
    const h = await harness();
    const r = await h.ask('生命健康产业到2025年营收要达到多少呢');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('生命健康产业营收达到1000亿元');
  });

  it('"多少个A和B" is answered row by row', async () => {
    const h = await harness();
    const r = await h.ask('市北功能区新增白领食堂和景观湖多少个？');
    // seeds/001 lines 1174–1177 "新增白领食堂 预期性 个 2-3", 1230–1233 "新建景观湖 预期性 个 1"
    expect(r.answer.split('\n')).toEqual([
      '《市北功能区“十四五”规划》主要指标中，“新增白领食堂”2025年目标为2-3个（预期性指标）[1]。',
      '《市北功能区“十四五”规划》主要指标中，“新建景观湖”2025年目标为1个（预期性指标）[2]。',
    ]);
  });

  it('"各要达到多少" over two rows: "各要" is no word of the question', async () => {
    const h = await harness();
    const r = await h.ask('苏河湾功能区到2025年跨国公司地区总部和亿元楼各要达到多少？');
    expect(r.answerable).toBe(true);
    expect(r.citations.map((c) => c.quote.match(/新增跨国公司地区总部|新增“亿元楼”数量/)?.[0])).toEqual(['新增跨国公司地区总部', '新增“亿元楼”数量']);
  });
});

describe('lists', () => {
  it('a list announced ("有以下情形之一…：") is quoted whole, not its first item alone', async () => {
    const h = await harness();
    // seeds/001 line 2295: the 政策解读's nine grounds for taking a flat back, one of them 累计发生3次拖欠租金
    const r = await h.ask('公租房合同期内，运营公司在什么情况下能收回房子？');
    expect(r.citations[0]!.section).toBe('9. 在租赁合同期内，运营公司有权收回房屋吗？');
    expect(r.citations[0]!.quote).toContain('承租人累计发生3次拖欠租金的；');
    expect(r.citations[0]!.quote).toContain('存在法律、法规和政府规章禁止的其他行为。');
  });
});

describe('comparisons in everyday words', () => {
  it('"税收年均增速" is the tables\' 税收收入年均增长率 (alias 增速 → 增长率): both rows quoted, the higher named', async () => {
    const h = await harness();
    const r = await h.ask('南京西路和市北两个功能区，十四五税收年均增速目标哪个定得高？各是多少？');
    expect(r.answer.split('\n')).toEqual([
      '《南京西路功能区“十四五”规划》中，“税收收入年均增长率”2025年目标为8~10%（预期性指标）[1]。',
      '《市北功能区“十四五”规划》中，“税收收入年均增长率”2025年目标为6-8%（预期性指标）[2]。',
      '两者目标区间有重叠，南京西路的上限更高。',
    ]);
    wellFormed(r);
  });

  it('"哪个交税多" is a question about 税收, and "最多" is the verdict, not a word to find', async () => {
    const h = await harness();
    const r = await h.ask('十四五以来，苏河湾和中环两翼哪个交税最多？');
    expect(r.answerable).toBe(true);
    expect(r.debug?.reasons).toEqual([]);
  });

  it('"哪个交税最多？各多少": one question (the trailing part only asks), each belt\'s figure, the verdict on the most', async () => {
    const h = await harness();
    const r = await h.ask('十四五以来南京西路、苏河湾、中环两翼这三条带，哪个交税最多？各多少');
    // seeds/002 lines 66, 68, 70: 942.28亿元, 225.6亿元, 246亿元; the 少 of "各多少" once made it "which is fewest"
    expect(r.citations.map((c) => c.quote.match(/[\d.]+亿元/)?.[0])).toEqual(['942.28亿元', '225.6亿元', '246亿元']);
    expect(r.answer).toContain('南京西路最多（942.28亿元）。');
  });

  it('"哪个定得高些": 高些 is the verdict asked, no word a plan\'s table must say', async () => {
    const h = await harness();
    const r = await h.ask('市北和南京西路两个功能区，十四五税收年均增长目标哪个定得高些？');
    expect(r.citations.map((c) => c.notice)).toEqual(['静府发〔2021〕15号', '静府发〔2021〕13号']);
    expect(r.answer).toContain('南京西路的上限更高');
  });
});

describe('the asker\'s situation', () => {
  it('a situation naming the topic keeps it: "家里蟑螂多想找除害公司" is not a question about applying online for 公租房', async () => {
    const h = await harness();
    const r = await h.ask('家里蟑螂太多想找除害公司来弄，区里这块有没有网上能办的？');
    // the asking clause alone ("区里有没有网上能办的") matched 公租房 办法 第九条 申请方式 (…“一网通办”…网上提交)
    expect(r.citations.some((c) => c.title.includes('公共租赁住房'))).toBe(false);
  });

  it('"在…工作，感觉…" sets the scene without a pronoun: the passage answering the asking clause need not repeat it', async () => {
    const h = await harness();
    const r = await h.ask('在市北园区工作，感觉附近停车特别难，规划里说轨交站点覆盖率有多少？');
    // seeds/001 line 996: "…公共交通不够便捷，轨道交通站点覆盖率不足40%。"; scored on 停车 too, 开创智慧管理新局面 won
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('（二）存在的差距不足');
    expect(r.citations[0]!.quote).toContain('轨道交通站点覆盖率不足40%');
  });
});

describe('the point matched, the rest the asker\'s phrasing', () => {
  // the heaviest word quoted is as heavy as every one missing: the passage answers, the asker's other words cost less
  it('"学校操场跑步…进校怎么验证身份": 学校体育场地 and 身份验证 quoted, 跑步 and 进校 not', async () => {
    const h = await harness();
    const r = await h.ask('周末想去学校操场跑步，进校怎么验证身份？');
    expect(r.answerable).toBe(true);
    // seeds/001 line 1562: "…推进二维码身份验证方式在学校体育场地开放工作中的应用…"
    expect(r.citations[0]).toMatchObject({ notice: '静府发〔2021〕19号', section: expect.stringContaining('4．提升体育设施管理运营效率') });
    expect(r.citations[0]!.quote).toContain('二维码身份验证方式');
    wellFormed(r);
  });

  it('"要走哪些步骤" is said by the steps themselves (咨询→申请→…), though the text calls them 流程', async () => {
    const h = await harness();
    const r = await h.ask('公租房从申请到真正住进去，要走哪些步骤？');
    expect(r.answerable).toBe(true);
    // seeds/001 政策解读 "5.申请公租房的流程是什么？": "咨询→申请→受理→初审→复审→公示→领取资格确认书→轮候→选房→签约→办理入住"
    expect(r.citations[0]!.section).toBe('5.申请公租房的流程是什么？');
    expect(r.answer).toContain('咨询→申请→受理→初审→复审→公示→领取资格确认书→轮候→选房→签约→办理入住');
  });

  it('"小区老鼠多，想找除害服务，能在网上办吗": 除害服务 and 网上 quoted, 老鼠 not', async () => {
    const h = await harness();
    const r = await h.ask('小区老鼠多，想找除害服务，能在网上办吗？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.notice).toBe('静府发〔2021〕16号');
    expect(r.citations[0]!.quote).toContain('深化除害服务事项“一网通办”');
    wellFormed(r);
  });
});

describe('a tenant\'s situation in everyday words', () => {
  it('"房子空着不住" is 未实际居住, "晚交" is 拖欠, "少带了一份证明" is materials 尚未齐备', async () => {
    const h = await harness();
    const away = await h.ask('我要被公司派去外地干半年，房子就空着不住，会不会被收回？');
    // seeds/001 line 2238 (第二十三条（六）) and its 政策解读: "…无正当理由累计6个月以上未实际居住…"
    expect(away.answer).toContain('累计6个月以上未实际居住');
    const late = await h.ask('公租房房租偶尔晚交几天，次数多了有没有影响？');
    // seeds/001 line 2239: "（七）承租人累计发生3次拖欠租金的"
    expect(late.answer).toContain('累计发生3次拖欠租金');
    const short = await h.ask('去交公租房申请材料，少带了一份证明，会怎么样？');
    // seeds/001 line 2178 (第九条): "…申请材料提交尚未齐备的，区运营机构应退还申请材料，并一次性告知补正要求"
    expect(short.citations[0]!.section).toContain('第九条');
    expect(short.answer).toContain('一次性告知补正要求');
  });
});

describe('kinds of answer in the text\'s words', () => {
  it('"规划衔接是什么时间" is a date question, answered by the stage whose heading gives the months', async () => {
    const h = await harness();
    const r = await h.ask('产业发展十四五规划的规划衔接是什么时间？');
    expect(r.answerable).toBe(true);
    // seeds: 编制说明 "4、规划衔接:2020年7月至8月。形成…报送稿…"
    expect(r.citations[0]!.section).toContain('4、规划衔接:2020年7月至8月');
    expect(r.answer).toContain('2020年7月至8月');
  });

  it('"算什么级别的公园" is answered by the sentence that gives a grade ("上海市四星级公园"), though none says 级别', async () => {
    const h = await harness();
    // probe19: 级别 before 的 had handed the focus to 公园, and the 绿色生态文明 paragraph (大宁公园改造) came first
    // seeds/001 line 104: "大宁公园作为上海中心城区最大的生态景观公园，2019年正式挂牌上海市四星级公园，…年均客流量达333万人次"
    const r = await h.ask('大宁公园算什么级别的公园？平时去的人多吗？');
    expect(r.citations.some((c) => c.section.includes('促进绿色生态文明'))).toBe(false);
    expect(r.answer).toContain('2019年正式挂牌上海市四星级公园');
    expect(r.answer).toContain('年均客流量达333万人次');
  });

  it('"请了哪些机构" is answered by the bodies named, 市-level or companies, though none is called 机构', async () => {
    const h = await harness();
    const r = await h.ask('产业规划编制时，专家论证请了哪些机构？');
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('罗兰贝格国际管理咨询(上海)有限公司、市政府发展研究中心、市文创办、市商务发展研究中心');
  });

  it('"会有什么后果" is answered by the rule\'s sanction (…的，其…确认书失效), though no sentence says 后果', async () => {
    const h = await harness();
    const r = await h.ask('拿到公租房资格后去选了房，后来觉得不合适就没去签合同，会有什么后果吗？');
    // seeds/001 line 2200 (第十七条 签约)
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('选房后不签订租赁合同的，其区公共租赁住房准入资格确认书失效，并自逾期日起1年内不得申请本区公共租赁住房。');
  });

  it('"定了哪些量化目标" is answered by the figures with their units (8%, 1000亿元), though no sentence says 量化', async () => {
    const h = await harness();
    const r = await h.ask('区里促进生命健康产业的实施意见，对2025年定了哪些量化目标？');
    // seeds/001 line 1409 (静府发〔2021〕17号 （三）发展目标)
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.notice).toBe('静府发〔2021〕17号');
    expect(r.answer).toContain('生命健康产业营收达到1000亿元');
  });

  it('"有什么量化要求" quotes the sentence with the figures (持证上岗率达100%, 72课时) before the paragraph\'s others', async () => {
    const h = await harness();
    const r = await h.ask('托育行动计划对从业人员培训有什么量化要求？');
    // seeds/001 line 1957: "不断加强队伍建设…" opens the paragraph; the figures are in its third sentence
    expect(r.citations[0]!.quote.startsWith('落实本市托育从业人员入职审核与执业资格年审要求，确保持证上岗率达100%')).toBe(true);
  });
});

describe('a term the question quotes, defined', () => {
  it('“双I战略”是什么意思 is answered by the sentence that uses the term, not one sharing 战略 and 大宁', async () => {
    const h = await harness();
    const r = await h.ask('大宁规划里说的“双I战略”是什么意思？');
    // seeds/001 line 347 (大宁, 3、提高亩产效益); "意思" is an asking word, though "创意思想" holds it
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('“城投（City Investment）+产投(Industrial Investment)”的“双I战略”');
  });

  it('除“四害” quoted picks the task that says it (做好病媒生物防制), with who is responsible', async () => {
    const h = await harness();
    const r = await h.ask('我们小区老鼠蟑螂特别多，区里除“四害”这块归哪些部门管？');
    // seeds/001 line 1374 (爱国卫生 方案): "组织开展以灭蚊、蝇、鼠、蟑为主的除“四害”活动…（责任单位：区卫生健康委、区爱卫办、各街镇）"
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('区卫生健康委');
  });
});

describe('an everyday word for a term the text quotes', () => {
  it('灭四害 is the text\'s 除“四害” (alias): its task is found and quoted with the note saying who', async () => {
    const h = await harness();
    const r = await h.ask('小区里老鼠蟑螂多，爱国卫生运动方案里灭四害这块是谁负责？');
    // seeds/001 line 1374: "组织开展以灭蚊、蝇、鼠、蟑为主的除“四害”活动…（责任单位：区卫生健康委、区爱卫办、各街镇）"
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('3．做好病媒生物防制');
    expect(r.citations[0]!.quote).toContain('组织开展以灭蚊、蝇、鼠、蟑为主的除“四害”活动');
    expect(r.answer).toContain('区卫生健康委、区爱卫办、各街镇');
  });
});

describe('notices named by their title words', () => {
  it('"公开征求意见" asks for opinions: it names no 意见 notice, nor the 中期评估\'s 公开征询意见的公告', async () => {
    const h = await harness();
    const r = await h.ask('区产业发展十四五规划编制的时候，是什么时间段公开征求意见的？');
    // seeds/004 line 13 (编制说明 三、各阶段推进情况): "3、征求意见:2020年6月至7月"
    expect(r.citations[0]!.title).toContain('编制说明');
    expect(r.answer).toContain('2020年6月至7月');
  });
});

describe('rows picked out by a class', () => {
  it('"哪几项指标进度低于预期" lists every row whose 进展评价 says so, each cited', async () => {
    const h = await harness();
    // seeds/002 lines 53–55: the three rows of the mid-term table marked 低于预期 (probe21)
    const r = await h.ask('中期评估里有哪几项主要指标进度低于预期？');
    const lines = r.answer.split('\n');
    expect(lines[0]).toContain('进展评价为“低于预期”的是以下各项：');
    expect(lines.slice(1, 4).map((l) => l.replace(/（.*$/, ''))).toEqual(['新增商业商务楼宇建筑面积', '单位增加值能耗下降率', '年国际演出展览场次']);
    expect(r.citations).toHaveLength(3);
    expect(r.citations.every((c) => c.quote.includes('低于预期'))).toBe(true);
  });

  it('two classes named ("哪些约束性指标进度低于预期") pick the rows of both', async () => {
    const h = await harness();
    // seeds/002 line 54: "25 | 单位增加值能耗 下降率 | % | 约束性 | 完成市下达目标 | - | 低于预期 |", the one 约束性 row of three
    const r = await h.ask('中期评估里哪些约束性指标进度低于预期？');
    const lines = r.answer.split('\n');
    expect(lines[0]).toContain('属性为“约束性”且进展评价为“低于预期”的是以下各项：');
    expect(lines[1]).toMatch(/^单位增加值能耗下降率（/);
    expect(r.citations).toHaveLength(1);
  });

  it('"哪些指标是约束性的" lists the plan\'s 约束性 rows in table order', async () => {
    const h = await harness();
    const r = await h.ask('全民健身计划里哪些指标是约束性的？');
    expect(r.answer.split('\n').slice(1).map((l) => l.replace(/（.*$/, ''))).toEqual(
      ['经常参加体育锻炼人数', '人均体育场地面积', '《国家学生体质健康标准》优良率', '每万人体育健身组织数量', '每千人拥有社会体育指导员']);
  });
});

describe('a part that gives an example', () => {
  it('"比如…" is asked of the plan the part before names: a year it sets no target for is refused', async () => {
    const h = await harness();
    // the 大宁 table sets 2025 targets only (累计引进电竞企业数 50); the 中期评估's "截至2023年6月底" figures are
    // of other things and another document
    const r = await h.ask('大宁功能区规划有没有给2023年定阶段目标？比如到2023年电竞企业要到多少家？');
    expect(r.answerable).toBe(false);
    expect(r.answer).toContain('《大宁功能区“十四五”规划》（静府发〔2021〕12号）');
  });
});

describe('parts answered from the same passage', () => {
  it('a sentence one part already quoted is not said again by the next under its notice\'s name', async () => {
    const h = await harness();
    const r = await h.ask('中期评估报告征求意见，建议怎么交？截止到什么时候？');
    // the ways announced and the deadline that follows them; the deadline part found the same sentence again
    expect(r.answer.split('\n').filter((l) => l.includes('意见反馈截止时间为2023年10月18日'))).toHaveLength(1);
    wellFormed(r);
  });

  it('a part naming nothing ("可以怎么提？") asks of what the part before set out, not of nothing', async () => {
    const h = await harness();
    const r = await h.ask('十四五中期评估报告征求意见稿，市民提意见的截止日期是哪天？可以怎么提？');
    // the 公告: "意见反馈截止时间为2023年10月18日", then the e-mail and the letter ways
    expect(r.answer).toContain('意见反馈截止时间为2023年10月18日');
    expect(r.answer).toContain('duanliangb@jingan.gov.cn');
    expect(r.answer).not.toContain('关于“可以怎么提”');
    wellFormed(r);
  });

  it('a paragraph two parts quote is said once: the later part adds only its sentences not yet said', async () => {
    const h = await harness();
    const r = await h.ask('托育行动计划对从业人员培训有什么量化要求？持证上岗率要多少？');
    // both parts quote seeds/001 line 1957; "确保持证上岗率达100%" was said by the first
    expect(r.answer.split('\n').filter((l) => l.includes('确保持证上岗率达100%'))).toHaveLength(1);
    wellFormed(r);
  });
});

describe('an area at a time after its plan', () => {
  it('"截至2023年6月底，苏河湾功能区有多少家…" is read from the 中期评估, not only from the area\'s 2021 plan', async () => {
    const h = await harness();
    const r = await h.ask('截至2023年6月底，苏河湾功能区有多少家跨国公司地区总部？');
    // seeds/002 line 68: "…截至2023年6月底,苏河湾功能区跨国公司地区总部共21家…"
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('苏河湾功能区跨国公司地区总部共21家');
    expect(r.citations[0]!.notice).toBeNull();
    expect(r.citations[0]!.title).toContain('中期评估报告');
  });
});

describe('lists opened by a colon', () => {
  it('"：即A；B。" is quoted to the full stop: "两个超过" is the part after the "；"', async () => {
    const h = await harness();
    const r = await h.ask('托育计划里讲的“两个必开”“两个超过”是指什么？');
    expect(r.answer).toContain('即新建公建配套园所必开托班、能挖潜扩班的园所必开托班；到2023年，确保托幼一体园所在公民办幼儿园总量中占比超过55%，公办托幼一体幼儿园全覆盖的街镇超过三分之一');
    wellFormed(r);
  });
});

describe('targets asked in everyday words', () => {
  it('"区里的全民健身计划…要占到多少" and "规划里说要新开几个白领食堂" are read from the indicator rows', async () => {
    const h = await harness();
    const sport = await h.ask('区里的全民健身计划，到2025年经常锻炼的人要占到多少？');
    expect(sport.answer).toContain('“经常参加体育锻炼人数”目标为47%（约束性指标）');
    const canteen = await h.ask('市北园区上班吃饭难，规划里说要新开几个白领食堂？');
    expect(canteen.answer).toContain('“新增白领食堂”2025年目标为2-3个（预期性指标）');
  });
});

describe('the rule behind an explanation', () => {
  it('a 政策解读 answer restating an article of the 办法 names and cites the article too', async () => {
    const h = await harness();
    const r = await h.ask('在租赁合同期内，运营公司有权收回房屋吗？');
    expect(r.citations[0]!.section).toBe('9. 在租赁合同期内，运营公司有权收回房屋吗？');
    expect(r.answer).toContain('以上内容见《静安区公共租赁住房申请供应和租后管理办法（2021版）》“第二十三条  退出管理”[2]。');
    // seeds/001 line 2238: the article's own items, quoted as the 办法 writes them
    expect(r.citations[1]!.sectionPath.at(-1)).toBe('第二十三条  退出管理');
    expect(r.citations[1]!.quote).toContain('（六）承租人无正当理由累计6个月以上未实际居住所承租的公共租赁住房；');
    wellFormed(r);
  });

  it('a 政策解读 answer with nothing of the 办法 in it (the application address) points nowhere', async () => {
    const h = await harness();
    const r = await h.ask('在哪里申请静安区公共租赁住房？');
    expect(r.answer).not.toContain('以上内容见');
  });
});

describe('a target only another plan sets', () => {
  it('"南京西路规划对新增高新技术企业有什么目标" is refused: 苏河湾\'s table has 新增高新技术企业数, 南京西路\'s nothing like it', async () => {
    const h = await harness();
    const r = await h.ask('南京西路规划对新增高新技术企业有什么目标？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no mention of 新增高新技术企业数 in the notices asked about');
  });

  it('a follow-up moving 日均客流 to 市北 is refused, not answered with 南京西路\'s 40万人次', async () => {
    const h = await harness();
    const history = [
      { role: 'user' as const, content: '南京西路功能区十四五对商圈客流有目标吗？' },
      { role: 'assistant' as const, content: '南京西路功能区主要指标中，商圈日均客流2025年目标为40万人次。' },
    ];
    const r = await h.ask('那市北功能区呢？它的日均客流目标定了多少？', history);
    expect(r.answerable).toBe(false);
    expect(r.answer).not.toContain('40万人次');
  });

  it('"打算做到多少": the verb of reaching names no indicator, so 大宁\'s 税收收入占全区比重 is still the one 南京西路 lacks', async () => {
    const h = await harness();
    // probe13: 做到 (rare in the corpus) had been the heaviest word, which no row names; answered with 十三五 回顾's 40%以上
    const r = await h.ask('南京西路功能区十四五规划里，税收收入占全区的比重打算做到多少？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no mention of 税收收入占全区比重 in the notices asked about');
  });

  it('a plan without an indicator table sets its targets in running text: still answered', async () => {
    const h = await harness();
    const r = await h.ask('城区功能和土地利用规划里，“十四五”要新增多少公共绿地？');
    expect(r.answer).toContain('新增公共绿地面积28公顷');
  });
});

describe('the level of a body', () => {
  it('"区一级" is the text\'s 区级 (alias): the 区级 meeting is quoted first', async () => {
    const h = await harness();
    // probe9: the 街镇级 meeting had come first, the 区级 one second
    const r = await h.ask('美好家园共同行动里，区一级的物业管理联席会议是谁来召集的？哪些单位参加？');
    expect(r.citations[0]!.section).toContain('1．区级工作联席会议制度');
    expect(r.answer).toContain('会议由区委组织部召集');
  });
});

describe('a term the question quotes', () => {
  it('names the task asked about: a task row that does not say it is another task', async () => {
    const h = await harness();
    // dev-175: the 托育 row "…家庭科学育儿指导服务进社区…" (家庭, 社区) had answered "“健康细胞”建设归哪些单位负责"
    const r = await h.ask('健康社区、健康单位、健康家庭这些“健康细胞”建设归哪些单位负责？');
    expect(r.citations[0]!.section).toContain('3．持续开展健康细胞建设');
    expect(r.answer).toContain('区总工会');
    // quoted in words of its own order, a task row still answers ("儿童友好社区示范点创建工作街镇全覆盖")
    const own = await h.ask('托育三年计划的任务分工里，“儿童友好社区示范点街镇全覆盖”是哪个部门牵头？');
    expect(own.answer).toContain('牵头单位为区妇儿工委');
  });
});

describe('a task paragraph tagged with its 责任单位', () => {
  it('is chosen for the task it names, though its task sentence does not itself say who', async () => {
    const h = await harness();
    // probe13: 3．做好病媒生物防制 ends "（责任单位：区卫生健康委、区爱卫办、各街镇）"; the paragraph that says 负责 and 单位
    // ((二)机构设置和人员配备) had won, and fell under the refusal threshold
    const r = await h.ask('静府发〔2021〕16号里，灭蚊蝇鼠蟑这块工作是哪些单位负责的？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.section).toBe('三、主要任务 > （一）持续提升健康环境建设 > 3．做好病媒生物防制');
    expect(r.answer).toContain('（责任单位：区卫生健康委、区爱卫办、各街镇）');
  });
});

describe('a document the notices only cite', () => {
  it('is asked about in its own right: refused, not answered with the 静安 plan that cites it', async () => {
    const h = await harness();
    // probe13: had been answered with 静府发〔2021〕19号's own 47%, which is 静安's target, not the city's
    const r = await h.ask('上海市全民健身实施计划（2021-2025年）给全市定的经常参加体育锻炼人数比例是多少？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('names unknown to the corpus: 上海市全民健身实施计划(2021-2025年)');
    // named beside 静安, it is what a 静安 notice was based on: the question is about the 静安 notice
    const own = await h.ask('静安的全民健身实施计划是根据《上海市全民健身实施计划（2021-2025年）》等文件制定的吗？');
    expect(own.debug?.reasons ?? []).not.toContain('names unknown to the corpus: 上海市全民健身实施计划(2021-2025年)');
  });
});

describe('which street', () => {
  it('"哪个街道…最高" needs a street named: the district-wide figure is refused', async () => {
    const h = await harness();
    const r = await h.ask('人均体育场地面积分街镇看，哪个街道最高？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no place named among the streets asked');
  });

  it('a passage naming the street answers it', async () => {
    const h = await harness();
    const r = await h.ask('苏河湾规划里，哪个街道的社区卫生服务中心要二期扩建？');
    expect(r.answer).toContain('推进江宁路街道社区卫生服务中心二期扩建');
  });
});

describe('where to go', () => {
  it('"去哪儿申请" is answered by the way in (一网通办, the offices\' addresses), not by the steps after it', async () => {
    const h = await harness();
    const r = await h.ask('静安公租房去哪儿申请？');
    expect(r.answerable).toBe(true);
    // 政策解读 5 (咨询→申请→…) outscored 6 on its → before a place counted for a place question
    expect(r.citations[0]!.section).toBe('6.在哪里申请静安区公共租赁住房？');
    expect(r.answer).toContain('谈家桥156号');
  });
});

describe('ratios', () => {
  it('"高出多少倍" across three belts: the 产业规划 sentence that states the ratios, not each area\'s own plan', async () => {
    const h = await harness();
    const r = await h.ask('十三五时候南京西路集聚带的税收，比苏河湾和中环两翼分别高出多少倍？');
    // seeds/001 line 1776: "…分别是苏河湾集聚带的3.76倍、中环两翼集聚带的2.89倍…"; the areas' own plans give only totals
    expect(r.citations[0]!.notice).toBe('静府办发〔2021〕12号');
    expect(r.answer).toContain('分别是苏河湾集聚带的3.76倍、中环两翼集聚带的2.89倍');
    wellFormed(r);
  });

  it('a ratio no sentence states is refused, not answered with two totals side by side', async () => {
    const h = await harness();
    const r = await h.ask('大宁功能区的税收是市北的几倍？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no amount in 倍 in the evidence');
  });
});

describe('a tenant who bought a flat not yet handed over', () => {
  it('"买了期房还没交房，续租审核没通过" is 第二十四条\'s transition, in the text\'s 续租 and 交付', async () => {
    const h = await harness();
    const r = await h.ask('我住公租房，买了期房明年才交房，这次续租审核没通过，是不是得马上搬走？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第二十四条  腾退和过渡');
    expect(r.answer).toContain('承租人因购买期房');
  });
});

describe('what the conditions leave unsaid', () => {
  it('a particular the asker states that 第五条 never mentions (户口在嘉定老家) gets the article that does (第六条（三）)', async () => {
    const h = await harness();
    const r = await h.ask('我在静安上班，和老婆一起申请公租房，我们户口还在嘉定老家，那边老房子是我爸的，会算我们的面积吗？');
    const extra = r.answer.split('\n').find((l) => l.startsWith('另外，'));
    // seeds/001 第六条（三）: "…户籍地位于本市宝山区、闵行区、嘉定区…的…该户籍地住房可不计建筑面积"
    expect(extra).toMatch(/^另外，“第六条  住房面积的计算”规定：（三）.*嘉定区.*可不计建筑面积\[\d\]/);
    expect(r.citations.some((c) => c.sectionPath.at(-1) === '第六条  住房面积的计算')).toBe(true);
    wellFormed(r);
  });

  it('a courier is told of 第三条\'s 适当倾斜 for 快递 workers; an asker with nothing beyond the conditions gets no extra', async () => {
    const h = await harness();
    const courier = await h.ask('我外地户口，有上海居住证，在静安送快递，签了两年合同，社保一直交，能申请公租房吗？');
    expect(courier.answer).toMatch(/另外，“第三条  供应对象”规定：.*快递.*适当倾斜\[\d\]/);
    const plain = await h.ask('我有居住证，在静安上班，能申请公租房吗？');
    expect(plain.answer).not.toContain('另外，');
  });
});

describe('the paragraph beside the best one', () => {
  it('"交材料少带了一份证明" gets 第九条\'s second paragraph too: what happens when materials are incomplete', async () => {
    const h = await harness();
    const r = await h.ask('我去窗口交公租房材料，结果少带了一份证明，是不是就白跑了？');
    // seeds/001 line 2178: "…申请材料提交尚未齐备的，区运营机构应退还申请材料，并一次性告知补正要求。"
    expect(r.answer).toContain('一次性告知补正要求');
    expect(r.citations.filter((c) => c.sectionPath.at(-1) === '第九条  申请方式').length).toBeGreaterThanOrEqual(1);
    wellFormed(r);
  });

  it('one year asked: a paragraph set at another year is not the answer, whatever words it shares', async () => {
    const h = await harness();
    // 静府发〔2021〕17号（三）发展目标: "到2023年，…生物医药、医疗器械…" then "到2025年，…比重达到8%，…营收达到1000亿元…";
    // the asker's 医疗器械 had chosen the 2023 paragraph, refused for want of 2025
    const r = await h.ask('我在一家医疗器械公司做市场，老板让我查查静安对生命健康产业定的目标，到2025年要做到多大规模？');
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('生命健康产业营收达到1000亿元');
    expect(r.answer).not.toContain('到2023年');
    wellFormed(r);
  });

  it('two years asked side by side: the paragraph for the year the best one does not reach joins it', async () => {
    const h = await harness();
    const r = await h.ask('生命健康产业那份实施意见，2023年和2025年税收占全区的比重分别要达到多少？');
    // seeds/001 line 1408: "到2023年，…占全区税收总收入的比重达到7%左右…"; the next paragraph: "到2025年，…比重达到8%…"
    expect(r.answer).toContain('比重达到7%左右');
    expect(r.answer).toContain('比重达到8%');
    expect(r.citations.every((c) => c.notice === '静府发〔2021〕17号' && c.sectionPath.at(-1) === '（三）发展目标')).toBe(true);
    wellFormed(r);
  });
});

describe('an item of an announced list', () => {
  it('"（六）…未实际居住" is quoted after the paragraph announcing its list: what follows from it (终止租赁合同)', async () => {
    const h = await harness();
    const r = await h.ask('住公租房的人要是长期不住，无正当理由超过半年没住，会怎么处理？');
    const lines = r.answer.split('\n');
    const item = lines.findIndex((l) => l.startsWith('（六）承租人无正当理由累计6个月以上未实际居住'));
    expect(item).toBeGreaterThan(0);
    // seeds/001 第二十三条: "承租人在租赁合同期内有下列情形之一的，区运营机构有权终止租赁合同…："
    expect(lines[item - 1]).toMatch(/^承租人在租赁合同期内有下列情形之一的，区运营机构有权终止租赁合同/);
    wellFormed(r);
  });
});

describe('limits no condition sets', () => {
  it('"对收入有没有上限" is refused: 第五条 names no income, and quoting it would read as an answer about one', async () => {
    const h = await harness();
    const r = await h.ask('我单身，在静安上班，有居住证。公租房对收入有没有上限？会不会超标？');
    expect(r.answerable).toBe(false);
    expect(r.citations).toEqual([]);
    expect((await h.ask('申请公租房有没有年龄限制？')).answerable).toBe(false);
  });

  it('a salary stated without asking a limit on it is a circumstance: the conditions are still given', async () => {
    const h = await harness();
    const r = await h.ask('我月薪两万，在静安上班，有居住证，能申请公租房吗？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.section).toContain('第五条');
  });
});

describe('rules asked about', () => {
  it('"X有规定吗" asks about X: a passage on the same staff that never says 配比 does not answer', async () => {
    const h = await harness();
    // the 托育 plan trains and certifies 保育 staff (（三）2．师资培养) but sets no staff-to-child ratio
    const r = await h.ask('保育人员和孩子的配比有规定吗？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('focus 配比 not in the evidence');
  });
});

describe('announced lists', () => {
  it('a paragraph ending "…通过以下途径和方式提出反馈意见:" is quoted with the ways that follow it', async () => {
    const h = await harness();
    const r = await h.ask('中期评估征求意见稿的意见怎么反馈？');
    // seeds/002 lines 2–5: the 公告's intro, then the e-mail and postal lines, then the closing date
    expect(r.answer).toContain('duanliangb@jingan.gov.cn');
    expect(r.answer).toContain('巨鹿路915号2001室');
  });
});

describe('covering sentences', () => {
  it('"哪次常务会上通过的": the notice\'s covering sentence, pointed at by 常务 (会上 only places it)', async () => {
    const h = await harness();
    const r = await h.ask('全民健身实施计划在区政府哪次常务会上通过的？');
    // seeds/001 line 1502: "区体育局《上海市静安区全民健身实施计划（2021-2025）》已经区政府第243次常务会议通过"
    expect(r.answer).toContain('第243次常务会议通过');
  });
});

describe('pointing is not counting', () => {
  it('"那几个证" points at the certificates named, it does not ask how many', async () => {
    const h = await harness();
    const r = await h.ask('划拨决定书和建设用地批准书那几个证，现在还要分开办吗？');
    // seeds/001 line 1932 (城区功能和土地利用规划, 七、实施保障措施): "…建设用地规划许可证“三证合一”"; "几个" had demanded a count
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('三证合一');
  });
});

describe('the thing asked for, in the text\'s words', () => {
  it('"哪几个老厂" is answered by the factories the text names by their head (机械厂, 鼓风机厂, 自仪厂)', async () => {
    const h = await harness();
    const r = await h.ask('土地利用规划里，中环两翼打算把哪几个老厂改造成文化节点？');
    // seeds/001 line 1923 (静府办发〔2021〕13号 （二）主要任务): "重点建设彭浦机械厂、灵石社区鼓风机厂和自仪厂三处文化节点"
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('彭浦机械厂、灵石社区鼓风机厂和自仪厂');
  });

  it('"哪几所学校" is answered by the schools the text names by their kind (幼儿园, 小学); the list is the count', async () => {
    const h = await harness();
    const r = await h.ask('我住苏河湾那一带，听说规划里要建几所学校，具体是哪几所？');
    // seeds/001 line 931 (苏河湾, 1．提升教育供给和教育质量): "重点推进安康苑幼儿园、静安区第三中心小学、…等基础教育设施建设";
    // "学校" is in no sentence of it, and "几所" had demanded a number the sentence does not give
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('安康苑幼儿园、静安区第三中心小学、上海棋院实验小学、静安区闸北一中心小学');
  });

  it('"在哪里能查到" needs a channel to look it up in: schools named are not one', async () => {
    const h = await harness();
    const r = await h.ask('孩子明年上小学，静安的学区划片和对口学校在哪里能查到？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no place to look it up in the evidence');
  });
});

describe('the sentence that answers', () => {
  it('a heading\'s words hold for every sentence under it: the sentence naming the thing asked wins, not the opening', async () => {
    const h = await harness();
    const r = await h.ask('十三五期间专业服务业交了多少税？');
    // seeds/001 line 1762, under "一、“十三五”时期产业发展的基本情况": the opening sentence says “十三五”期间 and the
    // five industries' total (2526.94亿元); "专业服务业累计实现税收收入619.61亿元" is the one asked for
    expect(r.citations[0]!.quote).toContain('专业服务业累计实现税收收入619.61亿元');
  });
});

describe('who is responsible', () => {
  it('the "（责任单位：…）" note closing a long task paragraph is quoted when who is asked', async () => {
    const h = await harness();
    // seeds/001 line 1374: eight sentences on 病媒生物防制, then "（责任单位：区卫生健康委、区爱卫办、各街镇）"
    const r = await h.ask('爱国卫生方案里，做好病媒生物防制这项工作由哪些单位负责？');
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('3．做好病媒生物防制');
    expect(r.citations[0]!.quote).toContain('（责任单位：区卫生健康委、区爱卫办、各街镇）');
  });
});

describe('who leads each of two tasks', () => {
  it('two quoted tasks, "分别是哪个部门牵头": each task\'s row of the 任务分工 table', async () => {
    const h = await harness();
    const r = await h.ask('托育计划任务分工里，“儿童友好社区示范点街镇全覆盖”和“街镇普惠性托育点全覆盖”分别是哪个部门牵头？');
    // seeds/001 (静府办发〔2021〕14号 任务分工方案): 儿童友好社区 led by 区妇儿工委; 普惠性托育点 by 区地区办、区教育局
    expect(r.citations).toHaveLength(2);
    expect(r.answer).toContain('牵头单位为区妇儿工委');
    expect(r.answer).toMatch(/普惠性托育点[^\n]*牵头单位为区地区办/);
  });
});

describe('progress against a target', () => {
  it('"现在达到多少了" is read from the table that reports it (中期完成情况), with the target beside it', async () => {
    const h = await harness();
    const r = await h.ask('人均公园绿地面积现在达到多少了？');
    // seeds/002 line 30: "2 | 人均公园绿地面积 | 平方米 | 约束性 | 3.18 | 3.41 | 提前完成 |"
    expect(r.answer.split('\n')[0]).toBe('《静安区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估报告》'
      + '“静安区“十四五”规划《纲要》主要指标完成情况表”中，“人均公园绿地面积”“十四五”目标为3.18平方米，中期完成情况为3.41平方米，'
      + '进展评价为提前完成（约束性指标）[1]。');
    expect(r.answer).toContain('征求意见稿');
  });

  it('a target, then "现在实际做到多少了": the plan\'s target, then the reported progress of the same indicator', async () => {
    const h = await harness();
    const r = await h.ask('人均体育场地面积，全民健身计划定的目标是多少？现在实际做到多少了？');
    const lines = r.answer.split('\n');
    expect(lines[0]).toContain('“人均体育场地面积”目标为0.74m2');
    expect(lines[1]).toContain('中期完成情况为0.89平方米');
  });

  it('"当初定的目标…现在实际做到多少": an unseen time word is no part of the indicator\'s name', async () => {
    const h = await harness();
    const r = await h.ask('人均体育场地面积当初定的目标是多少，现在实际做到多少？');
    // seeds/002: the 主要指标完成情况表 row gives the 十四五 target 0.74 and the mid-term 0.89; "当初" (unseen, so by
    // rarity the heaviest word) had to be in the row's name, and the question was refused
    expect(r.answer.split('\n')[0]).toContain('“人均体育场地面积”“十四五”目标为0.74平方米，中期完成情况为0.89平方米');
  });

  it('"2025年目标…中期评估时完成得怎么样": the mid-term table\'s “十四五”目标 is the 2025 target', async () => {
    const h = await harness();
    const r = await h.ask('产业规划里定的社会消费品零售总额2025年目标，到中期评估时完成得怎么样？');
    // seeds/002 line 30: "1 | 社会消费品零售总额 | 亿元 | 预期性 | 1360 | 1480 (2022年) | 提前完成 |"; the table names
    // the period, not 2025, and the year check had refused it
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('“社会消费品零售总额”');
    expect(r.answer).toContain('1480');
  });

  it('asked what has been reached where only a target is given, the answer says so', async () => {
    const h = await harness();
    const r = await h.ask('市北新增白领食堂现在建了几个？');
    expect(r.answer.split('\n')).toEqual([
      '《市北功能区“十四五”规划》主要指标中，“新增白领食堂”2025年目标为2-3个（预期性指标）[1]。', '文件只给出目标值，没有写明目前的完成情况。',
    ]);
  });
});

describe('figures asked without the word 目标', () => {
  it('"电竞赛事或峰会要办多少场": the row 电竞产业赛事或峰会, found once 电竞赛事 is read as the corpus writes it', async () => {
    const h = await harness();
    const r = await h.ask('大宁电竞赛事或峰会要办多少场？');
    // seeds/001 lines 239–243: the 大宁 table's row 13, 电竞产业赛事或峰会 | 预期性 | 场 | 25
    expect(r.answer.split('\n')[0]).toBe('《大宁功能区“十四五”规划》主要指标中，“电竞产业赛事或峰会”2025年目标为25场（预期性指标）[1]。');
  });

  it('"A和B分别定了多少？…还有一问": the listed indicators answered row by row inside their part', async () => {
    const h = await harness();
    const r = await h.ask('大宁累计引进影视文化企业和电竞企业分别定了多少家？这两项都是预期性指标吗？');
    // seeds/001 (大宁 table): 累计引进影视文化企业数 350家, 累计引进电竞企业数 50家; "电竞企业分别定了多少家", left
    // with its 分别, had been read as a comparison of one thing and answered from running text
    expect(r.answer.split('\n').slice(0, 2)).toEqual([
      '《大宁功能区“十四五”规划》主要指标中，“累计引进影视文化企业数”2025年目标为350家（预期性指标）[1]。',
      '《大宁功能区“十四五”规划》主要指标中，“累计引进电竞企业数”2025年目标为50家（预期性指标）[2]。',
    ]);
  });

  it('a part listing things whose names cannot be taken apart is answered once, not split again and again', async () => {
    const h = await harness();
    // "健康金融（基金、保险这些）" lists 基金 and 保险 inside brackets: each part still lists both
    const r = await h.ask('生命健康产业意见里，健康金融（基金、保险这些）由哪个部门负责？');
    expect(r.citations[0]!.notice).toBe('静府发〔2021〕17号');
  });

  it('"A和B到2025年分别要到多少": each indicator\'s row', async () => {
    const h = await harness();
    const r = await h.ask('全民健身实施计划里，经常参加体育锻炼人数比例和学生体质健康优良率到2025年分别要到多少？');
    // seeds/001 (全民健身 table): 经常参加体育锻炼人数 47%, 《国家学生体质健康标准》优良率 60%, both 约束性
    expect(r.answer.split('\n').slice(0, 2)).toEqual([
      '《上海市静安区全民健身实施计划（2021-2025）》主要指标中，“经常参加体育锻炼人数”目标为47%（约束性指标）[1]。',
      '《上海市静安区全民健身实施计划（2021-2025）》主要指标中，“《国家学生体质健康标准》优良率”目标为60%（约束性指标）[2]。',
    ]);
  });

  it('two indicators asked in two parts: each part its row, though "A和B要办多少场" alone reads as a comparison', async () => {
    const h = await harness();
    const r = await h.ask('南西规划对博物馆、演出场馆这类文化场所的数量有啥目标？文化演艺和体育赛事要办多少场？');
    // seeds/001 lines 555–565: row 13 博物馆、图书馆、演出场馆、美术馆或画廊数量 | 家 | 10; row 14 累计举办文化演艺和
    // 体育赛事活动数量 | 场次 | 50. "这类文化场所" is the asker's kind for the things the row lists; 场次 counts 场
    expect(r.answer.split('\n').slice(0, 2)).toEqual([
      '《南京西路功能区“十四五”规划》主要指标中，“博物馆、图书馆、演出场馆、美术馆或画廊数量”2025年目标为10家（预期性指标）[1]。',
      '《南京西路功能区“十四五”规划》主要指标中，“累计举办文化演艺和体育赛事活动数量”2025年目标为50场次（预期性指标）[2]。',
    ]);
  });

  it('"打算新增几处" asks an amount to come: read from the plan\'s indicator row, the asker\'s examples aside', async () => {
    const h = await harness();
    const r = await h.ask('苏河湾十四五打算新增几处学校幼儿园这类基础教育设施？');
    // seeds/001 lines 847–852: the 苏河湾 table's row 16, 新增基础教育设施 | 预期性 | 处 | 7
    expect(r.answer.split('\n')[0]).toBe('《苏河湾功能区“十四五”规划》主要指标中，“新增基础教育设施”2025年目标为7处（预期性指标）[1]。');
  });

  it('the asker\'s verbs glued by HMM into unknown words (说要, 多建) are not the indicator asked for', async () => {
    const h = await harness();
    const r = await h.ask('苏河湾那边说要多建绿地，到2025年一共要新增多少面积的公共绿地？');
    expect(r.answer.split('\n')[0]).toBe('《苏河湾功能区“十四五”规划》主要指标中，“新增公共绿地面积”2025年目标为6.8万平方米（预期性指标）[1]。');
    wellFormed(r);
  });

  it('an amount to come is read from the indicator table; what there is now is not answered by a target', async () => {
    const h = await harness();
    expect((await h.ask('苏河湾要新增多少家金融企业？')).answer.split('\n')[0])
      .toBe('《苏河湾功能区“十四五”规划》主要指标中，“新增金融企业数”2025年目标为30-40家（预期性指标）[1]。');
    expect((await h.ask('苏河湾有多少家金融企业？')).answer).not.toContain('新增金融企业数');
  });
});

describe('what follows', () => {
  it('"要是…会怎么样" prefers the sentence stating what is done in that case (退还…并一次性告知补正要求)', async () => {
    const h = await harness();
    const r = await h.ask('公租房申请材料要是没交齐，会怎么样？');
    expect(r.citations[0]!.quote).toContain('申请材料提交尚未齐备的，区运营机构应退还申请材料，并一次性告知补正要求。');
  });
});

describe('where to look', () => {
  it('"…现在是什么情况？中期评估里怎么说的？" is answered from the 中期评估 (大宁公园改造 暂缓实施), not the 大宁 plan', async () => {
    const h = await harness();
    const r = await h.ask('大宁公园改造那个项目现在是什么情况？中期评估里怎么说的？');
    expect(r.citations[0]!.title).toContain('中期评估报告');
    expect(r.citations[0]!.quote).toContain('1个项目因故暂缓实施(大宁公园改造和地下空间建设项目)');
    wellFormed(r);
  });
});

describe('how long one may stay', () => {
  it('"最多能住多少年" is 第十七条\'s 总年限累计 (alias), not the first passage that shares 公租房', async () => {
    const h = await harness();
    const r = await h.ask('公租房最多能住多少年？');
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第十七条  签约');
    expect(r.answer).toContain('享受公共租赁住房保障的总年限累计不超过6年');
  });

  it('a question that only sounds like a case ("…能住几年", no circumstances stated) is answered part by part', async () => {
    const h = await harness();
    const r = await h.ask('公租房合同快到期了，承租人要续租得提前多久提出？前后最多能住几年？');
    // 第二十条 for the first part, 第十七条 for the second
    expect(r.answer).toContain('承租人应当在租赁合同期满前3个月');
    expect(r.answer).toContain('总年限累计不超过6年');
    wellFormed(r);
  });

  it('after a part refused for a hard reason, a part naming nothing of its own ("怎么申请？") is about the same thing', async () => {
    const h = await harness();
    const r = await h.ask('静安的普惠制人才租房补贴一个月能补多少钱？怎么申请？');
    expect(r.answerable).toBe(false);
  });

  it('after a refused part, a part of nothing but qualifiers ("每月多少？") asks the amount of the same thing', async () => {
    const h = await harness();
    // no notice speaks of a 托育补贴 for parents; the 托育 task table's "每月对托育机构实施…检查" is no answer to it
    const r = await h.ask('把两岁的孩子送托育机构，区里有没有给家长的托育补贴？每月多少？');
    expect(r.answerable).toBe(false);
  });
});

describe('a sitting tenant\'s change of circumstances', () => {
  it('"公司整体搬去闵行了，还能继续住吗" is 第二十三条\'s 工作单位迁出本区, with 第二十四条\'s transition', async () => {
    const h = await harness();
    const r = await h.ask('我住着静安的公租房，现在公司整体搬去闵行了，我还能继续住吗？');
    expect(r.answer.split('\n').slice(0, 3)).toEqual([
      '《静安区公共租赁住房申请供应和租后管理办法（2021版）》“第二十三条  退出管理”规定：承租人在租赁合同期内发生以下情况，可按租赁合同约定的方式向区运营机构提交书面申请，退出公共租赁住房：（五）工作单位迁出本区的[1]。',
      '以上是文件中与您说的情况对应的规定；是否适用，以区运营机构和区住房保障机构的认定为准。',
      '另外，“第二十四条  腾退和过渡”规定：承租人因其他原因在租赁合同期满或终止后暂时无法退房的，可给予6个月过渡期，过渡期内的月租金按原合同约定的租金计收[2]。',
    ]);
    expect(r.citations[0]!.quote).toBe('承租人在租赁合同期内发生以下情况，可按租赁合同约定的方式向区运营机构提交书面申请，退出公共租赁住房： … （五）工作单位迁出本区的；');
    wellFormed(r);
  });

  it('"单位说不再给员工保留这个资格" is the case of 单位取消本单位职工…资格; a tenant asking nothing of staying is not a case', async () => {
    const h = await harness();
    const r = await h.ask('我是单位帮着申请才住进公租房的，现在公司说不再给员工保留这个资格了，我还能接着住吗？');
    expect(r.answer).toContain('（四）单位取消本单位职工承租公共租赁住房资格的[1]。');
    // rent in arrears: 第二十一条's own sentence (1个月以上 → 清退) and 第二十三条's item (累计3次), the rule before its 解读
    const arrears = await h.ask('我租的静安公租房，这阵子手头紧，房租已经拖了一个多月没交，会不会被收回房子？');
    expect(arrears.citations.slice(0, 2).map((c) => c.sectionPath.at(-1))).toEqual(['第二十一条  租金管理', '第二十三条  退出管理']);
    expect(arrears.answer).toContain('承租人拖欠公共租赁住房租金和其他费用1个月以上的，区运营机构可按合同予以清退[1]。');
    expect(arrears.answer).not.toContain('暂时无法退房');
    wellFormed(arrears);
    const other = await h.ask('我住着静安的公租房，公司搬去闵行了，租金怎么交？');
    expect(other.answer).not.toContain('以上是文件中与您说的情况对应的规定');
  });
});

describe('who is responsible', () => {
  it('"是谁负责" is answered by a task\'s note of who is responsible, not marked down for the word 负责', async () => {
    const h = await harness();
    const r = await h.ask('做好病媒生物防制是谁负责？');
    expect(r.answer).toContain('（责任单位：区卫生健康委、区爱卫办、各街镇）');
    expect(r.debug?.reasons).toEqual([]);
    expect(r.debug?.support).toBeGreaterThan(0.5);
  });
});

describe('an article of duties', () => {
  it('asked who handles 受理审核, quotes each body\'s share that says it is responsible for the thing asked, in order', async () => {
    const h = await harness();
    const r = await h.ask('静安公租房的申请受理审核是哪个单位负责的？');
    expect(r.citations.map((c) => c.sectionPath.at(-1))).toContain('第二条  工作职责');
    expect(r.answer).toContain('上海市静安区住房保障中心（以下简称区住房保障机构）负责本区公共租赁住房申请受理和审核');
    expect(r.answer).toContain('设立集中受理窗口');
    // 第二条's closing paragraphs say who supports and coordinates, not who is responsible: not quoted
    expect(r.answer).not.toContain('积极支持配合区运营机构工作');
    wellFormed(r);
  });

  it('"是谁在审" is 审核 (aliases 在审/来审 → 审核): answered from 第二条, not 政策解读\'s 流程', async () => {
    const h = await harness();
    const r = await h.ask('公租房申请到底是谁在审？是房管局，还是那个运营公司？');
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第二条  工作职责');
    expect(r.answer).toContain('负责本区公共租赁住房申请受理和审核');
    // "哪个单位在管" (在管 → 管理) is answered from 第二条 too (after 政策解读 6's windows, asked this briefly)
    const manages = await h.ask('公租房到底是哪个单位在管？');
    expect(manages.citations.map((c) => c.sectionPath.at(-1))).toContain('第二条  工作职责');
  });
});

describe('residents\' words for the 办法\'s', () => {
  it('"这一批没配到房子" is 配租住房未成功 (alias): 第十九条\'s two-year validity is quoted', async () => {
    const h = await harness();
    const r = await h.ask('公租房资格确认书已经拿到了，可这一批没配到房子，这个资格能一直留着吗？');
    expect(r.answer).toContain('配租住房未成功的申请人进入轮候期，其准入资格确认书在2年内有效');
  });

  it('"能让家里人代我去签吗" is 委托 (aliases 代我签/替我签/帮我签…): 第十七条\'s 书面委托共同申请人', async () => {
    const h = await harness();
    const r = await h.ask('签公租房合同那天我本人要出差，能让家里人代我去签吗？');
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第十七条  签约');
    expect(r.answer).toContain('家庭主申请人无法到达现场完成签约的，可书面委托共同申请人到场签订合同');
  });

  it('"两个能一起报吗" is 同时申请 (alias 一起报): 第十条 forbids applying for another scheme at the same time', async () => {
    const h = await harness();
    const r = await h.ask('我正在排共有产权房，听说公租房也能申请，两个能一起报吗？');
    // seeds/001 第十条 禁止同时申请本市其他保障性住房; "一起申请" is left alone: "和爸妈一起申请" is one family applying
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第十条  禁止同时申请本市其他保障性住房');
  });

  it('"一次签几年" is the 期限, "总共能住多少年" the 总年限累计 (aliases): 第十七条（三） answers both', async () => {
    const h = await harness();
    const r = await h.ask('静安公租房一次签几年合同？前后加起来最多总共能住多少年？');
    // seeds/001 line 2202: "（三）租赁合同期限一般为2年，…享受公共租赁住房保障的总年限累计不超过6年"
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第十七条  签约');
    expect(r.answer).toContain('租赁合同期限一般为2年');
    expect(r.answer).toContain('总年限累计不超过6年');
  });
});

describe('a rule\'s period', () => {
  it('"新版是啥时候开始执行的，用到哪年" names no rule itself: the one the whole question names gives its own sentence', async () => {
    const h = await harness();
    const r = await h.ask('我在网上还看到一份2017年的静安公租房办法，现在到底按哪个？新版是啥时候开始执行的，用到哪年？');
    expect(r.answer.split('\n')[0]).toBe('《静安区公共租赁住房申请供应和租后管理办法（2021版）》“第三十条  其他”规定：（三）本办法自2021年10月22日起实施,有效期限至2026年10月21日。2017年8月1日发布的《静安区公共租赁住房申请供应和租后管理办法》（静房规【2017】1号）同时废止[1]。');
    // the rule ran out on 2026-10-21: said, with its own citation
    expect(r.answer).toContain('写明的有效期已经届满');
    wellFormed(r);
  });
});

describe('where to send', () => {
  it('"发邮件发到哪" is answered by the e-mail address, a place to send to', async () => {
    const h = await harness();
    const r = await h.ask('十四五中期评估报告征求意见，我想提点建议，截止到哪天？发邮件发到哪？');
    expect(r.answer).toContain('意见反馈截止时间为2023年10月18日');
    expect(r.answer).toContain('通过电子邮件方式将意见发送至:duanliangb@jingan.gov.cn');
    expect(r.answer).not.toContain('现有文件中没有找到');
    wellFormed(r);
  });
});

describe('what the asker has heard', () => {
  it('sets the scene when the asking clause names its own subject; it is the subject when that clause only points at it', async () => {
    const h = await harness();
    // 闲置/老厂房 are the asker's; 产业规划 writes "环上大地区低效工业用地占比达74%"
    const heard = await h.ask('听说环上大那片闲置的老厂房很多，产业规划里说低效工业用地占了多大比例？');
    expect(heard.answer).toContain('环上大地区低效工业用地占比达74%');
    wellFormed(heard);
    // "我们…也能去吗" goes where the hearsay says: 幼儿园's 亲子活动 are what is asked about
    const pointed = await h.ask('孩子一岁多，在家自己带，没上托班。听说附近幼儿园有亲子活动，我们这种散养的也能去吗？要不要交钱？');
    expect(pointed.answer).toContain('亲子');
  });
});

describe('eligibility', () => {
  it('居住证 + 本区就业 but a half-year contract: fails on the contract term', async () => {
    const h = await harness();
    const r = await h.ask('我是外地户口，有居住证，在静安上班，公司只签了半年合同，能申请公租房吗？');
    // 第五条: 外地户口 fails (一) and (二); with 居住证 and 本区就业, (三) fails only on "签订1年以上"
    expect(r.answer).toContain('“符合以下条件之一”的各项都不满足：具有本市常住户口；具有本区常住户口；劳动或工作合同1年以上。');
    expect(r.answer).toContain('结论：按您提供的情况，不符合上述申请条件。');
    // the answer is settled: no list of further facts to supply
    expect(r.answer).not.toContain('还需要确认');
    expect(r.citations[0]!.section).toBe('申请与审核 > 第五条  申请条件');
    expect(r.citations[0]!.quote).toContain('应符合以下条件之一');
    wellFormed(r);
  });

  it('all facts stated and met: conditions met, final say left to the review', async () => {
    const h = await harness();
    const r = await h.ask('我是上海户口，在静安的公司上班，签了两年劳动合同，社保一直正常交，家里人均10平米，没享受过廉租房和共有产权房，能申请公租房吗？');
    expect(r.answer).toContain('上述条件均已满足');
    expect(r.answer).toContain('以区住房保障机构的审核为准');
    expect(r.answer).not.toContain('10平');
    wellFormed(r);
  });

  it('an "all" condition failed: named in the text\'s words, with its number from the quote', async () => {
    const h = await harness();
    const r = await h.ask('我家人均住房20平米，还能申请公租房吗？');
    expect(r.answer).toContain('以下要求不满足：在本市人均住房建筑面积低于15平方米。');
    expect(r.answer).not.toContain('还需要确认');
    wellFormed(r);
  });

  it('"申请到了共有产权房": other housing enjoyed fails the "all" group, and the answer is settled', async () => {
    const h = await harness();
    const r = await h.ask('我家前两年刚申请到了共有产权房（经适房），但是离上班的地方太远，还能再申请静安的公租房住吗？');
    expect(r.answer).toContain('以下要求不满足：申请时未享受本市廉租住房、共有产权保障住房政策。');
    expect(r.answer).toContain('结论：按您提供的情况，不符合上述申请条件。');
    wellFormed(r);
  });

  it('"想接着租，需要提前多久去申请" is 续租 (alias 接着租 → 续租): 第二十条\'s three months', async () => {
    const h = await harness();
    const r = await h.ask('我的公租房合同明年到期，想接着租，需要提前多久去申请？要是忘了会怎样？');
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第二十条  租赁合同管理');
    expect(r.answer).toContain('承租人应当在租赁合同期满前3个月');
    wellFormed(r);
  });

  it('facts partly stated: names the alternative met by its item number and each "all" demand met, then what is left', async () => {
    const h = await harness();
    const r = await h.ask('我是外地户口，办了上海居住证，在静安一家公司上班，劳动合同签了两年，社保一直在交，自己在上海没房子，能申请公租房吗？');
    // (三) is met in full; 没房子 in Shanghai meets "低于15平方米"; only the other-housing fact is unknown
    expect(r.answer).toContain('按您说的情况，已满足：“符合以下条件之一”中的第（三）项（持有有效期内《上海市居住证》、与本区就业单位签订劳动或工作合同、劳动或工作合同1年以上、依法缴纳各项社会保险金）；在本市人均住房建筑面积低于15平方米。');
    expect(r.answer).toContain('还需要确认：是否享受过本市廉租住房或共有产权保障住房。');
    expect(r.answer).toContain('结论：目前还不能确定是否符合条件。');
    wellFormed(r);
  });

  it('facts missing: says which ones it still needs', async () => {
    const h = await harness();
    const r = await h.ask('我有居住证，在静安上班，签了3年合同，能申请公租房吗？');
    expect(r.answer).toContain('还需要确认：');
    expect(r.answer).toContain('是否依法缴纳社会保险');
    expect(r.answer).toContain('在本市的人均住房建筑面积');
    expect(r.answer).toContain('结论：目前还不能确定是否符合条件。');
  });

  it('no facts: lists the AND/OR conditions and asks for the facts', async () => {
    const h = await harness();
    const r = await h.ask('公租房的申请条件是什么？');
    expect(r.answer).toContain('应符合以下条件之一');
    expect(r.answer).toContain('应当同时符合以下条件');
    expect(r.answer).toContain('请告诉我您的户口');
    expect(r.answer).not.toContain('还需要确认');
  });

  it('an employer registered elsewhere ("注册在普陀…公司能不能统一替员工申请"): 第五条\'s 注册在本区 demand is quoted and found unmet', async () => {
    const h = await harness();
    const r = await h.ask('我们是一家物业公司，注册在普陀区，但在静安管着好几个小区，员工也都在静安干活。公司能不能统一替员工申请静安的公租房？');
    // retrieval does not return 第五条 here; the demand on employers is read from the same notice as 第四条's 单位申请人
    expect(r.citations.map((c) => c.sectionPath.at(-1)).slice(0, 2)).toEqual(['第四条  申请主体', '第五条  申请条件']);
    expect(r.citations[1]!.quote).toBe('申请本区公共租赁住房的单位申请人，应为注册在本区范围内的各类企事业单位或团体。');
    expect(r.answer).toContain('按您说的情况，单位注册地不在本区，不符合“注册在本区范围内”的要求');
    expect(r.answer).not.toContain('普陀');
    wellFormed(r);
  });

  it('an employer applying: answered from the 单位申请人 clauses found, not with the conditions for individuals', async () => {
    const h = await harness();
    const r = await h.ask('我们是静安的一家企业，想以单位名义给员工申请公租房，可以吗？');
    expect(r.answer.split('\n').slice(0, 2)).toEqual([
      '《静安区公共租赁住房申请供应和租后管理办法（2021版）》规定：',
      expect.stringMatching(/^（三）单位申请人。各类企事业单位、社会组织可为本单位职工及其家庭申请本区公共租赁住房。.*\[1\]。$/),
    ]);
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第四条  申请主体');
    expect(r.answer).not.toContain('应符合以下条件之一');
    wellFormed(r);
  });

  it('circumstances put to another article of the same rule get that article, not the 第五条 conditions', async () => {
    const h = await harness();
    // 第六条 is cut into two chunks; the 郊区户籍地 clause is in the second, which retrieval ranks below the first
    const r = await h.ask('我户口在松江，在静安上班，松江那套房子是父母的产权，申请公租房时这套房要算面积吗？');
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第六条  住房面积的计算');
    // the item follows the sentence announcing its list ("申请人人均住房建筑面积按以下办法计算：")
    expect(r.citations[0]!.quote).toBe('申请人人均住房建筑面积按以下办法计算：');
    expect(r.citations[1]!.quote).toContain('该户籍地住房可不计建筑面积');
    expect(r.answer).not.toContain('应符合以下条件之一');
  });

  it('stated circumstances do not make a 托育 question a 公租房 one: the 公租房 conditions are not quoted', async () => {
    const h = await harness();
    const r = await h.ask('我是外地户口，住在静安，孩子刚满一岁，能享受区里的科学育儿上门指导服务吗？');
    expect(r.answer).not.toContain('公共租赁住房准入资格');
    expect(r.citations.map((c) => c.title)).not.toContain('静安区公共租赁住房申请供应和租后管理办法（2021版）');
  });
});

describe('dates, procedures, personnel, responsibilities, definitions', () => {
  it('validity: quotes 第三十条 and warns that the period has run out (today 2026-11-22)', async () => {
    const h = await harness();
    const r = await h.ask('公租房办法有效期到什么时候？');
    expect(r.answer).toContain('有效期限至2026年10月21日');
    expect(r.answer).toContain('有效期已经届满');
    expect(r.notes).toContain('expired: n06tbgza valid to 2026-10-21');
    expect(r.citations[0]!.sectionPath).toEqual(['附则', '第三十条  其他']);
  });

  it('issue date from the notice’s own date line', async () => {
    const h = await harness();
    const r = await h.ask('静府发〔2021〕16号是哪天印发的？');
    expect(r.answer).toBe('《静安区关于深入推进爱国卫生运动的实施方案》（静府发〔2021〕16号）的发文日期为2021年11月19日[1]。');
    expect(r.citations[0]!.quote).toBe('（2021年11月19日）');
    // "批转" asks of the act: the meeting that passed it is said too, in the notice's own words
    const forwarded = await h.ask('深入推进爱国卫生运动实施方案是什么时候批转的？');
    expect(forwarded.answer.split('\n').slice(0, 2)).toEqual([
      '《静安区关于深入推进爱国卫生运动的实施方案》（静府发〔2021〕16号）的发文日期为2021年11月19日[1]。',
      '通知写明：区卫生健康委《静安区关于深入推进爱国卫生运动的实施方案》已经区政府第241次常务会议通过，现批转给你们，请遵照执行[2]。',
    ]);
  });

  it('two notices named the way people say them ("全民健身计划", "爱国卫生方案") get both their issue dates', async () => {
    const h = await harness();
    const r = await h.ask('全民健身计划和爱国卫生方案是哪天印发的？');
    // date lines: seeds/001 line 1355 (静府发〔2021〕16号) and line 1497 (静府发〔2021〕19号)
    expect(r.answer.split('\n').sort()).toEqual([
      '《上海市静安区全民健身实施计划（2021-2025）》（静府发〔2021〕19号）的发文日期为2021年12月20日[2]。',
      '《静安区关于深入推进爱国卫生运动的实施方案》（静府发〔2021〕16号）的发文日期为2021年11月19日[1]。',
    ]);
    expect(r.citations.map((c) => c.source.startLine).sort()).toEqual([1355, 1497]);
  });

  it('a question naming a notice but asking for another date is not answered with the issue date', async () => {
    const h = await harness();
    const r = await h.ask('托育行动计划和全民健身计划分别到哪年？');
    expect(r.answer).not.toContain('发文日期');
  });

  it('a question in two parts answers each from the passages found for that part', async () => {
    const h = await harness();
    // both rows of the 市北 indicator table (seeds/001 lines 1228–1233): 新增白领食堂 2-3 个, 新建景观湖 1 个
    const r = await h.ask('市北那边打算新增几个白领食堂？还要建景观湖吗？');
    expect(r.answer.split('\n')).toEqual([
      '《市北功能区“十四五”规划》主要指标中，“新增白领食堂”2025年目标为2-3个（预期性指标）[1]。',
      '《市北功能区“十四五”规划》主要指标中，“新建景观湖”2025年目标为1个（预期性指标）[2]。',
    ]);
    wellFormed(r);
  });

  it('a list of paragraphs under one heading names the notice and heading once, then the items', async () => {
    const h = await harness();
    const r = await h.ask('公租房轮候期间情况变了怎么办');
    const lines = r.answer.split('\n').filter((l) => !l.startsWith('注意：'));
    expect(lines[0]).toBe('《静安区公共租赁住房申请供应和租后管理办法（2021版）》“第十九条  轮候”：');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).every((l) => !l.startsWith('《') && /\[\d+\][。；]?$/.test(l))).toBe(true);
    wellFormed(r);
  });

  it('the covering sentence of a forwarding notice answers when it holds the point ("第几次常务会议")', async () => {
    const h = await harness();
    // seeds/001 line 1502: "…已经区政府第243次常务会议通过，现批转给你们，请遵照执行。"
    const r = await h.ask('全民健身实施计划是区政府第几次常务会议通过的？');
    expect(r.answer).toContain('第243次常务会议通过');
    expect(r.citations[0]).toMatchObject({ notice: '静府发〔2021〕19号', source: { startLine: 1502 } });
    wellFormed(r);
  });

  it('procedure: the whole flow, in order', async () => {
    const h = await harness();
    const r = await h.ask('申请公租房的流程是什么？');
    expect(r.answer).toContain('咨询→申请→受理→初审→复审→公示→领取资格确认书→轮候→选房→签约→办理入住');
  });

  it('personnel: 任命 and 免去 of one person', async () => {
    const h = await harness();
    const r = await h.ask('孙中峰的职务有什么变动？');
    expect(r.answer).toContain('孙中峰：任命为上海市静安区信息化委员会主任');
    expect(r.answer).toContain('孙中峰：免去上海市静安区人民政府宝山路街道办事处主任');
    wellFormed(r);
  });

  it('personnel: a note in brackets (挂职, 挂职期) is answered and quoted as the row writes it', async () => {
    const h = await harness();
    const r = await h.ask('王正阳是挂职还是正式任职？');
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('王正阳：任命为上海市静安区规划和自然资源局副局长（挂职；挂职期自2021年10月起至2022年10月止）');
    // seeds/001 lines 1636–1638: the post, then "（挂职）；（挂职期自2021年10" and "月起至2022年10月止。）" on the next line
    expect(r.citations[0]!.quote).toBe('王正阳 上海市静安区规划和自然资源局副局长 （挂职）；（挂职期自2021年10月起至2022年10月止。）');
    wellFormed(r);
  });

  it('personnel: a post named by its short form gets who took it and whom they replaced', async () => {
    const h = await harness();
    const r = await h.ask('区信息委主任换成谁了？');
    // 任命 孙中峰 上海市静安区信息化委员会主任 (line 1650); 免去 周隽, same post (line 1711)
    expect(r.answer.split('\n').slice(0, 2)).toEqual([
      '孙中峰：任命为上海市静安区信息化委员会主任[1]。',
      '周隽：免去上海市静安区信息化委员会主任[2]。',
    ]);
    wellFormed(r);
  });

  it('personnel: a post named in full gets every row naming it as fully, whoever ranked first', async () => {
    const h = await harness();
    const r = await h.ask('天目西路街道办事处这次有哪些人事变动？');
    expect(r.answer.split('\n').map((l) => l.split('：')[0])).toEqual(['胡慧芬', '董启蒙', '沈红芳', '以上见《二○二一年十至十二月份区政府人事任免事项》。']);
  });

  it('personnel: two posts listed are answered one by one, the list named once at the end', async () => {
    const h = await harness();
    const r = await h.ask('大宁资产经营集团和苏河湾集团的监事会主席这次有变动吗？');
    expect(r.answer.split('\n').map((l) => l.split('：')[0])).toEqual(['金伟', '顾耀亮', '郑志勇', '于文', '以上见《二○二一年十至十二月份区政府人事任免事项》。']);
  });

  it('personnel: "原来的…呢" after who got a post asks whom the list removed from it', async () => {
    const h = await harness();
    const history = [
      { role: 'user' as const, content: '天目西路街道办事处新任主任是谁？' },
      { role: 'assistant' as const, content: '胡慧芬被任命为天目西路街道办事处主任。' },
    ];
    const r = await h.ask('原来的主任呢？', history);
    expect(r.answer.split('\n')[0]).toBe('董启蒙：免去上海市静安区人民政府天目西路街道办事处主任[1]。');
    // the other side of the change follows the side asked (probe11: "天目西路街道呢" after "…任命的是谁" wants both)
    const names = r.answer.split('\n').map((l) => l.split('：')[0]);
    expect(names.indexOf('胡慧芬')).toBeGreaterThan(names.indexOf('沈红芳'));
    const swapped = await h.ask('天目西路街道呢？', [
      { role: 'user', content: '江宁路街道办事处主任这次任命的是谁？' },
      { role: 'assistant', content: '任命余文君为上海市静安区人民政府江宁路街道办事处主任。' },
    ]);
    expect(swapped.answer.split('\n').slice(0, 2).map((l) => l.split('：')[0])).toEqual(['胡慧芬', '董启蒙']);
    expect((await h.ask('那原来那位呢？', history)).answer.split('\n')[0]).toBe('董启蒙：免去上海市静安区人民政府天目西路街道办事处主任[1]。');
  });

  it('personnel: "…之前，是做什么的" of someone only appointed is refused: the list does not say', async () => {
    const h = await harness();
    expect((await h.ask('胡慧芬当天目西路街道办事处主任之前，是做什么的？')).answerable).toBe(false);
  });

  it('personnel: "从哪个单位派来挂职的" asks where someone came from, which the list does not say', async () => {
    const h = await harness();
    // seeds/001: 王正阳 has one row, 任命 …副局长（挂职…）; no row says where he came from
    const r = await h.ask('王正阳是从哪个单位派来挂职的？');
    expect(r.answerable).toBe(false);
  });

  it('personnel: "新任…主任余文君之前担任什么职务" asks the former post only: 新任 describes her, the list has no 免去 row', async () => {
    const h = await harness();
    // seeds/001 line 1653: 余文君 is appointed 江宁路街道办事处主任; no row of hers is a 免去
    const r = await h.ask('新任江宁路街道办事处主任余文君之前担任什么职务？');
    expect(r.answerable).toBe(false);
    expect(r.answer).not.toContain('刘尚宝');
    // "现在谁当主任？" asks of now in a clause of its own
    const both = await h.ask('区信息化委员会现在谁当主任？孙中峰之前不是在宝山路街道吗');
    expect(both.answer.split('\n')).toContain('孙中峰：任命为上海市静安区信息化委员会主任[1]。');
  });

  it('personnel: a part about a person and a part about a body\'s post are two questions', async () => {
    const h = await harness();
    const history: ChatMessage[] = [
      { role: 'user', content: '宫明军这次被任命了什么职务？' },
      { role: 'assistant', content: '宫明军：任命为上海市静安区绿化和市容管理局副局长（试用期一年）。' },
    ];
    const r = await h.ask('那他原来是干什么的？绿化市容局原来的副局长谁被免了？', history);
    // seeds/001: 免去 宫明军 绿化管理中心主任, 免去 桑健全 绿化和市容管理局副局长
    const lines = r.answer.split('\n');
    expect(lines[0]).toBe('宫明军：免去上海市静安区绿化管理中心主任[1]。');
    expect(lines).toContain('桑健全：免去上海市静安区绿化和市容管理局副局长[2]。');
  });

  it('personnel: "原来是…吧，现在去哪了" asks the former post and the new one', async () => {
    const h = await harness();
    const r = await h.ask('孙中峰以前是宝山路街道办事处主任吧，现在去哪个单位了？');
    // seeds/001 line 1649 (任命) and 1723 (免去)
    const lines = r.answer.split('\n');
    expect(lines).toContain('孙中峰：任命为上海市静安区信息化委员会主任[1]。');
    expect(lines).toContain('孙中峰：免去上海市静安区人民政府宝山路街道办事处主任[2]。');
  });

  it('personnel: the new holder of a post the list only vacates is not another street\'s appointee', async () => {
    const h = await harness();
    // seeds/001: 司静 is removed as 大宁路街道办事处主任, and nobody is appointed to it; 江宁路's 余文君 is
    const r = await h.ask('大宁路街道新的主任是谁？');
    expect(r.answerable).toBe(false);
    expect(r.answer).not.toContain('余文君');
  });

  it('personnel: a street named after a word of the asking ("新任命的南京西路街道…") is still that street', async () => {
    const h = await harness();
    // probe19: the place pattern matched "的南京西路", which no post names, and every row was ruled out
    // seeds/001 line 1655: 郜杰 is appointed 上海市静安区人民政府南京西路街道办事处主任
    const r = await h.ask('新任命的南京西路街道办事处主任是谁？');
    expect(r.answer.split('\n')[0]).toBe('郜杰：任命为上海市静安区人民政府南京西路街道办事处主任[1]。');
    // the street must still be the post's: nobody is appointed to 大宁路街道's post (the test below)
    expect((await h.ask('新任命的大宁路街道办事处主任是谁？')).answerable).toBe(false);
  });

  it('personnel: where a person went next is recorded only by a 任命 row of theirs', async () => {
    const h = await harness();
    // seeds/001 line 1685: 王颉鸣 is only removed as 南京西路街道办事处主任; no row says where he went
    const gone = await h.ask('王颉鸣后来调到哪个单位了？');
    expect(gone.answerable).toBe(false);
    expect(gone.answer).not.toContain('郜杰');
    // 孙中峰 has a 任命 row (line 1649): where he went is answered
    const moved = await h.ask('孙中峰后来调到哪个单位了？');
    expect(moved.answer.split('\n')).toContain('孙中峰：任命为上海市静安区信息化委员会主任[1]。');
  });

  it('personnel: "换人了吗", "现在是谁，原来那位呢" ask both sides of the change', async () => {
    const h = await harness();
    // seeds/001 line 1657 (任命 胡慧芬) and 1721 (免去 董启蒙)
    const now = await h.ask('天目西路街道办事处主任现在是谁，原来那位呢？');
    expect(now.answer.split('\n').slice(0, 2).map((l) => l.split('：')[0])).toEqual(['胡慧芬', '董启蒙']);
    const r = await h.ask('天目西路街道办事处主任换人了吗？新主任是谁？');
    expect(r.answer.split('\n').slice(0, 2)).toEqual([
      '胡慧芬：任命为上海市静安区人民政府天目西路街道办事处主任[1]。', '董启蒙：免去上海市静安区人民政府天目西路街道办事处主任[2]。',
    ]);
    // "换成谁了？原来的是谁？": 原来的 alone asks who was removed, 换成 asks the change
    const swapped = await h.ask('天目西路街道办事处主任换成谁了？原来的主任是谁？');
    expect(swapped.answer.split('\n').slice(0, 2).map((l) => l.split('：')[0])).toEqual(['胡慧芬', '董启蒙']);
  });

  it('personnel: "换了人吗", "换主任了没" ask both sides of the change, however the 换 is worded', async () => {
    const h = await harness();
    // seeds/001 line 1673 (任命 施煜) and 1711 (免去 董瑜); "换了人吗" was no personnel question at all
    const r = await h.ask('土地储备中心换了人吗？新的是谁');
    expect(r.answer.split('\n').slice(0, 2).map((l) => l.split('：')[0])).toEqual(['施煜', '董瑜']);
    const street = await h.ask('天目西路街道换主任了没？');
    expect(street.answer.split('\n').slice(0, 2).map((l) => l.split('：')[0])).toEqual(['胡慧芬', '董启蒙']);
  });

  it('personnel: a year asked is the list\'s own, written in its title\'s numerals ("二○二一年十至十二月份")', async () => {
    const h = await harness();
    const r = await h.ask('2021年底土地储备中心换了人吗？新的是谁');
    expect(r.answerable).toBe(true);
    expect(r.answer.split('\n').slice(0, 2).map((l) => l.split('：')[0])).toEqual(['施煜', '董瑜']);
    // a year the list is not of is still missing
    expect((await h.ask('2023年土地储备中心换了人吗？新的是谁')).answerable).toBe(false);
  });

  it('personnel: a span of months or a year asked in numerals must be the list\'s ("二○二一年十至十二月份")', async () => {
    const h = await harness();
    // probe11: answered with the 挂职 rows, whose notes run "至2022年10月止"
    const other = await h.ask('二〇二二年一至三月份区政府的人事任免名单有吗？');
    expect(other.answerable).toBe(false);
    expect(other.debug?.reasons).toContain('months 一至三月 not in the evidence');
    const own = await h.ask('十到十二月这批任免里，土地储备中心换了人吗？');
    expect(own.answer.split('\n').slice(0, 2).map((l) => l.split('：')[0])).toEqual(['施煜', '董瑜']);
  });

  it('personnel: "之前在哪，这次新任什么" of someone both removed and appointed asks both rows', async () => {
    const h = await harness();
    // seeds/001 line 1683 (任命 …绿化和市容管理局副局长) and 1735 (免去 …绿化管理中心主任)
    const r = await h.ask('宫明军之前是干什么的，这次新任了什么？');
    const own = r.answer.split('\n').filter((l) => l.startsWith('宫明军'));
    expect(own).toEqual(['宫明军：任命为上海市静安区绿化和市容管理局副局长（试用期一年）[1]。', '宫明军：免去上海市静安区绿化管理中心主任[2]。']);
  });

  it('personnel: a body the question names must be the post\'s: no 局长 of another 局 answers "教育局局长是谁"', async () => {
    const h = await harness();
    // the list has 局长 and 副局长 of 粮食和物资储备局, 规划和自然资源局…, none of 教育局 or 民政局
    // probe11: asked as "有没有…的任命", the row ranked first (粮食和物资储备局局长) had been quoted as a table row
    for (const q of ['现在静安区教育局局长是谁？', '区民政局局长是谁？', '十到十二月这批任免里，有没有区教育局局长的任命？是谁？']) {
      const r = await h.ask(q);
      expect(r.answerable).toBe(false);
      expect(r.citations).toEqual([]);
    }
  });

  it('personnel: a personnel row ranked first answers only a question about a post or a person', async () => {
    const h = await harness();
    // 行政服务中心 is in 曲直's post; the question asks about a service, not who holds a post
    const r = await h.ask('腿脚不便的老人能不能在居委会办政务，不用跑行政服务中心？');
    expect(r.answer).not.toContain('曲直');
  });

  it('personnel: asked by a note (试用期), everyone whose row carries it, in list order', async () => {
    const h = await harness();
    const r = await h.ask('这次任命里有试用期的都有谁？');
    // seeds/001 lines 1664–1683: the seven rows ending "（试用期一年）"
    expect([...r.answer.matchAll(/^(\S+?)：任命为/gm)].map((m) => m[1])).toEqual(['王珊', '陆瑾璟', '吴连娇', '何智勇', '廖志鸿', '宋杰', '宫明军']);
    wellFormed(r);
  });

  it('responsibility: 牵头单位 and 配合单位 of a 托育 task', async () => {
    const h = await harness();
    const r = await h.ask('托育的儿童早期发展基地由哪个单位牵头？');
    expect(r.answer).toContain('牵头单位为区卫生健康委，配合单位为区教育局');
    expect(r.citations[0]!.notice).toBe('静府办发〔2021〕14号');
  });

  it('responsibility in running text: the measure and its "（责任部门：…）" note, not the measure alone', async () => {
    const h = await harness();
    const r = await h.ask('生命健康意见里“鼓励高端研发环节落地”是哪些部门负责？');
    expect(r.answer).toContain('鼓励高端研发环节落地。（责任部门：区科委、区商务委、区生态环境局）[1]');
    expect(r.citations[0]!.notice).toBe('静府发〔2021〕17号');
  });

  it('a plan named in the question also opens the notices written about it (its 编制说明)', async () => {
    const h = await harness();
    // seeds/004 line 9: "5、专家论证。邀请罗兰贝格国际管理咨询(上海)有限公司、…等专家" — in the 编制说明, not in the plan itself
    const r = await h.ask('产业发展规划是哪家咨询公司帮忙做的研究？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]).toMatchObject({ title: '《静安区产业发展“十四五”规划》编制说明', kind: '编制说明', source: { file: '004_3ae9a84e2d63446f.txt', startLine: 9 } });
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('5、专家论证');
    // the title quoting the plan's title takes the inner marks; the run-in heading is named once, before the colon
    expect(r.answer.startsWith('《〈静安区产业发展“十四五”规划〉编制说明》“5、专家论证”：邀请罗兰贝格国际管理咨询(上海)有限公司')).toBe(true);
    wellFormed(r);
  });

  it('definition: the sentence that defines the term', async () => {
    const h = await harness();
    const r = await h.ask('什么是公共租赁住房？');
    expect(r.citations).toHaveLength(1);
    expect(r.citations[0]!.quote.startsWith('公共租赁住房是政府提供政策支持')).toBe(true);
  });
});

describe('refusal', () => {
  it('a service asked for by a thing no notice names ("办护照") is refused; one they name ("申请公租房") is not', async () => {
    const h = await harness();
    const passport = await h.ask('在静安办护照需要带哪些材料，去哪里办？');
    expect(passport.answerable).toBe(false);
    expect(passport.debug?.reasons).toContain('no mention of 护照 in the notices asked about');
    expect((await h.ask('申请公租房需要带哪些材料？')).answerable).toBe(true);
  });

  it('how to take part ("怎么报名") is not answered by a passage that never names the act', async () => {
    const h = await harness();
    // probe21: the 美好家园 意见 only says the district "配合推进…“最美物业人”…等评选活动"
    const r = await h.ask('“最美物业人”评选怎么报名参加？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no mention of 报名 (the action asked about) in what is quoted');
    // "怎么申请" is answered in the 办法's words: 申请 is named there
    expect((await h.ask('公租房怎么申请？')).answerable).toBe(true);
  });

  it('what there is now is not answered by a target: "预计到2025年…达到2.5人" says what is wanted', async () => {
    const h = await harness();
    // probe21: the 全民健身 plan's 社会体育指导员 paragraph had answered "现在实际有多少名"
    const now = await h.ask('静安现在实际有多少名社会体育指导员？');
    expect(now.answerable).toBe(false);
    expect(now.debug?.reasons).toContain('no amount reached in the evidence, only a target');
    // the 中期评估 reports what was reached: "人均体育场地面积达0.89平方米" answers the same kind of question
    const reached = await h.ask('中期评估的时候，人均体育场地面积实际达到多少了？');
    expect(reached.answerable).toBe(true);
    expect(reached.answer).toContain('0.89');
  });

  it('a charge no notice names ("滞纳金", "申请费") is refused; one they name ("押金") is not', async () => {
    const h = await harness();
    // probe21: the 退出管理 article (拖欠租金) and the 资格确认 article had answered these
    const late = await h.ask('公租房房租晚交几天，会不会收滞纳金？');
    expect(late.answerable).toBe(false);
    expect(late.debug?.reasons).toContain('no mention of 滞纳金 in the notices asked about');
    const fee = await h.ask('申请静安公租房的准入资格，要交申请费或者审核手续费吗？');
    expect(fee.debug?.reasons).toContain('no mention of 申请费 in the notices asked about');
    expect(fee.answerable).toBe(false);
    expect((await h.ask('公租房签约时要交押金吗？')).answerable).toBe(true);
  });

  it('a street asked about must be in what is quoted: a district-wide figure is not its share', async () => {
    const h = await harness();
    // probe21: the 中期评估's "建成9家社区“宝宝屋”" had answered for 临汾路街道, which it does not name
    const r = await h.ask('临汾路街道有没有社区“宝宝屋”？具体在哪里？');
    expect(r.answerable).toBe(false);
    const one = await h.ask('临汾路街道有没有社区“宝宝屋”？');
    expect(one.debug?.reasons).toContain('no mention of 临汾路街道 in what is quoted');
    // the street the asker lives in is a circumstance
    expect((await h.ask('我住在临汾路街道，在静安上班，有居住证，能申请公租房吗？')).answerable).toBe(true);
    // "街镇级" is every street and town, no street's name
    const meeting = await h.ask('物业党建联建的街镇级联席会议由谁召集？哪些单位参加？');
    expect(meeting.citations[0]!.section).toContain('2．街镇级工作联席会议制度');
  });

  it('another city\'s rule ("杭州的公租房") is refused like another district\'s; 南京西路 and 苏州河 are no cities', async () => {
    const h = await harness();
    const r = await h.ask('杭州的公租房一次也是签2年合同吗？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('names unknown to the corpus: 杭州');
    expect((await h.ask('南京西路的规划里全球服务机构数的目标是多少？')).answerable).toBe(true);
  });

  it('a rise in a charge asked ("续签的时候租金会涨多少") needs a sum or a share; whether it is adjusted does not', async () => {
    const h = await harness();
    const history: ChatMessage[] = [
      { role: 'user', content: '静安公租房的租赁合同一般签几年？' },
      { role: 'assistant', content: '按《静安区公共租赁住房申请供应和租后管理办法（2021版）》第十七条，租赁合同期限一般为2年' },
    ];
    const rise = await h.ask('那续签的时候租金一般会涨多少？', history);
    expect(rise.answerable).toBe(false);
    expect(rise.debug?.reasons).toContain('no sum of money (a rise) in the evidence');
    // 第二十一条 says the rent is adjusted periodically and not within a contract: that answers "会涨吗"
    expect((await h.ask('公租房租金会涨吗？多久调整一次？')).answerable).toBe(true);
  });

  it('a day of the week asked ("周六去能办吗", "周末对外开放吗") needs days named; one the asker goes on does not', async () => {
    const h = await harness();
    // 政策解读 6 gives the windows' addresses and phones, no opening days; no notice gives the 体育中心's
    const saturday = await h.ask('静安公共租赁住房运营公司在安远路那个窗口，周六去能办吗？几点下班？');
    expect(saturday.answerable).toBe(false);
    const weekend = await h.ask('静安体育中心晚上几点关门？周末对外开放吗？');
    expect(weekend.answerable).toBe(false);
    expect(weekend.debug?.reasons).toContain('no date (a day of the week) in the evidence');
    // "周末想去…跑步" says when; what is asked is how to get in
    expect((await h.ask('周末想去学校操场跑步 进校要怎么验证身份')).answerable).toBe(true);
  });

  it('a question whose known words are only ones every notice uses is refused, however well they match', async () => {
    const h = await harness();
    // 中考/录取/分数线 are nowhere in the seeds; 静安区 and 重点 are everywhere (重点园区走访 matched 市重点)
    const r = await h.ask('静安区今年中考的录取分数线出来了吗？市重点大概要多少分？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toEqual(['the question names nothing the notices speak of']);
    // one rarer word is enough to be asked about
    expect((await h.ask('静安区的家庭科学育儿指导站有几个？')).answerable).toBe(true);
  });

  it('a notice\'s date line answers when it was issued, not "托育服务宣传月是几月份"', async () => {
    const h = await harness();
    const month = await h.ask('托育服务宣传月是几月份？');
    // the 托育 plan (静府办发〔2021〕14号) dates itself 2021年10月15日 and names no month for any campaign
    expect(month.answerable).toBe(false);
    const issued = await h.ask('托育服务三年行动计划是哪天印发的？');
    expect(issued.answer).toContain('的发文日期为2021年10月15日');
  });

  it('an indicator the plan does not have is refused, naming the closest notice', async () => {
    const h = await harness();
    const r = await h.ask('大宁功能区规划里新增停车位的目标是多少？');
    expect(r.answerable).toBe(false);
    expect(r.citations).toEqual([]);
    expect(r.answer).toContain('现有文件中没有找到');
    expect(r.answer).toContain('《大宁功能区“十四五”规划》');
  });

  it('"在哪" is answered by a place: an address, or the office to go to; a count of things is none', async () => {
    const h = await harness();
    // 市北's indicator table gives 新增白领食堂 2-3个, nowhere where
    const canteen = await h.ask('市北要新增的白领食堂建在哪？');
    expect(canteen.answerable).toBe(false);
    expect(canteen.debug?.reasons).toContain('no place in the evidence');
    // the 政策解读's "6.在哪里申请…" gives the companies' addresses (001_…txt, 谈家桥156号)
    const office = await h.ask('闸北公租房那家运营公司在哪儿？');
    expect(office.answerable).toBe(true);
    expect(office.answer).toContain('谈家桥156号');
  });

  it('everyday words are read as the text\'s own: 比赛 as 赛事, 锻炼 as 健身, 装好 as 完工', async () => {
    const h = await harness();
    // seeds/001 line 104 (大宁): "静安体育中心…承接了各类赛事及演出活动超300场，累计接待运动健身者108.67万人次"
    const centre = await h.ask('静安体育中心办过多少场比赛和演出？来锻炼的有多少人次？');
    expect(centre.answer).toContain('超300场');
    expect(centre.answer).toContain('108.67万人次');
    // seeds/002 line 127: "大力推进既有多层住宅加装电梯,“十四五”以来开工建设1448台…完工757台"
    const lifts = await h.ask('十四五以来静安加装电梯装好了多少台？');
    expect(lifts.answer).toContain('757');
  });

  it('"意见寄到哪里": 寄到 is the text\'s 邮寄, answered by the address it gives', async () => {
    const h = await harness();
    const r = await h.ask('中期评估报告征求意见，意见可以寄到哪里？');
    // seeds/002 line 4: "通过信件方式将意见邮寄至:静安区巨鹿路915号2001室发展规划科;邮编:200040。"
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('巨鹿路915号2001室');
  });

  it('a statement closing a question is the asker\'s situation, not a second question answered from any passage', async () => {
    const h = await harness();
    const r = await h.ask('静安的公租房房源具体在哪些小区？我想挑个离单位近的。');
    expect(r.answerable).toBe(false);
    expect(r.citations).toEqual([]);
  });

  it('a target year the indicator table does not have is refused, not answered with the 2025 figure', async () => {
    const h = await harness();
    // the 大宁 indicator table (静府发〔2021〕12号) has only a 2025年 column
    const r = await h.ask('大宁功能区2030年税收收入年均增长率目标是多少？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toEqual(['year 2030 not in the evidence']);
    expect(r.answer).toContain('《大宁功能区“十四五”规划》（静府发〔2021〕12号）');
  });

  it('a part naming nothing of its own after a part plainly refused asks more of the same: refused too', async () => {
    const h = await harness();
    // probe11: "有没有具体标准" had been answered with 第七条 配租标准 (1居室), though the 标准 asked is the rent's
    const r = await h.ask('静安公租房一个一居室每月租金大概多少钱？有没有具体标准？');
    expect(r.answerable).toBe(false);
    expect(r.citations).toEqual([]);
    // a part with a subject of its own (合同) is still answered on its own
    const own = await h.ask('静安公租房一个一居室每月租金大概多少钱？合同一签几年？');
    expect(own.answerable).toBe(true);
    // probe13: "有具体数字吗" after a part refused for want of support (no passage about 商圈零售总额) had been
    // answered with a paragraph about 数字消费
    const unsupported = await h.ask('南京西路商圈到2025年零售总额要冲到多少亿？有具体数字吗？');
    expect(unsupported.answerable).toBe(false);
    // probe8: naming only the kind of thing refused for (租金 after a sum of money) is asking for it again
    const again = await h.ask('静安公租房一室户一个月大概多少钱？有没有具体的租金标准？');
    expect(again.answerable).toBe(false);
    expect(again.citations).toEqual([]);
  });

  it('the year of a 文号 asks no year, and a relative year in a stated circumstance asks none either', async () => {
    const h = await harness();
    // probe11: "〔2021〕" had been read as a year the answer must contain, refusing what 第（三）部分 answers
    const byNumber = await h.ask('考考大家：静府发〔2021〕18号人力资源服务产业实施意见的保障措施是哪三条？');
    expect(byNumber.answerable).toBe(true);
    expect(byNumber.answer).toContain('用好产业引导基金');
    // probe10: "合同明年3月底到期" is the asker's case; "提前多久" asks the rule (第二十条: 期满前3个月)
    const stated = await h.ask('我住的公租房合同明年3月底到期，还想接着住。续租要提前多久去申请？万一我忘了申请会怎么样？');
    expect(stated.answerable).toBe(true);
    expect(stated.answer).toContain('期满前3个月');
    // still refused: the amount asked for next year
    const asked = await h.ask('静安明年GDP是多少？');
    expect(asked.answerable).toBe(false);
  });

  it('a refusal names each closest notice once, a 政策解读 apart from the rule it explains', async () => {
    const h = await harness();
    const r = await h.ask('公租房办法里有没有关于电动自行车充电的规定');
    expect(r.answerable).toBe(false);
    const named = [...r.answer.matchAll(/《([^》]+)》/g)].map((m) => m[1]!);
    // the 政策解读's short title was the rule's title in ASCII brackets: the same name twice to a reader
    const folded = named.map((n) => n.replace(/（/g, '(').replace(/）/g, ')'));
    expect(new Set(folded).size).toBe(folded.length);
    expect(named).toContain('静安区公共租赁住房申请供应和租后管理办法（2021版）');
  });

  it('a sum of money asked for must be quoted: a passage with other numbers does not answer "能拿多少补贴"', async () => {
    const h = await harness();
    const r = await h.ask('托育机构每个托位能拿多少补贴？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no sum of money in the evidence');
  });

  it('the amount the asker states is not the amount asked: "现在不到40%，…要提高到多少" needs another number', async () => {
    const h = await harness();
    // probe13: had been answered with （二）存在的差距不足 "轨道交通站点覆盖率不足40%", the asker's own figure
    const r = await h.ask('市北功能区轨道交通站点覆盖率现在不到40%，十四五规划要提高到多少？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no amount in the evidence');
  });

  it('a past plan period asked ("十三五那五年") must be in the evidence; the period the notices plan for names them', async () => {
    const h = await harness();
    // probe13: had been answered with the mid-term table's 十四五 row (新增跨国公司地区总部 60, 中期 40家)
    const past = await h.ask('十三五那五年，静安新引进了多少家跨国公司地区总部？');
    expect(past.citations[0]!.quote).toContain('“十三五”期间，全区新引进跨国公司地区总部30家');
    expect(past.answer).not.toContain('中期完成情况');
    // "十四五" is in the plans' titles: the 苏河湾 table row answers without saying it
    const plan = await h.ask('苏河湾功能区十四五要新建几处基础教育设施？');
    expect(plan.answer).toContain('“新增基础教育设施”2025年目标为7处');
  });

  it('the word the asking words stand against ("哪些园区") counts in choosing the sentence', async () => {
    const h = await harness();
    // probe13: 市北's "结合区域实际情况开展实地走访调研" (实地, 走访, 规划) had been the only passage quoted; the
    // 编制说明's 3、重点园区走访, which names the 园区, now comes beside it (still second)
    const r = await h.ask('编产业十四五规划的时候，实地走访了哪些园区？');
    expect(r.citations.map((c) => c.section)).toContain('二、 主要工作方法 > 3、重点园区走访');
    expect(r.answer).toContain('环上大影视园区');
  });

  it('"哪个科室" is answered by an office named by what it is (发展规划科), whatever the text calls it', async () => {
    const h = await harness();
    const r = await h.ask('中期评估的意见信件要邮寄给哪个科室？');
    expect(r.debug?.reasons).toEqual([]);
    expect(r.citations[0]!.quote).toContain('发展规划科');
  });

  it('"多久" asks a length of time: "累计发生3次拖欠租金" counts, it gives no time', async () => {
    const h = await harness();
    // probe10: the second part had been answered with 第二十三条 (七)
    const r = await h.ask('公租房退租了押金多久能退回来？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no date (a length of time) in the evidence');
    // "复核…多久给答复" is answered by 第十四条's "10个工作日内"
    const review = await h.ask('对公租房审核结果不服申请复核，多久给答复？');
    expect(review.answerable).toBe(true);
  });

  it('"几月份" asks a month and "几次" a count in 次: a term of years or months gives neither', async () => {
    const h = await harness();
    // probe8: had been answered with the 政策解读's 6.在哪里申请 and the 办法's 受理 articles
    const r = await h.ask('静安公租房一年开放几次申请？一般几月份能报名？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no date (a month) in the evidence');
    // probe21: "哪个月" asks a month too; "坚持“爱国卫生月”…等制度" names the month's campaign, not which month
    const month = await h.ask('静安每年的“爱国卫生月”是哪个月？');
    expect(month.answerable).toBe(false);
    expect(month.debug?.reasons).toContain('no date (a month) in the evidence');
    // 托育机构 inspections are counted in 次 ("每年对每个机构至少实地巡查指导1次")
    const counted = await h.ask('托育机构每年至少被巡查几次？');
    expect(counted.answerable).toBe(true);
    expect(counted.answer).toContain('1次');
  });

  it('"具体是哪17个" asks the things named one by one: the sentence counting them does not answer', async () => {
    const h = await harness();
    // probe7: had been answered with (二)重大项目推进情况 "…17个项目进展慢于预期"
    const r = await h.ask('中期评估说有17个重大项目进展慢于预期，具体是哪17个？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no list of the 17 asked for in the evidence');
    // a list quoted answers: "四级" names its four venues one after another
    const four = await h.ask('全民健身计划里说的“四级”具体指哪四个场馆？');
    expect(four.answerable).toBe(true);
  });

  it('a time of day asked ("几点关门", "开到几点") is not answered by a year or a date', async () => {
    const h = await harness();
    // probe10: the 大宁公园 sentence (2019年正式挂牌…夜公园的开放) had answered "晚上一般开到几点"
    const r = await h.ask('大宁公园不是说开了夜公园吗？晚上一般开到几点？我下班想去那儿跑步。');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no date (a time of day) in the evidence');
  });

  it('a year in a document title quoted (《全民健身计划（2021-2025年）》) is no date of what was asked', async () => {
    const h = await harness();
    // probe13: "中期评估定在哪一年做" had been answered with （六）实施监督评估 (no year) beside the preamble's titles
    const r = await h.ask('全民健身实施计划（2021-2025）的中期评估定在哪一年做？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no date in the evidence');
  });

  it('"押金要交几个月的租金": a sum to pay is asked, which 第十七条 (缴纳租金、押金等相关费用) does not give', async () => {
    const h = await harness();
    // probe, probe9: had been answered with 第十七条 and 第二十一条 (whose "1年" is no sum)
    const r = await h.ask('租静安公租房，押金一般要交几个月的租金？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no sum of money in the evidence');
  });

  it('the word right against the asking words must be quoted: "总投资是多少" needs 投资 in the evidence', async () => {
    const h = await harness();
    const r = await h.ask('托育服务行动计划的总投资是多少？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toEqual(['no sum of money in the evidence', 'focus 投资 not in the evidence']);
  });

  it('a year stated at the head of a section ("到2025年，…") counts for the paragraphs under it', async () => {
    const h = await harness();
    // seeds/001 lines 1814–1816: "（三）发展目标" / "到2025年，…" / "…税收规模达到660亿元，占全区税收比重达到75%"
    const r = await h.ask('六大产业税收规模2025年要到多少亿元？');
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('税收规模达到660亿元');
    expect(r.citations[0]).toMatchObject({ notice: '静府办发〔2021〕12号', source: { startLine: 1816 } });
  });

  it('a time of day asked for must be quoted: no notice gives a venue\'s opening hours', async () => {
    const h = await harness();
    const r = await h.ask('静安体育中心晚上几点关门？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toEqual(['no date in the evidence']);
  });

  it('"为什么…" needs a reason in what is quoted; "被任命为什么职务" asks no reason', async () => {
    const h = await harness();
    // seeds/002: the 中期评估 says only that the 大宁公园 project was "因故暂缓实施"
    const why = await h.ask('大宁公园改造项目为什么暂缓了？');
    expect(why.answerable).toBe(false);
    expect(why.debug?.reasons).toContain('no reason in the evidence');
    const post = await h.ask('胡慧芬被任命为什么职务？');
    expect(post.answerable).toBe(true);
  });

  it('a plan period the corpus does not cover is refused', async () => {
    const h = await harness();
    const r = await h.ask('静安全民健身到2030年的目标是什么？');
    expect(r.answerable).toBe(false);
  });

  it('another district is refused even though the Jing\'an 办法 shares every other word', async () => {
    const h = await harness();
    const r = await h.ask('徐汇区的公租房申请条件是什么？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toEqual(['names unknown to the corpus: 徐汇区']);
  });

  it('another district\'s plan is refused; a district the asker lives in is only a circumstance', async () => {
    const h = await harness();
    const other = await h.ask('普陀区的全民健身实施计划里，经常参加锻炼的人数比例定的多少？');
    expect(other.answerable).toBe(false);
    expect(other.debug?.reasons).toContain('names unknown to the corpus: 普陀区');
    const resident = await h.ask('我户口在普陀区，在静安上班，能申请公租房吗');
    expect(resident.answerable).toBe(true);
    expect(resident.citations[0]!.sectionPath.at(-1)).toBe('第五条  申请条件');
    // the district whose rule is wanted may follow the verb: "想申请普陀区的公租房" is still another district's rule
    const wanted = await h.ask('我在长宁区上班，户口也在长宁，想申请长宁区的公租房，条件和静安一样吗？');
    expect(wanted.answerable).toBe(false);
    expect(wanted.debug?.reasons).toContain('names unknown to the corpus: 长宁区');
    // an edition the corpus does not hold: the 2021版 only says it repealed the 2017 one; its fate is still answered
    const old = await h.ask('2017年那版公租房办法规定的申请条件是什么？');
    expect(old.answerable).toBe(false);
    expect(old.debug?.reasons).toContain('names unknown to the corpus: 2017版');
    const fate = await h.ask('2017版的公租房办法是什么时候废止的？');
    expect(fate.answerable).toBe(true);
    expect(fate.answer).toContain('静房规【2017】1号');
    // another district's report: the 中期评估 here is 静安's
    const report = await h.ask('闵行区的十四五中期评估报告里，社会消费品零售总额完成得怎么样？');
    expect(report.answerable).toBe(false);
    expect(report.debug?.reasons).toContain('names unknown to the corpus: 闵行区');
  });

  it('an amount asked for must be quoted: "公示几天" is answered by the sentence with the number', async () => {
    const h = await harness();
    const r = await h.ask('公租房审核通过以后要公示几天？');
    expect(r.answer).toContain('公示期为3日');
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第十二条  公示');
  });

  it('after 多久 comes the verb whose duration is asked: "多久查完" is answered by "10个工作日内完成核查"', async () => {
    const h = await harness();
    const r = await h.ask('有人实名举报公租房申请人造假，区运营机构多久查完？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第十二条  公示');
    expect(r.citations[0]!.quote).toContain('并在举报后10个工作日内完成核查');
    wellFormed(r);
  });

  it('clauses describing the asker\'s family set the scene wherever the pronoun stands', async () => {
    const h = await harness();
    // seeds/001 (静府办发〔2021〕14号 4．): "每年为每个有需求的常住人口新生儿家庭提供至少1次上门指导"
    const r = await h.ask('一直住在静安，孩子刚出生，家里没有上海户口，区里会有人上门做育儿指导吗？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('提供至少1次上门指导');
  });

  it('a verb before the asking words is not the thing asked about: "提前多久" is answered by "期满前3个月"', async () => {
    const h = await harness();
    // seeds/001 line 2213 (第二十条): "承租人应当在租赁合同期满前3个月…提交书面申请"; 提前 is nowhere in it
    const r = await h.ask('公租房续租要提前多久提出申请？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.sectionPath.at(-1)).toBe('第二十条  租赁合同管理');
    expect(r.citations[0]!.quote).toContain('租赁合同期满前3个月');
    wellFormed(r);
  });

  it('"哪些环节" is answered by the steps, whatever the text calls them', async () => {
    const h = await harness();
    const r = await h.ask('申请公租房要走哪些环节？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.section).toBe('5.申请公租房的流程是什么？');
    expect(r.citations[0]!.quote).toContain('咨询→申请→受理→初审→复审→公示');
    expect(r.debug?.reasons).toEqual([]);
  });

  it('a unit only named ("一套公房", "这套房") asks for no amount; "多少钱一平米" does', async () => {
    const h = await harness();
    const named = await h.ask('我家是外地户籍，承租了一套公房，有租用居住公房凭证，申请公租房时这套房面积怎么计算？');
    expect(named.answerable).toBe(true);
    expect(named.citations.some((c) => c.quote.includes('承租公有住房并持有《租用居住公房凭证》的，按该处住房内本市户籍人数分摊计算面积'))).toBe(true);
    wellFormed(named);
    const asked = await h.ask('公租房每月租金多少钱一平米？');
    expect(asked.answerable).toBe(false);
  });

  it('a count asked for needs a number with a measure word, the text\'s own one counting too', async () => {
    const h = await harness();
    // the passage names the 健身苑点 but counts nothing ("15分钟体育生活圈" is no count)
    expect((await h.ask('全民健身计划要建设多少个市民益智健身苑点？')).answerable).toBe(false);
    // 栋 asked, 幢 written
    const counted = await h.ask('南京西路功能区2020年税收过亿的楼宇有几栋？');
    expect(counted.answerable).toBe(true);
    expect(counted.citations[0]!.quote).toContain('税收过亿的楼宇达到28幢');
  });

  it('a sum asked for ("房租能减免多少") is not answered by a passage that only says rent is reduced', async () => {
    const h = await harness();
    const r = await h.ask('民办园开设普惠性托班，房租能减免多少？');
    expect(r.answerable).toBe(false);
    expect(r.answer).toContain('《静安区托育服务三年行动计划（2021-2023年）》');
  });

  it('a named person\'s former post: their 免去 row, or a refusal when the list records only the appointment', async () => {
    const h = await harness();
    const recorded = await h.ask('孙中峰之前在哪个单位任职？');
    expect(recorded.answer.split('\n')[0]).toBe('孙中峰：免去上海市静安区人民政府宝山路街道办事处主任[1]。');
    expect(recorded.answer).not.toContain('任命为');
    const unrecorded = await h.ask('熊建菁以前是干什么的？');
    expect(unrecorded.answerable).toBe(false);
    expect(unrecorded.answer).toContain('《二○二一年十至十二月份区政府人事任免事项》');
  });

  it('a personnel row answers who and what post, not how to reach them: a phone number asked of it is refused', async () => {
    const h = await harness();
    expect((await h.ask('郜杰的联系电话是多少？')).answerable).toBe(false);
    // while "how many" is answered by the rows listed
    expect((await h.ask('区金融服务办公室这次新来了几个副主任？')).answerable).toBe(true);
  });

  it('a count of 场 needs a number of 场; a thing no notice names in a yes/no is refused even when not last', async () => {
    const h = await harness();
    // the 全民健身 plan names marathons it supports, but no number of them
    expect((await h.ask('全民健身计划里静安要办几场马拉松？')).answerable).toBe(false);
    // 公积金 appears in no notice; 租金 shares a character with it, not a word
    expect((await h.ask('公租房能不能用公积金付房租？')).answerable).toBe(false);
  });

  it('the focus is the thing asked for: a share answered by a percentage, a verb of change passed over', async () => {
    const h = await harness();
    // "比例" is answered by "超过55%", whatever word the text uses for the share
    expect((await h.ask('托育计划里托幼一体幼儿园的比例要达到多少？')).answer).toContain('超过55%');
    // "变成多少家" asks how many 跨国公司地区总部, not for the word 变成
    expect((await h.ask('产业规划里说十三五末跨国公司地区总部有88家，中期评估时变成多少家了？')).answer).toContain('118家');
  });

  it('the focus passes over 平时/一般 and over the asking word 意思: "一般多久会被巡查一次" is answered by 每月…', async () => {
    const h = await harness();
    const r = await h.ask('托育机构一般多久会被巡查一次？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('每年对每个机构至少实地巡查指导1次');
  });

  it('"X在哪里" asks for X: a passage about the 管委会 that gives no 地址 does not answer', async () => {
    const h = await harness();
    expect((await h.ask('市北高新园区的管委会地址在哪里？')).answerable).toBe(false);
  });

  it('a phone number asked for must be quoted: "设立电话、信箱" is no number to call', async () => {
    const h = await harness();
    expect((await h.ask('区住房保障机构的举报电话是多少？')).answerable).toBe(false);
    const listed = await h.ask('静安公租房去哪里申请，电话多少？');
    expect(listed.answerable).toBe(true);
    expect(listed.answer).toContain('咨询电话：62665300');
  });

  it('a clause in which the asker describes themselves is not held against the passage that answers', async () => {
    const h = await harness();
    const r = await h.ask('我们一家三口刚搬来静安，公租房公示期是几天？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('公示期为3日');
  });

  it('a term the question quotes picks the passage: a list that never uses “五进” does not answer', async () => {
    const h = await harness();
    // the 全民健身 list "（五）扩展科学健身指导服务…" shares 指导服务 with the question but not the quoted term
    const r = await h.ask('科学育儿指导服务讲的“五进”模式是哪五进？');
    expect(r.citations[0]!.title).toContain('托育服务三年行动计划');
    expect(r.answer).toContain('进社区、进园区、进楼宇、进场馆、进家庭');
  });

  it('a yes/no question about something no notice mentions is refused, however well the rest matches', async () => {
    const h = await harness();
    for (const q of ['公租房可以养宠物吗？', '公租房里能不能开网店？']) {
      const r = await h.ask(q);
      expect(r.answerable, q).toBe(false);
      expect(r.answer).toContain('静安区公共租赁住房申请供应和租后管理办法');
    }
    // the thing asked about is in the text: answered
    const r = await h.ask('公租房承租人可以转租吗？');
    expect(r.answerable).toBe(true);
    expect(r.citations.map((c) => c.quote).join('')).toContain('转租');
    // an everyday word for what the text says ("房子" for 住房) is no stranger: answered by the sentence that forbids
    const renovate = await h.ask('公租房承租人能不能自行装修房子？');
    expect(renovate.answerable).toBe(true);
    expect(renovate.citations[0]!.quote).toContain('承租人在租赁住房期间，不得对住房进行装修');
  });

  it('a person no notice names is refused, not answered with somebody else\'s row', async () => {
    const h = await harness();
    const r = await h.ask('张伟被任命为什么职务？');
    expect(r.answerable).toBe(false);
    expect(r.answer).toContain('《二○二一年十至十二月份区政府人事任免事项》');
    expect((await h.ask('郁霆被任命为什么职务？')).answer).toContain('郁霆：任命为铁路上海站地区管理委员会办公室常务副主任');
  });

  it('who holds a post is answered by a name: "区长直通车" does not say who the 区长 is', async () => {
    const h = await harness();
    expect((await h.ask('静安区区长是谁？')).answerable).toBe(false);
    expect((await h.ask('区健康促进中心主任是谁？')).answer).toContain('熊建菁：任命为上海市静安区健康促进中心主任');
  });

  it('"今年" in a question for a figure is this calendar year: notices of earlier years do not give it', async () => {
    const h = await harness();
    const r = await h.ask('静安区今年GDP是多少？');
    expect(r.answerable).toBe(false);
    expect(r.answer).toContain('实施中期评估报告');
  });

  it('an empty retrieval is refused', async () => {
    const h = await harness();
    const r = await h.answerer.answer([{ role: 'user', content: '你好' }], { query: { original: '你好', rewritten: '你好' }, hits: [], timings: {} });
    expect(r.answerable).toBe(false);
  });
});

describe('refusals and answers of probe22', () => {
  it('the head of an office is not a deputy: "主任是谁" is refused when the lists name only 副主任', async () => {
    const h = await harness();
    // seeds/001 lines 1661 and 1695: 应天元 appointed and 季伟娟 removed as 曹家渡街道办事处副主任; no 主任 row
    const head = await h.ask('曹家渡街道办事处现在的主任是谁？');
    expect(head.answerable).toBe(false);
    expect(head.debug?.reasons).toContain('no person named for the post (主任), only a deputy');
    const deputy = await h.ask('曹家渡街道办事处新任命的副主任是谁？');
    expect(deputy.answerable).toBe(true);
    expect(deputy.answer).toContain('应天元：任命为上海市静安区人民政府曹家渡街道办事处副主任');
  });

  it('the final text of a draft for comment is not in the notices: only the draft\'s dates are', async () => {
    const h = await harness();
    const r = await h.ask('中期评估报告征求完意见以后，正式版是哪天发布的？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toEqual(['no final text: the notices cited are drafts for comment']);
    // seeds/002 line 5: the draft's own deadline is answered
    const deadline = await h.ask('中期评估报告征求意见截止到哪天？');
    expect(deadline.answer).toContain('意见反馈截止时间为2023年10月18日');
  });

  it('"哪家公司" asks a company by its name, which "运营公司" or a list of venues is not', async () => {
    const h = await harness();
    // seeds/001 line 2301 names 静安体育中心 among the "四级" venues, and no one who runs it
    const gym = await h.ask('静安体育中心现在是哪家公司在运营管理？');
    expect(gym.answerable).toBe(false);
    expect(gym.debug?.reasons).toContain('focus 公司 not in the evidence');
    // seeds/001 line 2286: "静安公共租赁住房运营有限公司地址：安远路427号"
    const housing = await h.ask('静安的公租房是哪家公司在运营？');
    expect(housing.answerable).toBe(true);
    expect(housing.answer).toContain('静安公共租赁住房运营有限公司');
  });

  it('"万人计划" names a programme, it counts nobody: "多少名" needs a number of 名', async () => {
    const h = await harness();
    // seeds/002 line 159: "引进培育**名海外高层次人才" — the draft left the figure blank
    const r = await h.ask('静英人才行动计划里，十四五要引进培育多少名海外高层次人才？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no count of 名 in the evidence');
  });

  it('"老公房" is an old block of flats, not a husband\'s (老公 → 配偶) house', async () => {
    const h = await harness();
    // the 中期评估 reports the lifts started (1448台) but names no department leading the work
    const who = await h.ask('老公房加装电梯这事，区里是哪个部门牵头负责的？');
    expect(who.answerable).toBe(false);
    expect(who.debug?.reasons).toContain('focus 部门 not in the evidence');
    const lifts = await h.ask('我们那栋老公房想装电梯，静安这几年加装电梯开工了几台？');
    expect(lifts.answer).toContain('1448');
  });

  it('a bare table figure with its unit from the text answers "几个", and "硬指标" is 约束性', async () => {
    const h = await harness();
    // seeds/001 line 1544: 每千人拥有社会体育指导员 … 2.5, 约束性; the plan's text says "…达到2.5人"
    const r = await h.ask('静安全民健身计划要求每千人有几个社会体育指导员？这个是硬指标吗');
    expect(r.answer).toContain('“每千人拥有社会体育指导员”目标为2.5（约束性指标）');
    expect(r.answer).toContain('数量达到2.5人');
    expect(r.answer).not.toContain('没有找到');
  });

  it('a line for one purpose ("监督电话") is not given by numbers the text labels for another ("咨询电话")', async () => {
    const h = await harness();
    // seeds/001 line 2255, 第二十八条: the 住房保障机构 "应当设立电话…接受…监督", and no number; line 2286 gives only 咨询电话
    const r = await h.ask('想举报公租房审核里的违规问题，区住房保障中心的监督电话是多少？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no phone number (监督电话) in the evidence');
    const ask = await h.ask('静安公租房运营公司的咨询电话是多少？');
    expect(ask.answer).toContain('咨询电话：62665300');
  });

  it('a comparison with one side missing is not answerable, and shows the side found', async () => {
    const h = await harness();
    // seeds/001 line 813: 苏河湾's 新增公共绿地面积 row; 南京西路's indicator table has no such row
    const r = await h.ask('南京西路和苏河湾两个功能区，十四五新增公共绿地的目标哪个多？');
    expect(r.answerable).toBe(false);
    expect(r.answer.split('\n')[0]).toBe('现有文件无法回答这一比较：《南京西路功能区“十四五”规划》的主要指标表中没有这项指标。');
    expect(r.answer).toContain('“新增公共绿地面积”2025年目标为6.8万平方米');
    expect(r.citations).toHaveLength(1);
    wellFormed(r);
  });

  it('"大宁公园" is a park, not the 大宁 plan: the 中期评估 reports where its project stands', async () => {
    const h = await harness();
    // seeds/002 line 58: "1个项目因故暂缓实施(大宁公园改造和地下空间建设项目)"; read as naming the 大宁 plan, the
    // question had been kept to that plan's intent ("深化推进…大宁公园改造和地下空间建设")
    const r = await h.ask('大宁公园改造加地下空间那个项目，现在推进得怎么样了？');
    expect(r.answerable).toBe(true);
    expect(r.citations[0]!.quote).toContain('1个项目因故暂缓实施(大宁公园改造和地下空间建设项目)');
    // when it resumes is nowhere: the report dates the standstill, not a restart
    const when = await h.ask('大宁公园改造项目暂缓了，打算什么时候恢复建设？');
    expect(when.answerable).toBe(false);
    expect(when.debug?.reasons).toContain('no mention of 恢复 (the action asked about) in what is quoted');
  });

  it('a new post-holder is not answered by the row removing the old one', async () => {
    const h = await harness();
    // the 十至十二月份 list removes 司静 as 大宁路街道办事处主任 and appoints no one to that post
    const r = await h.ask('大宁路街道办事处的新主任是谁？');
    expect(r.answerable).toBe(false);
    const old = await h.ask('大宁路街道办事处原来的主任是谁？');
    expect(old.answer).toContain('司静：免去上海市静安区人民政府大宁路街道办事处主任');
  });

  it('when a thing happened ("是哪一年通过复评的") is not an indicator\'s target year', async () => {
    const h = await harness();
    // seeds/001 line 989: "在2019年底顺利通过国家级生态工业示范园区复评"; the indicator row only sets "2025年…通过复评"
    const r = await h.ask('市北园区是哪一年通过国家级生态工业示范园区复评的？');
    expect(r.answer).toContain('2019年底');
    expect(r.answer).not.toContain('主要指标中');
  });

  it('"品牌首店" is the table\'s 品牌首入店', async () => {
    const h = await harness();
    // seeds/001: 南京西路's indicator 品牌首入店数量年均增加数, 10 家, 预期性
    const r = await h.ask('南京西路那边每年要多开几家品牌首店？');
    expect(r.answer).toContain('“品牌首入店数量年均增加数”2025年目标为10家（预期性指标）');
  });

  it('a person\'s former post the list does not record ends the search: no other passage stands in for it', async () => {
    const h = await harness();
    // the 十至十二月份 list appoints 郜杰 南京西路街道办事处主任 and removes him from nothing; the general composer had
    // then quoted the 南京西路 plan's addressee line
    const r = await h.ask('郜杰当南京西路街道办主任之前是做什么的？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toEqual(['no 免去 row for 郜杰: the former post is not recorded']);
  });

  it('whether a thing is paid for ("收费吗") needs a passage saying free or paid', async () => {
    const h = await harness();
    // the 中期评估 says "建成9家社区“宝宝屋”" and nothing of a charge
    const r = await h.ask('社区宝宝屋收费吗？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no mention of a charge (free or paid) in what is quoted');
    // seeds/001 line 1562: "落实免费或低价收费开放政策"
    expect((await h.ask('静安的公共体育场馆对市民是免费开放的吗？')).answerable).toBe(true);
  });

  it('"新上来的是谁，前任是谁" of "区经委主任": both sides of the change, 经委 being 经济委员会', async () => {
    const h = await harness();
    // seeds/001 lines 1647 and 1707: 沈虹 appointed and 林晓珏 removed as 上海市静安区经济委员会主任
    const r = await h.ask('区经委主任这次是不是调整了？新上来的是谁，前任是谁？');
    expect(r.answer).toContain('沈虹：任命为上海市静安区经济委员会主任');
    expect(r.answer).toContain('林晓珏：免去上海市静安区经济委员会主任');
  });

  it('"各有几项" asks a count of each: the words before the count are no focus', async () => {
    const h = await harness();
    // seeds/002 line 27: "7项指标提前完成《纲要》目标,15项指标符合预期,另有3项…低于预期"
    const r = await h.ask('中期评估那张主要指标表，提前完成、符合预期、进度落后的各有几项？');
    expect(r.answerable).toBe(true);
    expect(r.answer).toContain('7项指标提前完成');
  });

  it('"哪一次常务会议" asks a meeting by its number, which a personnel list does not give', async () => {
    const h = await harness();
    // the 十至十二月份 list names posts and people, and no meeting; the 大宁 plan's covering notice names its own
    const r = await h.ask('二〇二一年十到十二月这批区政府人事任免，是哪一次区政府常务会议讨论决定的？');
    expect(r.answerable).toBe(false);
    expect(r.debug?.reasons).toContain('no count of 次 (the meeting asked which) in the evidence');
    const plan = await h.ask('大宁功能区十四五规划是在区政府哪次常务会议上通过的？');
    expect(plan.answer).toContain('已经区政府第236次常务会议通过');
  });
});

