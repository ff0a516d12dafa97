// Reading a question: which kind of answer it wants, and the facts an asker states about themselves.

import { describe, expect, it } from 'vitest';
import { classifyQuestion, statedFacts } from '../../src/answer/question.js';
import { countAsked } from '../../src/answer/compose-list.js';
import { AMOUNT } from '../../src/answer/checks.js';

describe('question types', () => {
  it('the specific intents win over the general ones', () => {
    expect(classifyQuestion('大宁和苏河湾谁定得高？')).toBe('comparison');
    expect(classifyQuestion('苏河湾的目标比南京西路高吗？')).toBe('comparison');
    // probe11: "定到多少" asks a target; "定到" was the heaviest word left, refusing 南京西路's 40万人次 row
    expect(classifyQuestion('南京西路功能区的规划里，商圈日均客流定到多少？')).toBe('target');
    // probe10: "换主任", "新主任叫啥" ask about a post; read as a fact, the 南京西路 plan's 主送 line had answered
    expect(classifyQuestion('南京西路街道办事处是不是换主任了？新主任叫啥？')).toBe('personnel');
    // probe10: the steps are asked; "能马上住进去" had made an eligibility case of it, refused for want of 步骤
    expect(classifyQuestion('第一次申请公租房，从头到尾要走哪些步骤？是不是审核一通过就能马上住进去？')).toBe('procedure');
    expect(classifyQuestion('我有居住证，要走哪些步骤，能申请吗？')).toBe('eligibility');
    expect(classifyQuestion('占全区比重是多少？')).not.toBe('comparison');
    expect(classifyQuestion('我有居住证，在静安上班，能申请公租房吗？')).toBe('eligibility');
    expect(classifyQuestion('郭强被任命为什么职务？')).toBe('personnel');
    expect(classifyQuestion('苏河湾集团的监事会主席这次有变动吗？')).toBe('personnel');
    expect(classifyQuestion('这项任务由哪个部门牵头？')).toBe('responsibility');
    expect(classifyQuestion('全民健身计划是什么时候印发的？')).toBe('date');
    expect(classifyQuestion('申请公租房的流程是什么？')).toBe('procedure');
    expect(classifyQuestion('市北2025年税收增长目标是多少？')).toBe('target');
    expect(classifyQuestion('什么是单位申请人？')).toBe('definition');
    expect(classifyQuestion('聚能湾孵化器的孵化成功率是多少？')).toBe('fact');
  });

  it('who leads a task is a responsibility question, though the task\'s name says 准入 or 资格', () => {
    expect(classifyQuestion('托育从业人员的准入审核谁牵头？')).toBe('responsibility');
    // probe3: "归哪个单位管" had made an eligibility case of it, which quoted 第十条, not 第二条's 住房保障中心
    expect(classifyQuestion('公租房的申请受理和资格审核到底归哪个单位管？')).toBe('responsibility');
    expect(classifyQuestion('公租房资格到底是谁在审？')).toBe('responsibility');
    // an asker's own case stays an eligibility question
    expect(classifyQuestion('我有居住证，准入资格审核归谁负责，我能申请吗？')).toBe('eligibility');
  });

  it('a figure of a year before the plans is a fact, not a target', () => {
    expect(classifyQuestion('2020年南京西路有几幢亿元楼？')).toBe('fact');
  });

  it('expiry is a date question only when asked when or whether; "到期了还能续吗" is about renewal', () => {
    expect(classifyQuestion('公租房办法什么时候到期？')).toBe('date');
    expect(classifyQuestion('这个办法是不是已经过期了？')).toBe('date');
    expect(classifyQuestion('到期了还能一直续下去吗？')).toBe('fact');
    expect(classifyQuestion('合同到期一时找不到房子，有过渡期吗？')).toBe('fact');
  });
});

describe('list length asked', () => {
  it('"哪四个场馆" expects four items; "哪几个" says no number', () => {
    expect(countAsked('“四级”布局指的是哪四个场馆？')).toBe(4);
    expect(countAsked('有哪三条带？')).toBe(3);
    expect(countAsked('要实现哪几个“化”？')).toBeNull();
  });
});

describe('stated facts', () => {
  it('reads 户口, 居住证, employer, contract years, 社保, area and other housing from everyday words', () => {
    expect(statedFacts('外地户口，有上海居住证，在静安上班，但公司只跟我签了半年合同，社保一直在交，人均住房10平米，没享受过廉租房')).toEqual({
      hukou: '外地', residencePermit: true, employer: '本区', contractYears: 0.5, socialInsurance: true, areaPerPerson: 10,
      enjoyedOtherHousing: false,
    });
  });

  it('reads where one works from the workplace ("在静安一家快递公司送件"), and "用公司名义" as an employer applying', () => {
    expect(statedFacts('有上海居住证，在静安一家快递公司送件，合同签了两年')).toMatchObject({ employer: '本区', contractYears: 2 });
    expect(statedFacts('公司注册在普陀，能不能用公司名义帮员工申请')).toMatchObject({ applicant: '单位' });
  });

  it('reads "在上海没房子" as no floor area in the city, but not a home missing in 老家', () => {
    expect(statedFacts('社保一直在交，自己在上海没房子').areaPerPerson).toBe(0);
    expect(statedFacts('本市名下无房').areaPerPerson).toBe(0);
    expect(statedFacts('老家没房子，在上海租房住').areaPerPerson).toBeUndefined();
    expect(statedFacts('人均住房12平米，没房贷').areaPerPerson).toBe(12);
  });

  it('reads "申请到了共有产权房", "分到过廉租房" as other housing enjoyed', () => {
    expect(statedFacts('我家前两年刚申请到了共有产权房（经适房）').enjoyedOtherHousing).toBe(true);
    expect(statedFacts('以前分到过廉租房').enjoyedOtherHousing).toBe(true);
    expect(statedFacts('没申请过共有产权房').enjoyedOtherHousing).toBe(false);
  });
});

describe('amounts in the text', () => {
  it('a number standing alone is an amount; the digit of a name of letters and digits ("5G", "IPv6") is not', () => {
    expect(AMOUNT.test('推动5G网络深度覆盖，推进互联网应用IPv6升级')).toBe(false);
    expect(AMOUNT.test('税收规模达到660亿元')).toBe(true);
    expect(AMOUNT.test('人均体育场地面积达到0.74平方米')).toBe(true);
  });
});
