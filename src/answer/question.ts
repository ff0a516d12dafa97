// Reading a question: what kind of answer it wants, and the terms and numbers it carries.

import { foldWidth } from '../core/text.js';

export type QuestionType =
  | 'target' | 'eligibility' | 'procedure' | 'date' | 'personnel' | 'responsibility'
  | 'definition' | 'comparison' | 'fact';

/** Ordered: the first matching rule wins, so the specific intents come before the general ones. */
const RULES: Array<[QuestionType, RegExp]> = [
  ['comparison', /(谁|哪个|哪一个|哪家|哪边|哪份).{0,16}(高|低|多|少|大|小|快|慢|早|晚|先|后)|比[^，,。？?较例重]{1,12}(高|低|多|少|大|小)(吗|么|不|？|\?|$)|相比|对比|比较|高还是|低还是|多还是|一样吗|差多少|差距|各有|各是|分别有|分别是多少/],
  ['eligibility', /(能|可以|可不可以|能不能|能否|有没有资格|够不够|够|符合|符不符合).{0,12}(申请|租|住|享受|办理|条件|资格)|申请[^。？?]{0,12}(可以吗|行吗|行不行|可不可以)|申请条件|哪些条件|什么条件|需要满足|要满足|满足什么|准入|资格|我.{0,20}(户口|居住证|社保|合同)/],
  ['personnel', /任命|免去|免职|任免|担任|职务|调任|谁是|谁当|谁任|挂职|试用期|主任是谁|局长是谁|换人|换了人|现任|原任|接任|人事调整|人事变动|现在是谁|换成|换了谁|谁接|接替|(主任|局长|主席|书记|政委|队长|经理|处长|科长)[^，,。？?]{0,6}(变动|调整|换)|(换|新|原)[^，,。？?]{0,3}(主任|局长|主席|书记|政委|队长|处长|科长)/],
  ['responsibility', /牵头|配合单位|责任单位|哪个部门|哪些部门|哪些单位|单位负责|部门负责|谁负责|由谁|负责单位|主管部门|归谁管|哪个单位|谁(在|来)?审/],
  ['date', /什么时候|什么时间|啥时间|何时|哪天|哪一天|日期|几号|几月|哪一?年|有效期|施行|实施时间|生效|(什么时候|何时|哪天|哪年|是否|有没有|已经)(到期|过期)|(到期|过期)了?(吗|没)|废止|还有效|印发时间|发布时间|发文时间/],
  ['procedure', /流程|步骤|程序|怎么申请|如何申请|怎么办|去哪|在哪里|哪里申请|怎样办理|办理方式|申请方式|需要哪些材料|怎么走|怎么提|如何提|怎么反映|提交方式|渠道/],
  ['target', /目标|指标|定(到|在|为|成)多少|要达到|达到多少|增长率|增速|比重|占比|年均|预期性|约束性|计划新增|到2025|2025年|完成情况|完成得|完成了|进展|进度/],
  ['definition', /什么是|是什么意思|指的是|是指|含义|定义|什么叫/],
];

const LEAD_ASKED = /谁牵头|哪个部门牵头|牵头单位|配合单位|责任单位|哪个部门负责|谁负责|哪个单位|归谁管|由谁|谁(在|来)?审/;

const STEPS_ASKED = /流程|步骤|程序|手续|环节/;
const CASE_STATED = /条件|资格|准入|我.{0,20}(户口|居住证|社保|合同)/;

/** A year before the plans' period: the question is about what happened, not about a target. */
const PAST_YEAR = /(19\d{2}|20[01]\d|2020)\s*年|十三五/;

export function classifyQuestion(q: string): QuestionType {
  const s = foldWidth(q);
  for (const [type, re] of RULES) {
    if (!re.test(s)) continue;
    if (type === 'target' && PAST_YEAR.test(s) && !/目标/.test(s)) return 'fact';
    // "这个准入审核谁牵头": who leads a task; 准入 or 资格 in its name make no eligibility case of it
    if (type === 'eligibility' && LEAD_ASKED.test(s) && !/我|本人|咱/.test(s)) return 'responsibility';
    // "要走哪些步骤？是不是审核一通过就能马上住进去": the steps are asked; "能…住" alone states no case
    if (type === 'eligibility' && STEPS_ASKED.test(s) && !CASE_STATED.test(s)) return 'procedure';
    return type;
  }
  return 'fact';
}

/** Numbers as written (integers, decimals, ranges keep their parts). */
export function numbersIn(s: string): string[] {
  return foldWidth(s).match(/\d+(?:\.\d+)?/g) ?? [];
}

/** Facts a resident states about themselves, for eligibility checks. Unknown = not said. */
export interface StatedFacts {
  hukou?: '本区' | '本市' | '外地';
  residencePermit?: boolean;
  employer?: '本区' | '本市' | '外地';
  contractYears?: number;
  socialInsurance?: boolean;
  areaPerPerson?: number;
  enjoyedOtherHousing?: boolean;
  applicant?: '单身' | '家庭' | '单位';
}

const NUM_CN: Record<string, number> = { 半: 0.5, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 十: 10 };

function yearsOf(text: string): number | undefined {
  const s = foldWidth(text);
  const m = /(\d+(?:\.\d+)?|[半一两二三四五六十])\s*(年|个月)(?:期)?的?(?:劳动|工作)?合同/.exec(s)
    ?? /合同.{0,6}?(\d+(?:\.\d+)?|[半一两二三四五六十])\s*(年|个月)/.exec(s);
  if (!m) return /半年合同|合同.{0,4}半年/.test(s) ? 0.5 : undefined;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : NUM_CN[m[1]!]!;
  return m[2] === '个月' ? n / 12 : n;
}

// "在上海没房子", "名下无房": no home in the city is no floor area per person there; a home elsewhere says nothing of it
function ownsNoHome(s: string): boolean {
  const m = /(没|没有|无)(自己的|自有|自购)?(房子|住房|房产|房)(?!租|东)/.exec(s);
  return m !== null && !/老家|外地|家乡|外省/.test(s.slice(Math.max(0, m.index - 8), m.index));
}

export function statedFacts(text: string): StatedFacts {
  const s = foldWidth(text);
  const f: StatedFacts = {};
  if (/(静安|本区).{0,4}(户口|户籍)/.test(s)) f.hukou = '本区';
  else if (/(上海|本市|沪).{0,4}(户口|户籍)|(户口|户籍).{0,4}(在上海|在本市|是上海)/.test(s)) f.hukou = '本市';
  else if (/(外地|外省|非上海|非本市|老家).{0,4}(户口|户籍)|户口.{0,6}(不在上海|外地|老家)/.test(s)) f.hukou = '外地';
  if (/(有|持有|办了|拿到).{0,6}居住证/.test(s)) f.residencePermit = true;
  if (/(没有|无|没办).{0,4}居住证/.test(s)) f.residencePermit = false;
  // "在静安一家快递公司送件", "在静安的门店干活": where one works, said by the workplace as often as by 上班
  if (/(在|于)(静安|本区)[^，,。？?]{0,10}(上班|工作|就业|任职|干活|公司|单位|企业|门店)|(静安|本区)(的)?(公司|单位|企业)/.test(s)) f.employer = '本区';
  else if (/(在|于)(上海|本市|浦东|徐汇|黄浦|长宁|普陀|虹口|杨浦|闵行|宝山|嘉定|松江).{0,8}(上班|工作|就业)/.test(s)) f.employer = '本市';
  const years = yearsOf(s);
  if (years !== undefined) f.contractYears = years;
  if (/(没|没有|未|不)(交|缴|缴纳|交过)?.{0,2}社保|社保.{0,4}(没交|未缴|断)/.test(s)) f.socialInsurance = false;
  else if (/(交|缴|缴纳|有).{0,4}社保|社保.{0,6}(正常|一直|在交|有交)/.test(s)) f.socialInsurance = true;
  const area = /人均.{0,10}?(\d+(?:\.\d+)?)\s*(平米|平方米|平|㎡|m2)/.exec(s) ?? /(\d+(?:\.\d+)?)\s*(平米|平方米|平|㎡).{0,4}人均/.exec(s);
  if (area) f.areaPerPerson = Number(area[1]);
  else if (ownsNoHome(s)) f.areaPerPerson = 0;
  if (/(没有|没|未|从未)(享受|住过|申请过|拿过).{0,12}(廉租|共有产权)/.test(s)) f.enjoyedOtherHousing = false;
  else if (/(没有|没|未|从未)(享受|住过|申请过|拿过).{0,4}保障房/.test(s)) f.enjoyedOtherHousing = false;
  else if (/(享受|住着|住过|在住|拿过|买了|有|申请到|分到|拿到|买到|住上|申请下来).{0,6}(廉租|共有产权|经适房|保障房)/.test(s)) f.enjoyedOtherHousing = true;
  if (/单位申请|[以用拿](单位|公司|企业|机构)(的)?名义|(单位|公司|企业|机构|组织)(想|要|能不能|可不可以|能|可以)?(统一|集体)?(给|为|帮|替|代)(员工|职工).{0,6}申请/.test(s)) f.applicant = '单位';
  else if (/(一家|家庭|夫妻|老婆|老公|孩子|结婚)/.test(s)) f.applicant = '家庭';
  else if (/(单身|一个人|未婚)/.test(s)) f.applicant = '单身';
  return f;
}

