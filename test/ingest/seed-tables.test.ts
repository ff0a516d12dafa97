// Table records (indicators, tasks, personnel) and aliases, checked cell by cell against the seed text.

import { curatedAliases } from '../../src/ingest/curated.js';
import { describe, expect, it } from 'vitest';
import type { Notice, TableRecord } from '../../src/ingest/types.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byDocNo, byTitle, SEEDS, seedCorpus } from '../helpers.js';

const row = (n: Notice, pred: (t: TableRecord) => boolean): TableRecord => {
  const r = n.tables.find(pred);
  if (!r) throw new Error('row not found');
  return r;
};

describe('indicator tables', () => {
  it('大宁 · 税收收入年均增长率 · 预期性 · % · 10 (one cell per line, 2025年⏎⏎目标 header rejoined)', async () => {
    const c = await seedCorpus();
    const r = row(byDocNo(c, '静府发〔2021〕12号'), (t) => t.cells['主要指标'] === '税收收入年均增长率');
    expect(r.kind).toBe('indicator');
    expect(r.caption).toBe('大宁功能区“十四五”时期经济社会发展主要指标');
    expect(r.cells).toEqual({ 模块: '经济转型升级', 序号: '1', 主要指标: '税收收入年均增长率', 属性: '预期性', 单位: '%', '2025年目标': '10' });
  });

  it('fills the merged 模块 column down and rejoins wrapped cells', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕12号');
    expect(row(n, (t) => t.cells['序号'] === '9').cells).toMatchObject({ 模块: '产业发展', 主要指标: '集聚一批科技、智慧健康、数字化创新中心', '2025年目标': '10-20' });
    expect(row(n, (t) => t.cells['序号'] === '16').cells['模块']).toBe('综合配套建设');
    const sh = byDocNo(c, '静府发〔2021〕14号');
    expect(row(sh, (t) => t.cells['序号'] === '3').cells['主要指标']).toBe('新增跨国公司地区总部及其他总部');
  });

  it('市北 · 新增开发体量 and its 其中 row', async () => {
    const c = await seedCorpus();
    const n = byDocNo(c, '静府发〔2021〕15号');
    expect(row(n, (t) => t.cells['主要指标'] === '新增开发体量').cells).toEqual({
      类别: '开发强度', 序号: '16', 主要指标: '新增开发体量', 属性: '预期性', 单位: '万平方米', '2025年': '170',
    });
    expect(row(n, (t) => t.cells['主要指标'] === '其中：新增产业空间').cells).toMatchObject({ 序号: '', '2025年': '50-60' });
    expect(n.tables.filter((t) => t.kind === 'indicator')).toHaveLength(30);
  });

  it('a row of the mid-term table: target, result and evaluation', async () => {
    const c = await seedCorpus();
    const n = byTitle(c, '公开征询意见的公告');
    const r = row(n, (t) => t.cells['指标名称'] === '新增商业商务楼宇建筑面积');
    expect(r.cells).toEqual({
      序号: '24', 指标名称: '新增商业商务楼宇建筑面积', 单位: '万平方米', 属性: '预期性',
      '“十四五”目标': '350(五年累计)', 中期完成情况: '130.6', 进展评价: '低于预期',
    });
    // "既有多层住宅加装 电梯数(开工)" wraps in the source; the cell is rejoined
    expect(row(n, (t) => t.cells['序号'] === '6').cells['指标名称']).toBe('既有多层住宅加装电梯数(开工)');
    expect(n.tables).toHaveLength(26);
  });

  it('the 全民健身 table without a category column', async () => {
    const c = await seedCorpus();
    const r = row(byDocNo(c, '静府发〔2021〕19号'), (t) => t.cells['序号'] === '2');
    expect(r.cells).toEqual({ 序号: '2', 指标名称: '人均体育场地面积', 属性: '约束性', 目标: '0.74m2' });
  });

  it('a table without a caption line is captioned by its heading (苏河湾)', async () => {
    const c = await seedCorpus();
    const r = row(byDocNo(c, '静府发〔2021〕14号'), (t) => t.cells['序号'] === '11');
    expect(r.caption).toBe('（三）发展目标');
    expect(r.path).toEqual(['三、“十四五”发展总体思路与主要目标', '（三）发展目标']);
    expect(r.cells['2025年目标']).toBe('6.8');
  });
});

describe('task and personnel records', () => {
  it('a 托育 task with its 牵头单位 and 配合单位', async () => {
    const c = await seedCorpus();
    const r = row(byDocNo(c, '静府办发〔2021〕14号'), (t) => t.cells['序号'] === '3');
    expect(r.kind).toBe('task');
    expect(r.cells['类别']).toBe('坚持托幼一体化主体方向，拓展托育资源多元供给');
    expect(r.cells['项目']).toBe('建设多元照护服务供给体系');
    expect(r.cells['牵头单位']).toBe('区妇儿工委');
    expect(r.cells['配合单位']).toBe('区教育局、区卫生健康委、区民政局、区妇联');
  });

  it('personnel: padding removed, 任命 vs 免去, 挂职 notes split from the post', async () => {
    const c = await seedCorpus();
    const n = byTitle(c, '人事任免事项');
    const appointed = n.tables.filter((t) => t.cells['类型'] === '任命');
    const removed = n.tables.filter((t) => t.cells['类型'] === '免去');
    expect([appointed.length, removed.length]).toEqual([25, 28]);
    expect(appointed[0]!.cells).toEqual({ 姓名: '李卿', 类型: '任命', 职务: '上海市静安区房屋征收中心（区住宅建设发展中心）主任', 备注: '' });
    expect(row(n, (t) => t.cells['姓名'] === '曲直').cells).toEqual({
      姓名: '曲直', 类型: '任命', 职务: '上海市静安区行政服务中心（上海市静安区政务数据管理中心）副主任',
      备注: '正处长级，挂职；挂职期自2021年10月起至2022年10月止。',
    });
    // the same person can be appointed and removed: 孙中峰 leaves 宝山路街道 for 信息化委员会
    const sun = n.tables.filter((t) => t.cells['姓名'] === '孙中峰').map((t) => `${t.cells['类型']}:${t.cells['职务']}`);
    expect(sun).toEqual(['任命:上海市静安区信息化委员会主任', '免去:上海市静安区人民政府宝山路街道办事处主任']);
    expect(row(n, (t) => t.cells['姓名'] === '王月庆').cells['职务']).toBe(
      '上海市静安区城市管理行政执法局执法大队政委、上海市静安区城市管理行政执法局执法大队大队长');
  });
});

describe('aliases', () => {
  it('collects 以下简称 definitions and plan short names, plus the curated list', async () => {
    const c = await seedCorpus();
    const has = (alias: string, full: string) => c.aliases.some((a) => a.alias === alias && a.full === full);
    expect(has('爱卫办', '爱国卫生运动委员会办公室')).toBe(true);
    expect(has('区住房保障机构', '上海市静安区住房保障中心')).toBe(true);
    expect(has('纲要', '静安区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')).toBe(true);
    expect(has('市北规划', '市北功能区“十四五”规划')).toBe(true);
    expect(has('公租房', '公共租赁住房')).toBe(true);
    expect(has('托班', '托育')).toBe(true);
  });

  it('every curated alias maps to words the seeds write: a full form they never use makes the asker\'s word unmatched', () => {
    const text = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');
    // 续租 → 续签 read every 续租 question as one about a word no notice has
    expect(curatedAliases.filter((a) => !text.includes(a.full)).map((a) => `${a.alias} → ${a.full}`)).toEqual([]);
  });
});
