// Condition atoms: phrases that 申请条件 clauses are made of, and how a resident's stated facts decide each one.

import type { StatedFacts } from './question.js';

export type Verdict = 'met' | 'failed' | 'unknown';

export interface Atom {
  /** the fact to ask for when it is not known (for "还需确认" lists) */
  ask: string;
  /** what the clause demands, in the text's own words (for "不满足" lists) */
  need?(m: RegExpExecArray): string;
  decide(f: StatedFacts, m: RegExpExecArray): Verdict;
}

const yes = (b: boolean | undefined): Verdict => (b === undefined ? 'unknown' : b ? 'met' : 'failed');

/** Ordered list of clause phrases; each clause is decided by every atom it contains. */
export const ATOMS: Array<[RegExp, Atom]> = [
  [/具有本市常住户口/, { ask: '是否有本市常住户口',
    decide: (f) => (f.hukou === undefined ? (f.residencePermit ? 'failed' : 'unknown') : yes(f.hukou !== '外地')) }],
  [/具有本区常住户口/, { ask: '户口是否在本区',
    decide: (f) => (f.hukou === '本区' ? 'met' : f.hukou === '外地' || (f.hukou === undefined && f.residencePermit) ? 'failed' : 'unknown') }],
  [/持有有效期内《上海市居住证》/, { ask: '是否持有有效期内的《上海市居住证》',
    decide: (f) => (f.residencePermit !== undefined ? yes(f.residencePermit) : f.hukou === '本市' || f.hukou === '本区' ? 'failed' : 'unknown') }],
  [/与本区就业单位签订/, { ask: '是否在本区单位就业', need: () => '与本区就业单位签订劳动或工作合同', decide: (f) => (f.employer === undefined ? 'unknown' : yes(f.employer === '本区')) }],
  [/与本市单位签订/, { ask: '是否在本市单位就业', need: () => '与本市单位签订劳动或工作合同', decide: (f) => (f.employer === undefined ? 'unknown' : yes(f.employer !== '外地')) }],
  [/签订(\d+)年(?:以上|及以上)/, { ask: '劳动或工作合同的期限', need: (m) => `劳动或工作合同${m[1]}年以上`,
    decide: (f, m) => (f.contractYears === undefined ? 'unknown' : yes(f.contractYears >= Number(m[1]))) }],
  [/缴纳各项社会保险金/, { ask: '是否依法缴纳社会保险', need: () => '依法缴纳各项社会保险金', decide: (f) => yes(f.socialInsurance) }],
  [/人均住房建筑面积低于(\d+(?:\.\d+)?)平方米/, { ask: '在本市的人均住房建筑面积', need: (m) => `在本市人均住房建筑面积低于${m[1]}平方米`,
    decide: (f, m) => (f.areaPerPerson === undefined ? 'unknown' : yes(f.areaPerPerson < Number(m[1]))) }],
  [/未享受本市廉租住房、共有产权保障住房/, { ask: '是否享受过本市廉租住房或共有产权保障住房', need: () => '申请时未享受本市廉租住房、共有产权保障住房政策',
    decide: (f) => (f.enjoyedOtherHousing === undefined ? 'unknown' : yes(!f.enjoyedOtherHousing)) }],
];

export interface ClauseResult {
  verdict: Verdict;
  /** what the clause demands that the stated facts meet, in the text's own words */
  met: string[];
  failed: string[];
  unknown: string[];
}

export function decideClause(text: string, facts: StatedFacts): ClauseResult | null {
  const met: string[] = [];
  const failed: string[] = [];
  const unknown: string[] = [];
  let matched = 0;
  for (const [re, atom] of ATOMS) {
    const m = re.exec(text);
    if (!m) continue;
    matched++;
    const v = atom.decide(facts, m);
    // the three 户口/居住证 atoms name their demand exactly as the clause writes it
    if (v === 'met') met.push(atom.need?.(m) ?? m[0]);
    if (v === 'failed') failed.push(atom.need?.(m) ?? m[0]);
    if (v === 'unknown') unknown.push(atom.ask);
  }
  if (!matched) return null;
  return { verdict: failed.length ? 'failed' : unknown.length ? 'unknown' : 'met', met, failed, unknown };
}

export function combine(mode: 'any' | 'all', verdicts: Verdict[]): Verdict {
  if (mode === 'any') {
    if (verdicts.includes('met')) return 'met';
    return verdicts.every((v) => v === 'failed') ? 'failed' : 'unknown';
  }
  if (verdicts.includes('failed')) return 'failed';
  return verdicts.every((v) => v === 'met') ? 'met' : 'unknown';
}
