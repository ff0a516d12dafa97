import { beforeAll, describe, expect, it } from 'vitest';
import { chunkCorpus } from '../../src/chunk/chunker.js';
import type { ChatMessage } from '../../src/engine/types.js';
import { buildLexicon, type Lexicon } from '../../src/retrieve/lexicon.js';
import { rewriteFollowUp, topicOf } from '../../src/retrieve/rewrite.js';
import { seedCorpus } from '../helpers.js';

let lex: Lexicon;
beforeAll(async () => {
  const corpus = await seedCorpus();
  lex = buildLexicon(chunkCorpus(corpus), corpus.aliases);
});

const turns = (...qs: string[]): ChatMessage[] =>
  qs.flatMap((content) => [{ role: 'user' as const, content }, { role: 'assistant' as const, content: '（回答）' }]);

describe('corpus vocabulary', () => {
  it('recognises plan areas, plan short names, people and indicators from the corpus', () => {
    // 市北/大宁 come from the plan titles, 南西 from the alias table, 郭强 from the personnel records,
    // 新增星级酒店 from the 市北 indicator table, 市北规划 from the plans' short names
    expect(lex.find('市北规划里大宁和南西', 'area').map((e) => [e.surface, e.key])).toEqual([['市北', '市北'], ['大宁', '大宁'], ['南西', '南京西路']]);
    expect(lex.find('郭强任什么职务', 'person').map((e) => e.key)).toEqual(['郭强']);
    expect(lex.find('新增星级酒店几家', 'indicator').map((e) => e.key)).toEqual(['新增星级酒店']);
    expect(lex.find('市北规划', 'notice').map((e) => e.surface)).toEqual(['市北规划']);
  });
});

describe('follow-up rewriting', () => {
  it('swaps the area of the previous question (the issue\'s example)', () => {
    expect(rewriteFollowUp('那大宁呢？', turns('市北2025年税收增长目标是多少？'), lex)).toBe('大宁2025年税收增长目标是多少？');
  });

  it('a question going on from the previous answer ("既然…") takes the previous topic; "各是多少" is asking', () => {
    // probe19: "既然已经提前达标了，…有没有提出更高的要求？" stood alone, and nothing said which target had been met
    expect(rewriteFollowUp('既然已经提前达标了，后面到2025年有没有提出更高的要求？', turns('人均体育场地面积，十四五目标和中期实际各是多少？'), lex))
      .toBe('人均体育场地面积，十四五目标和中期实际，既然已经提前达标了，后面到2025年有没有提出更高的要求？');
    expect(rewriteFollowUp('既然提前完成了，还会再提高吗？', [], lex)).toBe('既然提前完成了，还会再提高吗？');
  });

  it('a follow-up that ends the way the previous question did puts its thing in place of the thing before that ending', () => {
    // probe21: "那体育健身组织的数量有什么要求？" had been appended to the 社会体育指导员 question and answered about them
    expect(rewriteFollowUp('那体育健身组织的数量有什么要求？', turns('全民健身计划对社会体育指导员的数量有什么要求？'), lex))
      .toBe('全民健身计划对体育健身组织的数量有什么要求？');
    // a head that asks on its own ("哪些体育健身组织") is a question of its own, the topic added before it
    expect(rewriteFollowUp('那哪些体育健身组织的数量有什么要求？', turns('全民健身计划对社会体育指导员的数量有什么要求？'), lex))
      .toBe('全民健身计划对社会体育指导员的数量，哪些体育健身组织的数量有什么要求？');
  });

  it('a question opening with an example ("比如…") is an instance of the previous question, asked of what it names', () => {
    // probe19: the part "比如到2023年电竞企业要到多少家？" lost the 大宁 plan its question named and was answered
    // from the 中期评估's figures of other things
    expect(rewriteFollowUp('比如到2023年电竞企业要到多少家？', turns('大宁功能区规划有没有给2023年定阶段目标？'), lex))
      .toBe('大宁功能区规划有没有给2023年定阶段目标，比如到2023年电竞企业要到多少家？');
  });

  it('a new supposition takes the place of the previous one, about the same thing', () => {
    // was "住静安公租房要是房租拖欠了，要是我长期不在那住呢？": the old supposition outweighed the new
    expect(rewriteFollowUp('那要是我长期不在那住呢？', turns('住静安公租房要是房租拖欠了会怎么样？'), lex)).toBe('住静安公租房，要是我长期不在那住呢？');
  });

  it('an area named with 功能区 says no more than the area; a clause after the swap asks on, its 它 the area named', () => {
    const prev = turns('南京西路功能区十四五对商圈客流有目标吗？');
    expect(rewriteFollowUp('那市北功能区呢？', prev, lex)).toBe('市北功能区十四五对商圈客流有目标吗？');
    // was "…有目标，呢？它的日均客流目标定了多少？", and 它 found 南京西路's row: a wrong figure for 市北
    expect(rewriteFollowUp('那市北呢？它的日均客流目标定了多少？', prev, lex)).toBe('市北功能区十四五对商圈客流有目标，市北的日均客流目标定了多少？');
  });

  it('a thing put in place of one read across the asking words keeps them ("新建几处" stays)', () => {
    // the phrase ending like "医疗卫生和养老设施" had been "新建几处基础教育设施", and the swap dropped 新建几处
    expect(rewriteFollowUp('医疗卫生和养老设施呢？', turns('苏河湾功能区十四五要新建几处基础教育设施？'), lex))
      .toBe('苏河湾功能区十四五要新建几处医疗卫生和养老设施？');
  });

  it('a question naming only an area and asking again ("苏河湾那边定的多少？") swaps it into the previous one', () => {
    // probe13: it named an area, so it had stood alone and was answered with 苏河湾's 区域发展环境
    expect(rewriteFollowUp('苏河湾那边定的多少？', turns('市北功能区十四五的税收收入年均增长目标是多少？'), lex))
      .toBe('苏河湾功能区十四五的税收收入年均增长目标是多少？');
    // an area with a thing of its own asked stands alone
    expect(rewriteFollowUp('苏河湾的绿地率是多少？', turns('市北功能区十四五的税收收入年均增长目标是多少？'), lex))
      .toBe('苏河湾的绿地率是多少？');
  });

  it('swaps an area inside a plan\'s short name, writing an everyday form out in full', () => {
    expect(rewriteFollowUp('那大宁呢？', turns('市北规划里税收年均增长目标是多少？'), lex)).toBe('大宁规划里税收年均增长目标是多少？');
    expect(rewriteFollowUp('南西呢？', turns('市北规划里税收年均增长目标是多少？'), lex)).toBe('南京西路规划里税收年均增长目标是多少？');
    // the previous question named its indicator in its own words (the table says 每千人拥有社会体育指导员): the one named
    // now is asked of the previous question's notice, the way it asked
    expect(rewriteFollowUp('那每万人体育健身组织数量呢？', turns('全民健身实施计划里，每千人社会体育指导员的目标是多少？'), lex))
      .toBe('全民健身实施计划每万人体育健身组织数量的目标是多少？');
  });

  it('swaps a person for a person', () => {
    expect(rewriteFollowUp('那郭强呢？', turns('李卿被任命为什么职务？'), lex)).toBe('郭强被任命为什么职务？');
  });

  it('puts the person the previous question named where 他/她 points at them', () => {
    // probe13: "他原来的职务" had been asked of nobody and answered with another man's 免去 row
    expect(rewriteFollowUp('他原来的职务免掉了吗？原来是干什么的？', turns('孙中峰这次任命的是什么职务？'), lex))
      .toBe('孙中峰原来的职务免掉了吗？原来是干什么的？');
    // 其他 points at no one named: the follow-up only gets the topic
    expect(rewriteFollowUp('其他人员有哪些变动？', turns('孙中峰这次任命的是什么职务？'), lex)).toBe('孙中峰这次任命的，其他人员有哪些变动？');
  });

  it('swaps an indicator for an indicator, keeping the plan', () => {
    expect(rewriteFollowUp('那税收收入占全区比重呢？', turns('大宁规划里税收收入年均增长率是多少？'), lex))
      .toBe('大宁规划里税收收入占全区比重是多少？');
  });

  it('puts a thing named with 呢 in place of the previous indicator, even when it is not an exact indicator name', () => {
    // "新增商业商务楼宇建筑面积" is a row of the 苏河湾 indicator table; "星级酒店" names no row exactly
    expect(rewriteFollowUp('那星级酒店呢？', turns('苏河湾规划里新增商业商务楼宇建筑面积目标是多少？'), lex)).toBe('苏河湾规划里星级酒店目标是多少？');
    // a follow-up that asks its own question is not a replacement: it gets the previous topic in front
    expect(rewriteFollowUp('星级酒店有多少呢？', turns('苏河湾规划里新增商业商务楼宇建筑面积目标是多少？'), lex))
      .toBe('苏河湾规划里新增商业商务楼宇建筑面积目标，星级酒店有多少呢？');
    // "X呢" followed by its own asking clause: X takes the indicator's place, the clause is kept
    expect(rewriteFollowUp('那星级酒店呢？要新增几家？', turns('苏河湾规划里新增商业商务楼宇建筑面积目标是多少？'), lex))
      .toBe('苏河湾规划里星级酒店目标是多少，要新增几家？');
  });

  it('puts an item named with 呢 in place of the one the previous question quoted, the pointing word left off', () => {
    const prev = turns('生命健康意见里“促进公立医院科研成果转化”是哪些部门负责？');
    expect(rewriteFollowUp('鼓励高端研发环节落地这条呢', prev, lex)).toBe('生命健康意见里“鼓励高端研发环节落地”是哪些部门负责？');
    expect(rewriteFollowUp('那“优化产业空间布局”呢？', prev, lex)).toBe('生命健康意见里“优化产业空间布局”是哪些部门负责？');
    // a follow-up asking its own question keeps the previous topic in front instead
    expect(rewriteFollowUp('哪个部门管审批呢？', prev, lex)).toBe('生命健康意见里“促进公立医院科研成果转化”，哪个部门管审批呢？');
  });

  it('a notice named the way people say it ("爱国卫生方案": title word + kind) is swapped like its title', () => {
    expect(rewriteFollowUp('爱国卫生方案呢？', turns('全民健身计划是哪天印发的？'), lex)).toBe('爱国卫生方案是哪天印发的？');
    expect(rewriteFollowUp('那托育行动计划呢？', turns('生命健康意见是哪个部门报上来的？'), lex)).toBe('托育行动计划是哪个部门报上来的？');
    // a word of the title left out ("托育三年行动计划" for 托育服务三年行动计划) still names it, so it is swapped out
    expect(rewriteFollowUp('那生命健康意见呢？', turns('托育三年行动计划是哪个部门报上来的？'), lex)).toBe('生命健康意见是哪个部门报上来的？');
    // "X呢，<ask>" with no indicator of the previous question to replace: X is asked of the notice it named
    expect(rewriteFollowUp('那社会体育指导员呢，每千人要配几个？', turns('全民健身计划里经常参加体育锻炼的人数目标是多少？'), lex))
      .toBe('全民健身计划社会体育指导员每千人要配几个？');
  });

  it('"电竞的呢": the one indicator named with the word that shares the previous phrase\'s head and tail', () => {
    // 大宁's table has 累计引进影视文化企业数 and 累计引进电竞企业数; 电竞产业赛事或峰会 shares no head with the question
    expect(rewriteFollowUp('电竞的呢', turns('大宁功能区到2025年累计引进影视文化企业的目标是多少？'), lex))
      .toBe('大宁功能区到2025年累计引进电竞企业的目标是多少？');
  });

  it('"X那条呢" after a question that quoted nothing: X is asked what the last clause asked', () => {
    const prev = turns('托育行动计划里每个街镇配1个家庭科学育儿指导站，这项谁牵头？');
    expect(rewriteFollowUp('儿童友好社区示范点那条呢', prev, lex)).toBe('儿童友好社区示范点谁牵头？');
    // no asking clause of its own to lend: the topic goes in front as before
    expect(rewriteFollowUp('儿童友好社区示范点那条呢', turns('托育行动计划里每个街镇配1个家庭科学育儿指导站'), lex))
      .toBe('托育行动计划里每个街镇配1个家庭科学育儿指导站，儿童友好社区示范点那条呢');
  });

  it('"其中…" narrows the previous topic; "这是…吗" points back at it; "比X高吗" compares with it', () => {
    expect(rewriteFollowUp('其中数据智能产业有什么目标？', turns('产业发展规划聚焦哪几个产业？'), lex)).toBe('产业发展规划聚焦，数据智能产业有什么目标？');
    expect(rewriteFollowUp('这是约束性指标吗？', turns('大宁规划税收年均增长目标多少？'), lex)).toBe('大宁规划税收年均增长目标是约束性指标吗？');
    // both terms are kept: swapping 苏河湾 for 南京西路 would lose what is compared
    expect(rewriteFollowUp('比南京西路高吗？', turns('苏河湾规划新增金融企业目标多少？'), lex)).toBe('苏河湾规划新增金融企业目标，比南京西路高吗？');
  });

  it('"X呢" puts X in place of the previous phrase that ends the same way; a question without a subject gets the topic', () => {
    expect(rewriteFollowUp('金融服务业呢？', turns('十三五期间静安商贸服务业交了多少税？'), lex)).toBe('十三五期间静安金融服务业交了多少税？');
    expect(rewriteFollowUp('会把哪些老厂房改成文化空间？', turns('苏河湾规划十四五要新增几处文化设施？'), lex))
      .toBe('苏河湾规划十四五要新增文化设施，会把哪些老厂房改成文化空间？');
  });

  it('puts the previous topic where the follow-up points back at it ("这个")', () => {
    expect(rewriteFollowUp('这个是约束性指标吗？', turns('市北规划新建公共绿地目标多少？'), lex)).toBe('市北规划新建公共绿地目标是约束性指标吗？');
  });

  it('prefixes the previous topic when the follow-up names nothing', () => {
    expect(rewriteFollowUp('到期了还能一直续下去吗？', turns('静安公租房合同一般签几年？'), lex)).toBe('静安公租房合同，到期了还能一直续下去吗？');
    expect(topicOf('托育计划里“建成一个儿童早期发展基地”谁牵头？')).toBe('托育计划里“建成一个儿童早期发展基地”');
    // the thing counted comes after the amount asked for: it is the topic, not part of the asking
    expect(topicOf('产业发展十四五规划说要新增多少家上市公司？')).toBe('产业发展十四五规划说要新增上市公司');
    // "哪几个产业" asks which, it counts nothing: the whole asking tail goes
    expect(topicOf('静安产业发展十四五规划聚焦哪几个产业？')).toBe('静安产业发展十四五规划聚焦');
    // "一签几年": the 一 of "一签" goes with the asking verb, not the topic ("合同一般一")
    expect(topicOf('静安公租房合同一般一签几年？')).toBe('静安公租房合同');
    // "怎么定的" asks how: it goes like any asking tail, so the follow-up is asked of the 租金, not a second question
    expect(rewriteFollowUp('那一室户大概每月多少钱啊', turns('静安公租房租金是怎么定的？'), lex)).toBe('静安公租房租金，一室户大概每月多少钱啊');
    // a question with no asking tail to strip leaves its question mark behind too: it would be split off as a part
    expect(topicOf('静安公租房的租金标准？')).toBe('静安公租房的租金标准');
  });

  it('a supposition put to the previous answer ("要是…呢，…") gets its topic', () => {
    expect(rewriteFollowUp('要是中途想退租呢，怎么办？', turns('公租房合同一般签几年？'), lex)).toBe('公租房合同，要是中途想退租呢，怎么办？');
    // one that names its own notice stands alone
    expect(rewriteFollowUp('如果是市北规划呢，税收目标多少？', turns('公租房合同一般签几年？'), lex)).toBe('如果是市北规划呢，税收目标多少？');
  });

  it('follows a chain of follow-ups back to the first full question', () => {
    expect(rewriteFollowUp('南西呢？', turns('市北规划里税收年均增长目标是多少？', '那大宁呢？'), lex))
      .toBe('南京西路规划里税收年均增长目标是多少？');
  });

  it('leaves a question that stands on its own, or has no history, unchanged', () => {
    expect(rewriteFollowUp('苏河湾规划里有对应的客流目标吗？', turns('南京西路商圈日均客流目标是多少？'), lex)).toBe('苏河湾规划里有对应的客流目标吗？');
    expect(rewriteFollowUp('市北功能区新增星级酒店目标是多少？', turns('大宁功能区新增公共绿地的目标是多少？'), lex)).toBe('市北功能区新增星级酒店目标是多少？');
    expect(rewriteFollowUp('那大宁呢？', [], lex)).toBe('那大宁呢？');
    // "另外…“宝宝屋”…": turning to a new thing it names in quotation marks, not asking on about the 指导站
    const q = '另外听说有个社区“宝宝屋”，现在建了几家了？';
    expect(rewriteFollowUp(q, turns('每个街道都有育儿指导站吗？'), lex)).toBe(q);
    expect(rewriteFollowUp('另外，指导站一年做几次指导？', turns('每个街道都有育儿指导站吗？'), lex)).not.toBe('另外，指导站一年做几次指导？');
    expect(rewriteFollowUp('那大宁呢？', [{ role: 'assistant', content: '您好' }], lex)).toBe('那大宁呢？');
  });
});

describe('follow-ups pointing into the previous answer', () => {
  const said = (q: string, a: string): ChatMessage[] => [{ role: 'user', content: q }, { role: 'assistant', content: a }];

  it('"最后那个" / "第二个" is the item of the list the previous answer gave, asked of the notice asked before', () => {
    // probe24: "最后那个，目标是多少" had been answered from unrelated passages
    const before = said('中期评估里哪几个指标进度低于预期？', '共3项：新增商业商务楼宇建筑面积、单位增加值能耗下降率、年国际演出展览场次。');
    expect(rewriteFollowUp('最后那个，目标是多少，实际做到多少？', before, lex)).toBe('中期评估的年国际演出展览场次，目标是多少，实际做到多少？');
    expect(rewriteFollowUp('第二个呢？', before, lex)).toBe('中期评估的单位增加值能耗下降率呢？');
    // an answer listing nothing leaves the question to the other rules
    expect(rewriteFollowUp('第二个呢？', said('大宁2025年税收增长目标是多少？', '10%。'), lex)).not.toContain('10%');
  });

  it('the topic of a previous question in parts is what its first part names', () => {
    // probe24: "…地址在哪？电话多少？" had left "…地址在哪？电话" as the topic, and its parts were asked again
    expect(topicOf('静安那边的公租房公司地址在哪？电话多少？')).toBe('静安那边的公租房公司地址');
    expect(rewriteFollowUp('那他们周末上班吗？', turns('静安那边的公租房公司地址在哪？电话多少？'), lex)).toBe('静安那边的公租房公司地址，他们周末上班吗？');
  });

  it('a tier named now ("区一级") takes the place of the previous question\'s ("住宅小区一级")', () => {
    // probe24: the 住宅小区 question's topic had been kept whole, and 区一级 only appended to it
    expect(rewriteFollowUp('那区一级的会由谁召集？', turns('美好家园共同行动那个文件里，住宅小区一级的物业联席会议是谁牵头？'), lex))
      .toBe('美好家园共同行动那个文件里，区一级的物业联席会议是谁牵头，由谁召集？');
    expect(rewriteFollowUp('那街镇级呢？', turns('区级工作联席会议由谁召集？'), lex)).toBe('街镇级工作联席会议由谁召集？');
  });
});

