// Evidence checks shared by the composers: does the evidence carry what the question's form demands?

import { chineseNumber, chineseYear, foldWidth, longestEnding } from '../core/text.js';
import type { AnswerContext } from './context.js';
import type { Vocabulary } from './vocabulary.js';
import { concerns } from './lookup.js';
import { isVerb } from './vocabulary.js';
import { splitSentences } from './sentences.js';

/** The question wants an amount: the evidence must hold a number. */
const QUANTITY = /多少|(?<![哪那这])几[个家套项年天次所名位栋幢条人]|多大|多长|多高|多久|比例|金额|费用|收费|钱|租金标准|数量/;
/** "能拿多少奖励？", "一个月租金多少钱？": a sum of money is asked for, so a count or an area does not answer. */
const MONEY_ASKED = /(多少|几)(钱|块|元|万|房租|租金|费用|补贴|奖励|资金)|(钱|费用|收费|奖励|补贴|补助|资助|租金|房租|价格|价钱|金额|标准|投资|资金|经费|预算|基金)(规模)?(是|有|能拿|能给|给)?(多少|几|多大)|(拿|给|补|奖|收|减免|减|(?:能|可以|可|一次|每次|每人|去)领).{0,4}多少|押金.{0,6}(多少|几)|(?<![上提])(交|付|缴纳?|支付)(多少|几)(?![^，,。？?]{0,3}税)/;
/** "宝宝屋收费吗", "要收钱吗", "是免费的吗": whether a thing is paid for, which only a passage saying so answers. */
const CHARGED_ASKED = /(收费|收钱|要钱|免费|付费|花钱|交钱)的?(吗|么|不|没)|(收不收|要不要|用不用)(费|钱)|是不是免费/;
const CHARGE_SAID = /收费|免费|费用|[\d一二两三四五六七八九十百千万]\s*元|价格|付费|减免|无偿|公益/;
/** "续签的时候租金会涨多少", "房租涨幅多大": a rise in a charge, answered by a sum or a share. */
const CHARGE_RISE_ASKED = /(租金|房租|价格|价钱|费用|收费|物业费)[^，,。？?]{0,8}((涨|上涨|上调|调高|提高|增加)了?(多少|几)|(涨幅|调整幅度|上涨幅度|调幅))/;
/** A sum in 元, or in months of rent ("押金为两个月租金"). */
const MONEY = /\d[\d.,]*\s*(万|亿)?元|[一二两三四五六七八九十百千万]+(万|亿)?元|[\d一二两三四五六七八九十]+个月的?(租金|房租)/;
/** "什么时候…？": a date or a period must be in what is quoted. */
const WHEN_ASKED = /什么时候|什么时间|啥时间|何时|哪天|哪一天|哪一?年|几月|哪一?个月|几号|日期|几点|开放时间|营业时间/;
const WHEN = /\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*点|\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|[一二三四五六七八九十]+月|年底|年初|以内|之前|之后|期间|[一二三四五六七八九十\d]+个?(工作日|日|天|年|月)/;
const DURATION_ASKED = /多久|多长时间|多少天|几天/;
const DURATION = /[\d一二两三四五六七八九十百]+\s*个?\s*(工作日|日|天|周|星期|月|年|小时)|即时|当场|立即|同时|随时/;
const MONTH_NAMED = /(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!份?[内以])|每月|月底|月初|年底|年初|季度/;
/** "几点关门", "开放时间": a time of day, which a year or a date does not give. */
const CLOCK_ASKED = /几点|开放时间|营业时间|开门|关门|开到|闭馆|闭园/;
/** A day of the week, or days off, asked of ("周六去能办吗", "周末对外开放吗"), and the evidence naming days. */
const WEEKDAY_NAMED = /周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六天]|双休日?|节假日|休息日/;
const WEEKDAYS_SAID = new RegExp(`${WEEKDAY_NAMED.source}|工作日|每天|每日|全年|全天`);
const ASKING_MARK = /吗|么|呢|能不能|可不可以|是否|有没有|行不行/;
const CLOCK = /\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点时]|[上下]午|早上|晚上|夜间|全天|24小时/;
/** "具体是哪17个", "哪四个场馆": things named one by one, which a sentence counting them ("17个项目…") does not do. */
const NAMES_ASKED = /哪(\d+|[两二三四五六七八九十]+)[个项家条所座位名]/;
/** "哪几所", "哪些": the things by name. */
const WHICH_ASKED = /哪(几|些)/;
const numberOf = (n: string) => (/\d/.test(n) ? Number(n) : chineseNumber(n.replace('两', '二')));
/** How many times what is quoted moves from one listed thing to the next. */
function listedIn(said: string): number {
  return (said.match(/[、；;]|[（(][一二三四五六七八九十\d]+[）)]|(?:^|\s)\d+[．.、]/g) ?? []).length;
}
/** Units a question may name; the evidence must use the same one. */
const UNITS = ['平方公里', '平方米', '万平方米', '亿元', '万元', '元', '万人次', '人次', '公里', '亿美元', '%', '套', '张', '台'];
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
const RELATIVE_YEAR = /(今年|去年|明年|前年|后年)/;
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2, 后年: 2 };
/** The year in a 文号's brackets ("静府发〔2021〕18号"): it names a notice, not a time asked about. */
export const DOC_NUMBER_YEAR = /[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]/g;
/** A five-year plan period ("十三五"). */
const PERIOD = /十[一二三四五六七八九]五/g;
/** A year written in numerals ("二〇二二") before 年: a heading's or an asker's year, as digits read by chineseYear. */
const NUMERAL_YEAR = /[○〇零一二三四五六七八九]{4}(?=\s*年)/g;

/**
 * "二〇二二年…" asked in numerals, as digits ("2022"), so it is checked like a year asked in digits. Read from the
 * asker's own words: an expanded title ("…二〇三五年远景目标纲要") names a notice, not a year asked.
 */
function numeralYears(q: string): string {
  return [...q.matchAll(NUMERAL_YEAR)].map((m) => String(chineseYear(m[0]))).join(' ');
}

/** "一至三月份", "10-12月": a span of months, its two ends as numbers. */
const MONTH_SPAN = /([一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:至|到|-|—|～|~)\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*月/;
const MONTH_SPANS = new RegExp(MONTH_SPAN.source, 'g');
const spanKey = (m: RegExpMatchArray) => `${monthNumber(m[1]!)}-${monthNumber(m[2]!)}`;
const monthSpans = (text: string) => [...text.matchAll(MONTH_SPANS)].map(spanKey);
const monthNumber = (s: string) => (/\d/.test(s) ? Number(s) : chineseNumber(s));

/** A year as digits or as written in a heading's numerals ("二○二一年十至十二月份"). */
function yearIn(text: string, year: string): boolean {
  return text.includes(year) || [...text.matchAll(NUMERAL_YEAR)].some((m) => String(chineseYear(m[0])) === year);
}
/** The reason given for a place or plan period no notice knows: the question is about another jurisdiction. */
export const FOREIGN = 'names unknown to the corpus';
/** Places and plan periods: a question naming one the corpus never mentions is about something else. */
const ENTITY_LIKE = /^.{1,6}(区|县|省|市|镇|街道)$|^十[一二三五六七八九]五$/;
/**
 * "普陀区的全民健身实施计划…", "杭州的公租房": a policy of another district or city. These notices are Jing'an's;
 * other places appear in them only as places (户籍地, 就业地), so a question whose plan or rule belongs to one is about
 * another document.
 */
const ANOTHER_DISTRICT = /(^|[，,。？?\s]|申请|办理?|了解|问问?|查查?)(?:上海市?)?((?:黄浦|徐汇|长宁|普陀|虹口|杨浦|闵行|宝山|嘉定|浦东新?|金山|松江|青浦|奉贤|崇明)区?|(?:北京|天津|重庆|杭州|南京(?!西路|路)|苏州(?!河)|无锡|宁波|合肥|广州|深圳|成都|武汉|西安|长沙|郑州|青岛|厦门|昆山|嘉兴)市?)(的|那边的|)(.{0,8}?(规划|计划|方案|意见|办法|政策|公租房|规定|文件|纲要|目标|报告|评估))/;
/** "多少个健身驿站", "有几家上市公司": a count of things, answered only by a number with that measure word ("170余家"). */
const COUNT_ASKED = /(?<!哪)(多少|(?<![那这])几)\s*([个家所处名项条座幢栋批种位套辆台场次])/;
/**
 * A number with a measure word, any of them: the text counts in its own ("几家星级酒店" — "1-2个"; "多少栋" — "28幢";
 * "几个指导员" — "2.5人"), while "15分钟", list numbers and years count nothing, nor does a magnitude alone, which is
 * a name's ("万人计划"). A table row keeps its unit in a column of its own ("1" under 单位 "个"), so there the measure
 * word anywhere will do.
 */
const MEASURE = '[个家所处名项条座幢栋批种位人场次只台套张]';
const TALLY = new RegExp(`(\\d+|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*)\\s*(余|多)?\\s*${MEASURE}`);
/** A measure word standing alone: a table row's 单位 cell ("场次", "人次" count too). */
const UNIT_CELL = new RegExp(`^${MEASURE}次?$|\\s${MEASURE}次?(\\s|$)`, 'm');
/** "哪一次常务会议通过的": a meeting by its number, which only "第236次常务会议" gives. */
const MEETING_ASKED = /(哪一?次|哪个|第几次?)[^，,。？?]{0,8}(会议|常务会|会上)/;
const MEETING_SAID = /第\s*[\d一二三四五六七八九十百]+\s*次/;
/** A number that is an amount: not part of a name of letters and digits ("5G", "G60"). */
export const AMOUNT = /(?<![A-Za-z\d])\d+(\.\d+)?(?![A-Za-z\d])/;
/** "为啥暂缓了": a reason, which only a sentence giving one answers ("因故暂缓" gives none). */
const WHY_ASKED = /为啥|(?<![任命担作成称认])为什么(?![职岗样])|为何|什么原因|啥原因|原因是/;
const BECAUSE = /因为|由于|为了|原因|因此|所以|鉴于|导致|旨在|以便/;
/** "对收入有没有上限", "有没有年龄限制": a limit on a thing, which only a passage naming that thing can set. */
const LIMIT_ASKED = /(收入|工资|月薪|年薪|薪水|薪资|存款|资产|财产|年龄|岁数|学历|车辆|汽车)[^，,。？?]{0,8}(上限|下限|限制|限定|标准|要求|超标|门槛|超过|太高|太低)/;
/** The thing a question asks a limit on ("收入" of "对收入有没有上限"), when the text never names it; else null. */
export function limitUnsaid(vocab: Vocabulary, question: string, text: string): string | null {
  const thing = LIMIT_ASKED.exec(question)?.[1];
  return thing && !vocab.says(text, thing) ? thing : null;
}
/** "是苏河湾的几倍", "高出多少倍": a ratio, which two figures side by side do not state; only "3.76倍" does. */
export const RATIO_ASKED = /(多少|几)\s*倍/;
export const RATIO = /[\d.一二两三四五六七八九十]+\s*倍/;
/** "哪个街道的…最高", "哪些街镇已经…": one street or town of the district, by its name. */
const STREET_ASKED = /哪[个些几]?[个所]?(街道|街镇|镇)/;
const STREET = /\p{Script=Han}{2,4}(路街道|街道|镇)(?![\p{Script=Han}]{0,1}(全覆盖|配备|工作))/u;
/** "电话多少？", "热线是几号": a number to call, which only a phone number in what is quoted gives. */
const PHONE_ASKED = /电话|热线|联系方式|号码/;
/** "建在哪", "地址在哪里": a place, which only an address, a named site or a way to reach the office gives. */
export const PLACE_ASKED = /(?<![调派])(在|去|到)哪(里|儿)?(?![年个次些一位家种条项批天段月日号届期])|哪里|哪儿|地址|什么地方|什么位置|具体位置|哪[些个]小区/;
export const PLACE = /\d+\s*号|[\p{Script=Han}]{2,}(路|街道|(?<![街各每])镇|小区|大厦|广场|园区|公园|中心|服务站|楼|弄)(?![\p{Script=Han}]{0,1}(建设|发展|功能|小学))|地址|位于|窗口|一网通办|网上|公众号|网站|[东西南北]至|[\w.+-]+@[\w-]+(\.[\w-]+)+/u;
/** "在哪里能查到", "去哪查": a channel to look a thing up in, which a road or a site does not give. */
const LOOKUP_ASKED = /(哪里|哪儿|哪(?!一)|什么地方|什么渠道|哪个网站)\s*(能|可以|才能|可)?\s*查(到|询|看|一下|得到)?/;
const LOOKUP = /查询|查阅|公布|公示|公开|发布/;
/** A line by what it is for: "监督电话", "投诉热线", "咨询电话：62665300". */
const PHONE_KIND = /(监督|投诉|举报|咨询|服务|报名|预约)(电话|热线)/g;

/**
 * "住房保障中心的监督电话是多少": a line for one purpose, which numbers the text gives for another ("咨询电话：…") are
 * not. Returns the line asked when what is quoted labels its numbers and none for that purpose; else null.
 */
function otherLine(q: string, said: string): string | null {
  const asked = [...q.matchAll(PHONE_KIND)].map((m) => m[1]!);
  const given = [...said.matchAll(PHONE_KIND)].map((m) => m[1]!);
  if (!asked.length || !given.length || asked.some((k) => given.includes(k))) return null;
  return `${asked[0]}电话`;
}
/** A phone number asked for: none quoted, or only numbers for another purpose than the line asked. */
function phoneUnsaid(q: string, said: string): string[] {
  if (!PHONE.test(foldWidth(said))) return ['no phone number in the evidence'];
  const line = otherLine(q, said);
  return line ? [`no phone number (${line}) in the evidence`] : [];
}
const PHONE = /\d{3,4}\s*[-－—]\s*\d{7,8}|(?<!\d)\d{8}(?!\d)|(?<!\d)1\d{10}(?!\d)|12345/;
/**
 * The word asked about missing from what is quoted weighs more than another word (dev: 0.5 → 0.3, refusal recall
 * 89.2% → 91.9% at the same correctness; probe unchanged).
 */
const FOCUS_FACTOR = 0.3;
/** Reasons that mean the evidence lacks what was asked for, not just a word of it. */
export const HARD = /^(year |months |no list |no amount |no date |no count |no sum of money|no phone number|no reason |no mention of |no person named|no place )/;
/** "哪几个老厂": an adjective and a head; the evidence names things by the head (彭浦机械厂, 自仪厂). */
function headSaid(focus: string, said: string): boolean {
  return focus.length === 2 && /^[老新旧大小]/.test(focus) && new RegExp(`\\p{Script=Han}${focus[1]}`, 'u').test(said);
}

/** A word that names a kind of answer ("部门", "渠道", "比例") rather than a thing. */
export function namesKind(focus: string): boolean {
  return [SHARE_WORD, BODY_WORD, OFFICE_WORD, COMPANY_WORD, HOLDER_WORD, TIME_WORD, CHANNEL_WORD, STEPS_WORD, CONSEQUENCE_WORD, FIGURES_WORD, LEVEL_WORD].some((re) => re.test(focus));
}

/** A focus that names a kind of answer ("哪个部门", "多少比例") is answered by one of that kind, in any words. */
export function answersKind(focus: string, said: string): boolean {
  return (SHARE_WORD.test(focus) && SHARE.test(said)) || (BODY_WORD.test(focus) && BODY.test(said))
    || (OFFICE_WORD.test(focus) && OFFICE.test(said)) || (COMPANY_WORD.test(focus) && COMPANY.test(said))
    || (HOLDER_WORD.test(focus) && (/^(前任|原任)$/.test(focus) ? /免去/ : /任命/).test(said))
    || (TIME_WORD.test(focus) && WHEN.test(said))
    || (CHANNEL_WORD.test(focus) && CHANNEL.test(said)) || (STEPS_WORD.test(focus) && STEPS.test(said))
    || (CHARGE_WORD.test(focus) && (BODY.test(said) || CHARGE_NOTE.test(said)))
    || (CONSEQUENCE_WORD.test(focus) && SANCTION.test(said)) || (FIGURES_WORD.test(focus) && FIGURE.test(said))
    || (LEVEL_WORD.test(focus) && LEVEL.test(said));
}

/** "算什么级别的公园": answered by a grade ("上海市四星级公园", "国家级", "5A级"), whatever the text calls it. */
const LEVEL_WORD = /^(级别|等级|档次)$/;
const LEVEL = /[一二三四五1-5]星级|[1-5一二三四五]A级|国家级|[省市区]级|[甲乙丙]级/;

/** "是谁负责", "归谁管": answered by a body, or a task's note of who is responsible ("（责任单位：区卫生健康委…）"). */
const CHARGE_WORD = /^(负责|主管|管理|牵头)$/;
const CHARGE_NOTE = /责任单位|牵头单位|责任部门|负责单位/;

/** "要经过哪些环节": answered by the steps in order, whatever the text calls them. */
const STEPS_WORD = /^(环节|步骤|流程|程序|手续)$/;
const STEPS = /→|流程|步骤|程序|首先|然后|之后|[（(][一二三四五六七八九十][）)].*[（(][一二三四五六七八九十][）)]/;

/** "会有什么后果": answered by what the rule does to the one who breaks it, whatever the text calls it. */
const CONSEQUENCE_WORD = /^(后果|下场|处罚|惩罚)$/;
/** A rule's sanction: "…的，其…确认书失效", "…的，区运营机构可…予以清退". */
export const SANCTION = /的，.{0,30}(失效|不得|取消|视为|视同|终止|收回|作废|停止|追究|退还|退回|告知|补正|驳回|不予|移送|处理|清退|赔偿)/;
/** "定了哪些量化目标": answered by figures, whatever the text calls them. */
const FIGURES_WORD = /^(量化|数字|数据)$/;
/** A figure with its unit: a list number ("2．") or a year is none. */
export const FIGURE = /\d+(\.\d+)?\s*(%|[亿万千百]|元|课时|小时|平方|公顷|公里|倍|个|家|所|处|名|项|条|座|幢|栋|批|种|位|人|场|次|台|套|张)/;

/** "什么时间": answered by a date or a period, whatever the text calls it. */
const TIME_WORD = /^(时间|日期|时候|时段|时间段|月份|年份)$/;

/** "哪个部门": a body named by what it is (区人力资源社会保障局, 区发展改革委). */
const BODY_WORD = /^(部门|单位|机构)$/;
const BODY = /[区市][\p{Script=Han}]{1,12}?(局|委|办|委员会|办公室|中心)(?=[《“，,、。；;）)]|$)|有限公司/u;
/** "哪个科室": an office inside a body, named by what it is (发展规划科). */
const OFFICE_WORD = /^(科室|处室)$/;
const OFFICE = /\p{Script=Han}{2,8}[科处](?=[;；。，,、\s(（]|$)/u;
/** "前任是谁", "新任的是谁": a post's holder before or after a change, which the row removing or appointing them names. */
const HOLDER_WORD = /^(前任|原任|现任|新任|继任|接任|继任者|接任者)$/;
/** "哪家公司在运营": a company by its name ("静安公共租赁住房运营有限公司"), which "运营公司" is not. */
const COMPANY_WORD = /^公司$/;
const COMPANY = /\p{Script=Han}{2,}(有限(责任)?公司|股份公司|集团)/u;
/** "有什么渠道": answered by the ways to reach someone, whatever the text calls them. */
const CHANNEL_WORD = /^(渠道|途径)$/;
const CHANNEL = /电话|信箱|邮箱|网站|窗口|热线|一网通办|公众号|来信|来访/;
/** "占多少比例" is answered by a percentage or a fraction, whatever word the text uses for the share. */
const SHARE_WORD = /^(比例|比重|占比|百分比)$/;
const SHARE = /\d\s*%|百分之|[一二三四五六七八九十]+分之[一二三四五六七八九十]/;
const CN_NUMBER = /[一二两三四五六七八九十百千万]+(个|家|项|条|级|类|年|天|日|次|名|所|处|幢|栋|人|种|批)/;

/**
 * What is quoted without the numbers the asker already stated: "覆盖率现在不到40%，…要提高到多少" is not answered by
 * the sentence that says "不足40%" — the amount asked is another one.
 */
function unstated(said: string, q: string): string {
  const numbers = [...new Set(q.match(/\d+(?:\.\d+)?/g) ?? [])];
  return numbers.reduce((text, n) => text.replace(new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d.])`, 'g'), ''), said);
}

/** The time asked that what is quoted does not give: a date, a length of time, a month, a time of day. */
function timeUnsaid(q: string, said: string): string[] {
  const out: string[] = [];
  // "《全民健身计划（2021-2025年）》" names a document: the years in a title are no date of what was asked
  if (WHEN_ASKED.test(q) && !WHEN.test(said.replace(/《[^》]*》/g, ''))) out.push('no date in the evidence');
  // "押金多久能退回来": a length of time, which "3次" is not
  if (DURATION_ASKED.test(q) && !DURATION.test(said)) out.push('no date (a length of time) in the evidence');
  // "几月份能报名": a month, which "1年" or "6个月" does not name
  else if (/几月|哪一?个月/.test(q) && !MONTH_NAMED.test(said)) out.push('no date (a month) in the evidence');
  // a year or a date quoted does not give the time of day asked ("开到几点"); no date at all was said above
  if (CLOCK_ASKED.test(q) && WHEN.test(said) && !CLOCK.test(said)) out.push('no date (a time of day) in the evidence');
  // in the clause that asks: "周末想去学校操场跑步，进校要怎么验证" says when the asker goes, it asks nothing of the day
  const days = q.split(/[，,。；;！!？?\s]/).some((c) => WEEKDAY_NAMED.test(c) && ASKING_MARK.test(c));
  if (days && !WEEKDAYS_SAID.test(said)) out.push('no date (a day of the week) in the evidence');
  return out;
}

/**
 * "十三五那五年新引进了多少家": a past plan period asked is a time, like a year. A period the notices are plans for
 * ("十四五", in their titles) names those plans; one the corpus never mentions is a stranger (strangersIn). Read from
 * the asker's own words: "那到中期评估的时候呢" after a question about 十三五 asks another time.
 */
function periodsUnsaid(ctx: AnswerContext, evidence: string): string[] {
  const clauses = ctx.original.split(/[，,。；;！!？?]/);
  const out: string[] = [];
  for (const m of new Set(ctx.original.match(PERIOD) ?? [])) {
    const plans = ctx.lookup.corpus.notices.some((n) => n.title.includes(m));
    // "说十三五末…有88家，中期评估时变成多少家了": a figure the asker states for the period is their starting point
    if (clauses.some((c) => c.includes(m) && /\d/.test(c) && !QUANTITY.test(c))) continue;
    if (!plans && !evidence.includes(m) && !ctx.vocab.unseen(m)) out.push(`year ${m} not in the evidence`);
  }
  return out;
}

export interface CheckResult {
  factor: number;
  reasons: string[];
}

/**
 * `evidence` is everything the answer stands on (context lines included); `said` is what the answer actually quotes:
 * an amount and its unit must be in what is quoted, a year anywhere in the evidence. `valueGiven`: a table row's
 * cell that answers the question holds a value.
 */
export function evidenceChecks(ctx: AnswerContext, evidence: string, said = evidence, opts: { valueGiven?: boolean } = {}): CheckResult {
  const q = ctx.vocab.expand(ctx.question);
  const reasons: string[] = [];
  // a table row's value in words ("全市前列", "完成市下达目标") is the amount the row gives
  // "建几所学校，具体是哪几所": the things listed by name answer the count asked with them
  const enumerated = WHICH_ASKED.test(q) && listedIn(said) >= 2;
  const amountAsked = QUANTITY.test(q) && !(enumerated && !QUANTITY.test(q.replace(COUNT_ASKED, '')));
  if (amountAsked && !opts.valueGiven && !AMOUNT.test(unstated(said, q)) && !CN_NUMBER.test(said)) reasons.push('no amount in the evidence');
  else if (amountAsked && onlyTargets(q, said)) reasons.push('no amount reached in the evidence, only a target');
  if (MONEY_ASKED.test(q) && !MONEY.test(said)) reasons.push('no sum of money in the evidence');
  else if (CHARGE_RISE_ASKED.test(q) && !MONEY.test(said) && !SHARE.test(said)) reasons.push('no sum of money (a rise) in the evidence');
  if (CHARGED_ASKED.test(q) && !CHARGE_SAID.test(said)) reasons.push('no mention of a charge (free or paid) in what is quoted');
  if (RATIO_ASKED.test(q) && !RATIO.test(said)) reasons.push('no amount in 倍 in the evidence');
  reasons.push(...timeUnsaid(q, said));
  if (PHONE_ASKED.test(q)) reasons.push(...phoneUnsaid(q, said));
  const listed = NAMES_ASKED.exec(q)?.[1];
  if (listed && listedIn(said) < Math.min(3, numberOf(listed)) - 1) reasons.push(`no list of the ${listed} asked for in the evidence`);
  if (WHY_ASKED.test(q) && !BECAUSE.test(said)) reasons.push('no reason in the evidence');
  // "去哪办" is answered by the office to go to; "指导站在哪里" by a place, not the body in charge of it
  if (PLACE_ASKED.test(q) && !PLACE.test(said) && !(/(去|到|找)哪/.test(q) && BODY.test(said))) reasons.push('no place in the evidence');
  if (LOOKUP_ASKED.test(q) && !CHANNEL.test(said) && !LOOKUP.test(said)) reasons.push('no place to look it up in the evidence');
  const limited = limitUnsaid(ctx.vocab, q, said);
  if (limited) reasons.push(`no mention of ${limited} in what is quoted`);
  // "哪个街道最高": a street named, which a district-wide figure is not
  if (STREET_ASKED.test(q) && !STREET.test(said)) reasons.push('no place named among the streets asked');
  const action = actionUnsaid(ctx, said);
  if (action) reasons.push(`no mention of ${action} (the action asked about) in what is quoted`);
  const street = streetUnsaid(ctx, said);
  if (street) reasons.push(`no mention of ${street} in what is quoted`);
  if (MEETING_ASKED.test(q) && !MEETING_SAID.test(said)) reasons.push('no count of 次 (the meeting asked which) in the evidence');
  const counted = COUNT_ASKED.exec(q)?.[2];
  if (counted && !TALLY.test(said) && !(/\d/.test(said) && UNIT_CELL.test(said)) && !enumerated) {
    reasons.push(`no count of ${counted} in the evidence`);
  }
  const focus = focusWord(ctx);
  if (focus && !ctx.vocab.says(said, focus) && !answersKind(focus, said) && !headSaid(focus, said)) {
    reasons.push(`focus ${focus} not in the evidence`);
  }
  const unit = UNITS.find((u) => asksIn(q, u) && !(u === '元' && /万元|亿元/.test(q)) && !(u === '平方米' && q.includes('万平方米')));
  if (unit && !new RegExp(`[\\d一二两三四五六七八九十]\\s*${unit}`).test(said)) reasons.push(`unit ${unit} not in the evidence`);
  // a "“十四五”目标" is the 2025 target: the mid-term table names the period, not the year
  const planEnd = (y: string) => y === '2025' && /十四五/.test(evidence) && /目标/.test(evidence);
  // the year of a 文号 ("静府发〔2021〕11号") names a notice, not a time asked about
  for (const m of `${q.replace(DOC_NUMBER_YEAR, '')} ${numeralYears(ctx.question)}`.matchAll(YEAR)) {
    if (!yearIn(evidence, m[1]!) && !planEnd(m[1]!)) reasons.push(`year ${m[1]} not in the evidence`);
  }
  reasons.push(...periodsUnsaid(ctx, evidence));
  // "二〇二二年一至三月份的任免": a span of months asked is the one the evidence covers ("十至十二月份")
  const months = MONTH_SPAN.exec(q);
  if (months && !monthSpans(evidence).includes(spanKey(months))) reasons.push(`months ${months[0]} not in the evidence`);
  // "今年GDP是多少" asked today is a figure for this calendar year, which notices of earlier years cannot give; the
  // year must be in the clause that asks the amount ("合同明年3月底到期，…续租要提前多久" states a circumstance)
  const relative = q.split(/[，,。；;！!？?]/).find((c) => RELATIVE_YEAR.test(c) && QUANTITY.test(c))?.match(RELATIVE_YEAR)?.[1];
  if (relative) {
    const year = String(Number(ctx.today.slice(0, 4)) + RELATIVE_YEARS[relative]!);
    if (!evidence.includes(year)) reasons.push(`year ${year} (${relative}) not in the evidence`);
  }
  // "区长是谁": a person must be named, or the post given to another ("由区长担任"); "区长直通车" names nobody
  const named = () => [...ctx.vocab.persons].some((p) => said.includes(p)) || /担任|兼任/.test(said);
  if (POST_WHO.test(q)) reasons.push(...holderUnsaid(q, said, named()));
  const absent = permissionObject(ctx, said) ?? serviceObject(ctx) ?? chargeUnseen(ctx);
  if (absent) reasons.push(`no mention of ${absent} in the notices asked about`);
  const strangers = strangersIn(ctx);
  // a place or plan period the corpus never mentions: the question is about another jurisdiction or period
  const foreign = strangers.length ? 0.1 : 1;
  if (strangers.length) reasons.push(`${FOREIGN}: ${strangers.join(',')}`);
  // what was asked for plainly absent weighs more: another year's figure, any count or sum would be a wrong answer,
  // not a partial one (dev: refusal recall 68% → 77% for the year, 78% → 86% with count and sum, correctness unchanged)
  const weigh = (r: string) => (HARD.test(r) ? 0.2 : r.startsWith(FOREIGN) ? 1 : r.startsWith('focus') ? FOCUS_FACTOR : 0.5);
  const factor = reasons.reduce((f, r) => f * weigh(r), 1);
  return { factor: factor * foreign, reasons };
}

/**
 * The question wants an amount in this unit: "多少平方米", "几套", "多少钱一平米", "占比多少%"; a unit only named
 * ("这套房", "每平方米的租金") asks nothing of the evidence.
 */
const UNIT_ASKED = new Map(UNITS.map((unit) => {
  const u = unit.replace('%', '%|百分之');
  return [unit, new RegExp(`(多少|几)(钱[一每]?)?[万亿千百]?\\s*(${u})|(${u})\\s*(是|有|为|达到?)?(多少|几)`)];
}));

function asksIn(q: string, unit: string): boolean {
  return UNIT_ASKED.get(unit)!.test(q);
}

/** Who holds a post: answered by a name. */
const POST_WHO = /(长|主任|书记|组长|主席|部长|经理|负责人)(是谁|是哪位|由谁担任|谁来当)/;

/** A post by its head word, not its deputy's ("主任", not "副主任"). */
const HEAD_POST = /(?<!副)(主任|局长|书记|主席|经理|馆长|院长|所长|队长|部长|区长|镇长|组长|校长)/g;

/**
 * "曹家渡街道办事处现在的主任是谁": the head of the office, whom a row appointing or removing a 副主任 does not name. The
 * post the question names without 副 that `said` names only with it, or null.
 */
export function deputyOnly(question: string, said: string, heads = headPostsAsked(question)): string | null {
  return heads.find((p) => said.includes(`副${p}`) && !new RegExp(`(?<!副)${p}`).test(said)) ?? null;
}

/** Who holds a post asked for: nobody named, or only the deputy of the head asked ("主任是谁" — a 副主任's row). */
function holderUnsaid(q: string, said: string, someoneNamed: boolean): string[] {
  if (!someoneNamed) return ['no person named for the post'];
  const head = deputyOnly(q, said);
  return head ? [`no person named for the post (${head}), only a deputy`] : [];
}

/** The posts a question names without 副 ("主任" of "现在的主任是谁"). */
export function headPostsAsked(question: string): string[] {
  return [...question.matchAll(HEAD_POST)].map((m) => m[1]!);
}

/** "公租房可以养宠物吗？", "有没有关于电动自行车充电的规定": what a yes/no question asks to be allowed, or to be ruled on. */
const PERMISSION = new RegExp('(可以|能不能|可不可以|能否|允许|准许|能)([^，,。？?]{1,10})(吗|么)[？?]?\\s*$'
  + '|(能不能|可不可以)([^，,。？?]{1,10})[？?]\\s*$|有没有(?:关于)?([^，,。？?]{1,12}?)的?(?:规定|要求|条款|政策|说法)');
/** Adverbs and directional complements of the asker's verb ("一直续下去"): how, not what. */
const NOT_OBJECTS = /^(一直|继续|接着|下去|下来|上去|上来|起来|出来|进去|进来|过来|过去|回来|回去|一下)$|^.[着了过]$/;

/**
 * A thing no notice mentions anywhere cannot be allowed or forbidden by them: "可以养宠物吗" is answered by no
 * article, however well the rest (公租房) matches.
 */
function permissionObject(ctx: AnswerContext, said: string): string | null {
  const m = PERMISSION.exec(ctx.question);
  if (!m) return null;
  // the object ends the phrase ("自行装修房子": 房子, not the adverb 自行); a thing no notice names anywhere
  // ("用公积金付房租") is as much what is asked about
  const words = ctx.vocab.words(m[2] ?? m[5] ?? m[6]!).filter((w) => w.length >= 2 && !NOT_OBJECTS.test(w));
  const strange = words.find((w) => w !== words.at(-1) && w.length >= 3 && ctx.vocab.unseen(w) && !everydayFor(w, said));
  if (strange) return strange;
  const object = words.at(-1);
  if (!object || everydayFor(object, said)) return null;
  // "公租房办法里有没有关于…充电的规定": asked of a named notice, the thing must be in that notice (or one about it)
  const named = ctx.vocab.noticesNamed(ctx.question);
  if (!named.length) return ctx.vocab.unseen(object) ? object : null;
  const about = ctx.lookup.corpus.notices.filter((n) => named.some((subject) => concerns(n, subject)));
  return about.some((n) => ctx.vocab.says(ctx.lookup.text(n), object)) ? null : object;
}

/** "办护照", "补办驾照", "申请签证": a service asked for, by the thing it issues. */
const SERVICE = /(?:补办|换领|申办|办理|申请|办|领取|领)(?:一个|一张|个|张|本)?(\p{Script=Han}{2,4})/gu;

/**
 * "在静安办护照需要带哪些材料": a thing to be issued that no notice names anywhere (a noun, not the asker's glued
 * phrasing) is a service these notices do not cover, however well 材料 or 去哪里办 match.
 */
function serviceObject(ctx: AnswerContext): string | null {
  for (const m of ctx.question.matchAll(SERVICE)) {
    const object = ctx.vocab.words(m[1]!)[0];
    if (object && ctx.vocab.unseen(object) && /^n/.test(ctx.vocab.tag(object))) return object;
  }
  return null;
}

/** A street or town named ("临汾路街道", "彭浦镇"); the match may start early ("其中彭浦镇"), its ending is the place. */
const STREET_NAMED = /(\p{Script=Han}{2,6}?)(?:街道|(?<!街)镇)/gu;
/** Characters no street's name holds: "的街道", "各街道" are no names ("街镇" is every street and town). */
const NOT_A_NAME = /[的各等和与及在里中个该本]/;

/**
 * "新增的700张养老床位里，彭浦新村街道有多少张？": a street or town the question asks about must be in what is quoted; a
 * district-wide figure is not its share. The name is the longest ending of the match the corpus writes before 街道 or
 * 镇; one the asker lives or works in ("我住在临汾路街道") is a circumstance.
 */
function streetUnsaid(ctx: AnswerContext, said: string): string | null {
  const known = ctx.lookup.streets();
  for (const m of ctx.question.matchAll(STREET_NAMED)) {
    const kind = m[0].slice(m[1]!.length);
    const place = longestEnding(m[1]!, 2, (p) => !NOT_A_NAME.test(p) && known.has(p + kind));
    if (!place || said.includes(place)) continue;
    if (new RegExp(`(住|在|户口|家)[^，,。？?]{0,3}${place}`).test(ctx.question)) continue;
    return `${place}${kind}`;
  }
  return null;
}

/** "现在实际有多少": what has been reached, asked without a target's words. */
const NOW_ASKED = /现在|目前|如今|实际|已经有|截至目前|到目前/;
const TARGET_WORDS = /目标|要求|计划|打算|要达到|要做到|末|到20\d\d|预计|将来|以后/;
/** A sentence setting a target rather than reporting one reached: "预计到2025年…达到2.5人", "力争…". */
const FUTURE = /预计|力争|到20\d\d年|将|目标|计划/;
/** A report of what was reached: a progress table's row ("中期完成情况 … 提前完成"), "截至…已…", "…以来累计…". */
const REACHED = /已|完成|实际|截至|累计|以来/;

/**
 * "静安现在实际有多少名社会体育指导员？": a plan's "预计到2025年…达到2.5人" is what is wanted, not what there is. True when
 * every quoted sentence with a figure sets a target and none reports what was reached.
 */
function onlyTargets(q: string, said: string): boolean {
  if (!NOW_ASKED.test(q) || TARGET_WORDS.test(q)) return false;
  const figures = splitSentences(said).filter((s) => /\d/.test(s));
  return figures.length > 0 && figures.every((s) => FUTURE.test(s) && !REACHED.test(s));
}

/**
 * "怎么报名参加", "如何投诉": the action asked how to do, right after the asking word — one of the acts a resident takes
 * through a set channel ("怎么回事", "怎么安排", "怎么提交" are answered in other words).
 */
const HOW_TO = /(?:怎么|怎样|如何|咋)(?:才能|能|去|来|样)?(报名|预约|投诉|举报|申报|登记|领取|兑换|缴费|挂号|购票)/;

/**
 * "“最美物业人”评选怎么报名参加？": a passage that never names the action asked how to do (报名) does not tell how,
 * however fully it names the thing (配合推进…评选活动).
 */
function actionUnsaid(ctx: AnswerContext, said: string): string | null {
  const verb = HOW_TO.exec(ctx.question)?.[1] ?? WHEN_CHANGE.exec(ctx.question)?.[1];
  return !verb || ctx.vocab.says(said, verb) ? null : verb;
}

/**
 * "暂缓了，打算什么时候恢复建设": when a thing changes course — resumes, is restarted, moved or torn down — which only a
 * passage naming that change dates ("截至2023年6月底…暂缓实施" says when it stood still).
 */
const WHEN_CHANGE = /(?:什么时候|何时|哪天|哪一年|哪年|几时)(?:能|会|才|可以|要|再|开始)?(恢复|重启|复工|续建|取消|废止|搬迁|拆除|涨价|降价|调价)/;

/** A charge by its name: "滞纳金", "手续费", "物业费". */
const CHARGE_NAME = /^\p{Script=Han}{1,3}(费|金)$/u;

/**
 * "会不会收滞纳金", "要交申请费吗": a charge no notice names anywhere is one these notices do not levy or rule on,
 * however well 公租房 and 租金 match; a charge differs by its whole name (物业费 is not 物业管理).
 */
function chargeUnseen(ctx: AnswerContext): string | null {
  return ctx.qwords.find((w) => CHARGE_NAME.test(w) && ctx.vocab.unseen(w)) ?? null;
}

/**
 * An everyday word for what the text says otherwise ("房子" for 住房) shares a character with the evidence; a longer
 * one ("公积金") must share two characters in a row, or 金 of 租金 would stand for it.
 */
function everydayFor(word: string, said: string): boolean {
  if (word.length <= 2) return [...word].some((c) => said.includes(c));
  for (let i = 0; i < word.length - 1; i++) if (said.includes(word.slice(i, i + 2))) return true;
  return false;
}

/** Places, plan periods and other districts' documents the question is about, where these notices do not reach. */
function strangersIn(ctx: AnswerContext): string[] {
  const owner = ANOTHER_DISTRICT.exec(ctx.question)?.[2];
  // "户口在普陀区", "在嘉定上班": a place the asker lives or works in is a circumstance, not the subject
  const circumstance = (w: string) => new RegExp(`(户口|户籍|籍贯|老家|住|在|来自|从)[^，,。？?]{0,3}${w}`).test(ctx.question);
  const unknown = ctx.qwords.filter((w) => ENTITY_LIKE.test(w) && ctx.vocab.unseen(w) && !circumstance(w));
  // "上海市全民健身实施计划（2021-2025年）给全市定的…": a document the notices only cite, asked about in its own right
  const cited = /静安/.test(ctx.question) ? [] : ctx.vocab.citedNamed(ctx.question);
  return [...new Set([...unknown, ...(owner ? [owner] : []), ...unknownPerson(ctx), ...cited, ...editionsAbsent(ctx)])];
}

/**
 * "2017年那版公租房办法规定的申请条件是什么": an edition of a rule the corpus does not hold (it only says the 2021版
 * repealed it) is another document; asked when it was repealed or how it differs, the corpus's own edition answers.
 */
function editionsAbsent(ctx: AnswerContext): string[] {
  const year = EDITION_ASKED.exec(ctx.question)?.[1];
  if (!year || EDITION_FATE.test(ctx.question)) return [];
  const held = ctx.lookup.corpus.notices.some((n) => `${n.title}${n.carriedTitle ?? ''}`.includes(`${year}版`));
  return held ? [] : [`${year}版`];
}
const EDITION_ASKED = /((?:19|20)\d{2})\s*年?\s*(?:那|的|老|旧)?\s*版/;
const EDITION_FATE = /废止|失效|作废|有效|管用|适用|算数|还能用|取代|替代|代替|区别|不同|变化|改了|新旧|什么时候|哪天/;

/** "张伟被任命为什么职务？": a person asked about by name, whom no notice names. */
const PERSON_ASKED = new RegExp('(?:^|[，,：:])([\\u4e00-\\u9fa5]{2,3}?)(?:同志)?(?:被|已经|已|现在|这次)?'
  + '(?:任命|免去|免职|调任|担任|出任|升任|现任|是什么职务|任什么|当什么)');
const POST_CHARS = /[区局委办厅处科室中心长任记席理员部队组会街镇市省]/;

function unknownPerson(ctx: AnswerContext): string[] {
  const name = PERSON_ASKED.exec(ctx.question)?.[1];
  // "这次任命…", "哪位被任命…": a pointing or asking word, not a name
  if (!name || POST_CHARS.test(name) || /^[这那本此哪有谁]/.test(name) || ctx.vocab.persons.has(name)) return [];
  return ctx.vocab.unseen(name) ? [name] : [];
}

/** Where the question asks: "X是谁", "多少个X", "哪些X", "X有多大". */
const ASKING = /是谁|哪里|哪儿|有(?:没有)?(?:具体的?)?(?:规定|要求|标准)(?=吗|么|[？?]|$)|(?:是|有)?多少[个家项处所名位座幢栋条次人种批]?|几[个家项处所名位座幢栋条次人种批]|哪些|哪几[个项条家种]?|哪个|哪一?家|什么|多大|多长|多久|多高/g;
const ADVERB_BEFORE = /(各有|共有|都有|分别有|一共有|分别|各自|一共|总共|大概|大约|到底|究竟|具体|都|各|是在|在|平时|一般|通常)$/;
/** "变成多少", "达到多少": the verb says how a figure is reached, not what it is of. */
const CHANGE_VERB = /^(变成|变为|达到|增加|增长|提高|完成|实现|突破|做到|占到|成为|要达)$|^.了$/;
/** "哪个最大", "谁更多": the verdict asked for, drawn from the figures, which no passage words that way. */
const VERDICT = /^(最|更)[\p{Script=Han}]{1,2}$/u;
const GENERIC_FOCUS = /^(规定|要求|情况|内容|方面|措施|政策|文件|规划|计划|方案|意见|办法|目标|问题|工作|东西|时候|事情|意思|含义|意义)$/;

/**
 * The content word right against the asking words: what the question wants to know ("组长是谁", "多少个健身驿站").
 * The quoted evidence must say it — a passage about the 领导小组 that never names its 组长 does not answer
 * (dev: refusal recall 70% → 78%, at two answerable questions whose text words the focus otherwise).
 */
export function focusWord(ctx: AnswerContext): string | null {
  const q = ctx.question;
  const words = ctx.qwords.filter((w) => w.length >= 2 && !GENERIC_FOCUS.test(w) && !/\d/.test(w) && !VERDICT.test(w));
  let focus: string | null = null;
  for (const m of q.matchAll(ASKING)) {
    // an adverb between the thing and the asking words ("目标分别是多少") is passed over
    const start = m.index! - (ADVERB_BEFORE.exec(q.slice(0, m.index!))?.[0].length ?? 0);
    const end = m.index! + m[0].length;
    // the last such word wins: the final asking words are the question's own. After 多久/多长 comes the verb whose
    // duration is asked ("多久查完" of a text that says "10个工作日内完成核查"), not the thing asked about
    const after = !/^多[久长]$/.test(m[0]);
    // "哪些固定的活动制度": a word qualifying the thing with 的 hands the focus to the thing
    const next = (at: number) => words.find((w) => q.startsWith(w, at));
    const following = after ? next(end) : undefined;
    // "什么级别的公园" asks the grade: a kind of answer before 的 stays the focus
    const qualified = following && q[end + following.length] === '的' && !namesKind(following) ? next(end + following.length + 1) : undefined;
    // "配比有规定吗": what a rule is asked about may be a verb-noun (配比, 装修); a verb before 多久/多少 says what is done
    const ruled = m[0].startsWith('有');
    for (const w of words) if (start >= w.length && q.startsWith(w, start - w.length) && !CHANGE_VERB.test(w) && (ruled || !isVerb(ctx.vocab, w))) focus = w;
    if (following) focus = qualified ?? following;
    focus = behindGeneric(ctx, q.slice(0, start), words) ?? focus;
  }
  return focus;
}

/** Words that only say a figure is wanted: "新增停车位的目标是多少" asks about 停车位. */
const GENERIC_HEAD = /^(目标|指标|要求|标准|数量|规模|情况)$/;

/** The content word before a generic head word that stands right against the asking words, if there is one. */
function behindGeneric(ctx: AnswerContext, before: string, words: string[]): string | null {
  const text = before.replace(/的$/, '');
  const head = ctx.qwords.find((g) => GENERIC_HEAD.test(g) && text.endsWith(g));
  if (!head) return null;
  const rest = text.slice(0, text.length - head.length).replace(/的$/, '');
  return words.find((w) => rest.endsWith(w)) ?? null;
}

/**
 * The question's most specific words (the heaviest, e.g. "停车位") must be in the evidence: passages that match
 * everything but the point of the question are not an answer. When a word at least as heavy as every missing one is
 * there ("医美…产业政策欢迎吗": 医疗美容 quoted, 产业政策/欢迎 not), the point is matched and the rest is the asker's
 * phrasing, which costs less (probe2, probe5: +1 each).
 */
export function keyTermFactor(ctx: AnswerContext, evidence: string): number {
  // in a target question an unknown word is the indicator asked for; elsewhere it is more often the asker's phrasing
  const weights = ctx.qwords.map((w) => (ctx.type === 'target' ? ctx.vocab.specificity(w) : ctx.vocab.weight(w)));
  const top = Math.max(0, ...weights);
  // a word naming a kind of answer ("步骤", "哪个部门") is said by an answer of that kind ("咨询→申请→…")
  const said = ctx.qwords.map((w) => ctx.vocab.says(evidence, w) || answersKind(w, evidence));
  const missing = weights.filter((w, i) => w >= top * 0.8 && w >= 4 && !said[i]);
  if (!missing.length) return 1;
  const heaviestSaid = Math.max(0, ...weights.filter((w, i) => w >= 4 && said[i]));
  return heaviestSaid >= Math.max(...missing) ? 0.7 : 0.4;
}
