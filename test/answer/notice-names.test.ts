// How a question names a notice (by number, by the short form its text defines, or by its everyday name), and the forms its words take.

import { beforeAll, describe, expect, it } from 'vitest';
import { createVocabulary, partOf, weightedCoverage, withoutPreamble, type Vocabulary } from '../../src/answer/vocabulary.js';
import { ingestCorpus } from '../../src/ingest/corpus.js';
import { createJiebaSegmenter } from '../../src/node/jieba-tokenizer.js';
import { readSeedDir } from '../../src/node/seeds.js';
import { SEEDS } from '../helpers.js';

let vocab: Vocabulary;
const named = (q: string) => vocab.noticesNamed(q).map((n) => n.docNo ?? n.title).sort();

beforeAll(async () => {
  vocab = createVocabulary(ingestCorpus(await readSeedDir(SEEDS)), [], createJiebaSegmenter());
});

describe('notices named in a question', () => {
  it('by a word of the title followed by the kind of document', () => {
    // 静府发〔2021〕19号 is 上海市静安区全民健身实施计划（2021-2025）; 16号 is 静安区关于深入推进爱国卫生运动的实施方案
    expect(named('全民健身计划和爱国卫生方案分别是哪天印发的？')).toEqual(['静府发〔2021〕16号', '静府发〔2021〕19号']);
    // 静府办发〔2021〕14号 is 静安区托育服务三年行动计划（2021-2023年）
    expect(named('托育行动计划里说了什么')).toEqual(['静府办发〔2021〕14号']);
  });

  it('the kind word chooses between a rule and the 政策解读 that carries its title', () => {
    expect(named('公租房办法里对转租怎么规定')).toEqual(['静安区公共租赁住房申请供应和租后管理办法（2021版）']);
    expect(named('公租房政策解读怎么说')).toEqual(['关于《静安区公共租赁住房申请供应和租后管理办法(2021版)》的政策解读']);
  });

  it('a title word without a kind of document names nothing; a number always does', () => {
    expect(named('全民健身场地有哪些')).toEqual([]);
    expect(named('静府发〔2021〕17号的责任部门')).toEqual(['静府发〔2021〕17号']);
  });
});

describe('forms of a word', () => {
  it('a word the text never writes whole may be its characters listed: 蚊蝇 is "蚊、蝇" (以灭蚊、蝇、鼠、蟑为主)', async () => {
    const corpus = ingestCorpus(await readSeedDir(SEEDS));
    const texts = corpus.notices.flatMap((n) => n.paragraphs.map((p) => p.text));
    const read = createVocabulary(corpus, texts, createJiebaSegmenter());
    expect(read.forms('蚊蝇')).toEqual(['蚊蝇', '蚊、蝇']);
    expect(read.forms('鼠蟑')).toEqual(['鼠蟑', '鼠、蟑']);
    expect(read.says('组织开展以灭蚊、蝇、鼠、蟑为主的除“四害”活动', '蚊蝇')).toBe(true);
    expect(read.unseen('蚊蝇')).toBe(false);
    // a word the text writes whole keeps its own form
    expect(read.forms('单位')).not.toContain('单、位');
  });

  it('an everyday word takes the text\'s own: 员工 is written 职工, 交税 is 税收', () => {
    expect(vocab.forms('员工')).toContain('职工');
    expect(vocab.forms('交税')).toContain('税收');
  });

  it('a counting numeral also takes its digit form: the text writes "2居室" and "1年"', () => {
    expect(vocab.forms('两居室')).toContain('2居室');
    expect(vocab.forms('三年')).toContain('3年');
    expect(vocab.forms('统一')).toEqual(['统一']);
  });
});

describe('content words of a question', () => {
  it('a counted measure goes with its 多少, and single characters the corpus writes together are one word', async () => {
    const corpus = ingestCorpus(await readSeedDir(SEEDS));
    const v = createVocabulary(corpus, corpus.notices.flatMap((n) => n.paragraphs.map((p) => p.text)), createJiebaSegmenter());
    // "多少家电竞企业" would cut to 家电/竞; "新增入孵企业" cuts to 新增/入/孵/企业, and 入孵 is the text's term
    expect(v.words('大宁要引进多少家电竞企业')).toEqual(['大宁', '引进', '电竞', '企业']);
    expect(v.words('要新增多少家入孵企业')).toEqual(['新增', '入孵', '企业']);
    // grammar characters stay out: "谁最多" is no word
    expect(v.words('新增楼宇面积谁最多')).not.toContain('最多');
  });
});

describe('weighing a question\'s words', () => {
  let v: Vocabulary;
  beforeAll(async () => {
    const corpus = ingestCorpus(await readSeedDir(SEEDS));
    v = createVocabulary(corpus, corpus.notices.flatMap((n) => n.paragraphs.map((p) => p.text)), createJiebaSegmenter());
  });

  it('"一家", "一个" are articles, not words to match', () => {
    expect(v.words('我们是一家人力资源公司，举办一个高峰论坛')).toEqual(['人力资源', '公司', '举办', '高峰论坛']);
    // HMM joins 各+要 into a word the corpus never writes; it is grammar, not the point of the question
    expect(v.words('跨国公司地区总部各要达到多少')).toEqual(['跨国公司', '地区', '总部', '达到']);
    // HMM joins a modal to its verb ("要建"): the corpus's "要建设" would make it a rare word the text never says
    expect(v.words('租赁住房要建多少套')).toEqual(['租赁', '住房']);
    // HMM cuts "年营收要" into 年营/收要, neither a word the corpus writes; 营收 inside them is
    expect(v.words('生命健康产业到2025年营收要达到多少')).toContain('营收');
    expect(v.words('生命健康产业到2025年营收要达到多少')).not.toContain('年营');
    // "几栋" asks, it is not a word of the thing asked about
    expect(v.words('新增亿元楼的目标是几栋')).not.toContain('几栋');
    // "这三条(带)" points and counts; "高些" is a comparative verdict: no words of the thing
    expect(v.words('南京西路、苏河湾、中环两翼这三条带，哪个交税最多')).not.toContain('这三条');
    expect(v.words('哪个定得高些')).not.toContain('高些');
    // "学校幼儿园这类基础教育设施": the asker's examples of the kind the text names; "这种服务" is no such kind
    expect(v.words('苏河湾要新增几处学校幼儿园这类基础教育设施')).toEqual(['河湾', '新增', '基础教育', '设施']);
    expect(v.words('有没有医生上门这种服务')).toContain('医生');
    // "加起来" is the text's 累计 ("总年限累计不超过6年")
    expect(v.forms('累计')).toContain('加起来');
    // "电竞赛事" is cut 电/竞赛/事 by the dictionary; the corpus writes 电竞 and 赛事. Grammar characters are not re-paired
    expect(v.words('大宁电竞赛事或峰会要办多少场')).toEqual(['大宁', '电竞', '赛事', '峰会']);
    expect(v.words('市北生态工业示范园区这一项的目标是啥')).not.toContain('的目');
    // "规划里定的": a localizer HMM joined to the verb after it
    expect(v.words('产业规划里定的社会消费品零售总额')).not.toContain('里定');
    // "去哪办" asks where; "后要" is a localizer HMM joined to a modal: neither is a word the passage must say
    expect(v.words('拿到公租房入住通知后要去哪办入住？')).not.toContain('哪办');
    expect(v.words('拿到公租房入住通知后要去哪办入住？')).not.toContain('后要');
    // "这件事是哪个部门牵头" cuts 这件/事是, leaving 件事 as the rarest word of all; "听说", "是不是" only frame the question
    expect(v.words('听说每个街道都要有普惠性的托育点，这件事是哪个部门牵头的？')).toEqual(['每个', '街道', '普惠性', '托育点', '部门', '牵头']);
    expect(v.words('交材料少带一份，是不是得重新排队')).not.toContain('不是');
    // "嘛" closes a question like 吗; left in, "电竞嘛" was cut 电/竞嘛 and "竞嘛" weighed as an unknown word
    expect(v.words('大宁不是搞影视和电竞嘛')).toContain('电竞');
    // a staff or trainer preamble says why they ask ("领导要个数：", "出道题：", "领导让我核对一下"), not what
    // the words are those of the question without it
    expect(v.words('领导要个数：大宁累计引进电竞企业多少家？')).toEqual(v.words('大宁累计引进电竞企业多少家？'));
    expect(v.words('出道培训题：申请的流程是哪些环节？')).toEqual(v.words('申请的流程是哪些环节？'));
    expect(v.words('领导要个数：大宁累计引进电竞企业多少家？')).not.toContain('个数');
    expect(v.words('领导让我核对一下全民健身计划的指标')).not.toContain('领导');
    expect(v.words('有个居民来电：公租房申请要几个工作日审核完？')).not.toContain('居民');
    // "比一比" asks to compare, which the comparison's own words say; unseen, it had been the heaviest word (probe11)
    expect(v.words('新增商业商务楼宇建筑面积的目标比一比，哪个大？')).not.toContain('比一比');
    // an alias whose full form starts with what the asker already said before it: "区卫健委" is not 区区卫生健康委
    expect(v.expand('区爱卫办设在区卫健委吗')).toContain('设在区卫生健康委吗');
    expect(v.expand('卫健委牵头')).toBe('区卫生健康委牵头');
    // a colon after a notice's name is no preamble
    expect(withoutPreamble('静府发〔2021〕18号：保障措施是哪三条？')).toBe('静府发〔2021〕18号：保障措施是哪三条？');
    expect(v.words('静府发〔2021〕18号：保障措施是哪三条？')).toEqual(expect.arrayContaining(['静府', '保障', '措施']));
    // "最多能住几年", "最长可以租多久" ask the cap; the text says it 累计不超过6年, never 最多
    expect(v.words('公租房总共最多能住几年')).not.toContain('最多');
    expect(v.words('最长可以租多久')).not.toContain('最长');
    // "区里" is the district every notice is about: as an unseen word it was the heaviest of a target question; "社区里"
    // keeps its 社区
    expect(v.words('区里的全民健身计划，到2025年经常锻炼的人要占到多少')).not.toContain('区里');
    expect(v.words('社区里那种带小孩的宝宝屋有几家')).toContain('社区');
    // "新开几个白领食堂" is the table's 新增白领食堂
    expect(v.forms('新增')).toContain('新开');
    // the text writes 续租 ("符合条件的可续租") and 交付 ("所购期房尚未交付"); 续签/续约/交房 are the asker's
    expect(v.forms('续租')).toEqual(expect.arrayContaining(['续签', '续约']));
    expect(v.words('这次续租审核没通过')).toContain('续租');
    expect(v.forms('交付')).toContain('交房');
  });

  it('a modifier weighs half a noun of the same rarity: "一般" says how, not what', () => {
    // both occur in few paragraphs, so by rarity alone 一般 would weigh as much as the thing asked about
    const rarity = (w: string) => v.specificity(w);
    expect(v.weight('一般') / rarity('一般')).toBeCloseTo(0.5, 5);
    expect(v.weight('高峰论坛') / rarity('高峰论坛')).toBeCloseTo(1, 5);
  });

  it('a word the text says only in part gets part of its credit', () => {
    expect(partOf('品牌首店', '品牌首入店数量年均增加数')).toBeCloseTo(3 / 4);
    expect(partOf('办事指南', '修订完善《静安区3岁以下托育机构申办指南》')).toBeCloseTo(2 / 4);
    // two-character words match whole or not at all: 学校 is not 学 of 学前
    expect(partOf('学校', '学前教育')).toBe(0);
    expect(partOf('品牌首店', '全球新品首发地')).toBe(0);
    const whole = weightedCoverage(v, ['品牌'], '品牌首入店');
    const half = weightedCoverage(v, ['品牌首店'], '品牌首入店');
    expect(whole).toBe(1);
    expect(half).toBeCloseTo(0.5 * 3 / 4);
  });
});

describe('documents the notices cite but do not hold', () => {
  it('are named by their full title, in or out of 《》; the notices themselves and cards or forms are not', () => {
    // 静府发〔2021〕19号's preamble: "根据…《上海市全民健身实施计划（2021-2025年）》…等文件精神，制定本实施计划"
    expect(vocab.citedNamed('上海市全民健身实施计划（2021-2025年）给全市定的目标是多少？')).toEqual(['上海市全民健身实施计划(2021-2025年)']);
    expect(vocab.citedNamed('《公共租赁住房管理办法》第三十五条怎么说？')).toEqual(['公共租赁住房管理办法']);
    // the corpus's own 全民健身实施计划, and 《上海市居住证》 (a card the 办法 names), are no cited document
    expect(vocab.citedNamed('上海市静安区全民健身实施计划（2021-2025）的目标是多少？')).toEqual([]);
    expect(vocab.citedNamed('我有《上海市居住证》，能申请公租房吗？')).toEqual([]);
  });
});
