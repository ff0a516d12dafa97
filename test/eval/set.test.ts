// Set loading and validation: malformed lines, schema and cross-field rules, key facts/evidence/gold checked against the seeds.

import { describe, expect, it } from 'vitest';
import { parseEvalSet } from '../../src/eval/set.js';
import { checkSet } from '../../src/eval/validate.js';
import { seedCorpus } from '../helpers.js';

const good = {
  id: 't-001', category: 'eligibility', question: '外地户口能申请公租房吗？', answerable: true,
  expected_answer: '持居住证且签1年以上合同可以。', key_facts: ['1年以上（含1年）', '《上海市居住证》|居住证'],
  citations: [{ doc: '静安区公共租赁住房申请供应和租后管理办法（2021版）', section: '第五条  申请条件' }],
  source_file: '001_d19f013ca5b3f09a.txt',
  evidence: '（三）持有有效期内《上海市居住证》与本区就业单位签订1年以上（含1年）劳动或工作合同',
};
const refusal = { ...good, id: 't-002', category: 'out_of_scope', answerable: false, key_facts: [], citations: [], evidence: '' };
const jsonl = (...rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

describe('parseEvalSet', () => {
  it('loads well-formed lines with their line numbers and skips blank lines', () => {
    const s = parseEvalSet('x.jsonl', jsonl(good, '', refusal));
    expect(s.problems).toEqual([]);
    expect(s.items.map((i) => i.id)).toEqual(['t-001', 't-002']);
    expect(s.lines.get('t-002')).toBe(3);
  });

  it('reports unparsable lines and schema errors by line, id and field', () => {
    const s = parseEvalSet('x.jsonl', jsonl('{"id": "t-9",', { ...good, category: 'weather' }, { ...good, id: 't-003', extra: 1 }));
    expect(s.items).toEqual([]);
    expect(s.problems.map((p) => [p.line, p.itemId, p.field])).toEqual([[1, null, '(line)'], [2, 't-001', 'category'], [3, 't-003', '(item)']]);
  });

  it('checks the rules across fields', () => {
    const s = parseEvalSet('x.jsonl', jsonl(
      { ...good, key_facts: [], evidence: '' },
      { ...refusal, id: 't-001', key_facts: ['x'] },
      { ...good, id: 't-004', category: 'out_of_scope' },
      { ...good, id: 't-005', category: 'follow_up' },
      { ...good, id: 't-006', category: 'follow_up', history: [{ role: 'assistant', content: '答' }, { role: 'user', content: '问' }] },
    ));
    expect(s.problems.map((p) => `${p.line} ${p.itemId} ${p.field}`)).toEqual([
      '1 t-001 key_facts', '1 t-001 evidence', '2 t-001 id', '2 t-001 key_facts', '3 t-004 answerable', '4 t-005 history', '5 t-006 history',
    ]);
  });
});

describe('checkSet', () => {
  it('accepts an item whose facts, evidence and gold are all in the seeds', async () => {
    const r = checkSet(parseEvalSet('x.jsonl', jsonl(good, refusal)), await seedCorpus());
    expect(r.problems).toEqual([]);
    expect(r.gold.get('t-001')!.map((g) => g.via)).toEqual(['heading']);
    expect(r.gold.get('t-002')).toEqual([]);
  });

  it('reports a key fact, an evidence string and gold citations the seeds do not contain', async () => {
    const bad = {
      ...good, key_facts: ['2年以上', '低于15平方米|15㎡'], evidence: '持有有效期内《上海市居住证》与本区就业单位签订2年以上',
      citations: [{ doc: '静府发〔2099〕1号', section: '一、总则' }, { doc: '静安区公共租赁住房申请供应和租后管理办法（2021版）', section: '第九十条  罚则' }],
    };
    const r = checkSet(parseEvalSet('x.jsonl', jsonl(bad, { ...refusal, source_file: 'nope.txt' })), await seedCorpus());
    expect(r.problems.map((p) => `${p.itemId} ${p.field}`)).toEqual([
      't-001 key_facts.0', 't-001 evidence', 't-001 citations.0', 't-001 citations.1', 't-002 source_file',
    ]);
    expect(r.problems[0]!.message).toBe('"2年以上" does not occur in 001_d19f013ca5b3f09a.txt');
    expect(r.gold.has('t-001')).toBe(false);
  });
});
