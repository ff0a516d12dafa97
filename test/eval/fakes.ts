// Hand-made eval items, gold and chat responses for the metric, runner and report tests.

import type { ChatResponse, Citation } from '../../src/engine/types.js';
import type { EvalItem, ResolvedGold } from '../../src/eval/types.js';

export function item(id: string, over: Partial<EvalItem> = {}): EvalItem {
  return {
    id, category: 'fact', question: `问题${id}`, answerable: true, expected_answer: `答案${id}`,
    key_facts: [], citations: [], source_file: '001_d19f013ca5b3f09a.txt', evidence: '', ...over,
  };
}

export const goldHeading: ResolvedGold = {
  doc: '静安区公共租赁住房申请供应和租后管理办法（2021版）', section: '第五条  申请条件', noticeId: 'nA', via: 'heading',
  pathKeys: ['第五条申请条件'], spans: [],
};
export const goldTable: ResolvedGold = {
  doc: '静府发〔2021〕12号', section: '大宁指标', noticeId: 'nB', via: 'table', pathKeys: ['大宁指标'], spans: [],
};
export const goldRunIn: ResolvedGold = {
  doc: '静府发〔2021〕17号', section: '强化健康金融要素支撑', noticeId: 'nC', via: 'runIn', pathKeys: ['强化健康金融要素支撑'],
  spans: [{ file: 'f.txt', startLine: 100, endLine: 102 }],
};
export const goldNotice: ResolvedGold = {
  doc: '静府发〔2021〕13号', section: '南京西路功能区“十四五”规划', noticeId: 'nD', via: 'notice',
  pathKeys: ['关于印发南京西路功能区"十四五"规划的通知', '南京西路功能区"十四五"规划'], spans: [],
};

export function cite(noticeId: string, sectionPath: string[], lines: [number, number] = [1, 1]): Citation {
  return {
    n: 1, notice: null, title: `标题${noticeId}`, kind: '办法', sectionPath, section: sectionPath.join(' > '), quote: '引文',
    source: { file: 'f.txt', startLine: lines[0], endLine: lines[1] }, noticeId, chunkId: `${noticeId}-c`,
  };
}

export function hit(noticeId: string, path: string[], chunkId = `${noticeId}:${path.join('/')}`) {
  return { chunkId, noticeId, section: path.join(' > '), score: 1, stages: {} };
}

export function response(answer: string, over: Partial<ChatResponse> = {}): ChatResponse {
  return {
    answer, answerable: true, citations: [], query: { original: '', rewritten: '' }, timings: {}, mode: 'extractive', notes: [],
    debug: { hits: [] }, ...over,
  };
}
