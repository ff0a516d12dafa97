// `npm run eval:check` inside `npm test`: every eval set must validate against the parsed seeds with zero problems.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatProblem } from '../../src/eval/validate.js';
import { loadEval } from '../../src/node/eval-files.js';
import { ROOT, seedCorpus } from '../helpers.js';

describe.each([['dev', 100], ['test', 100], ['probe', 80], ['probe2', 60], ['probe3', 60], ['probe4', 60], ['probe5', 60], ['probe6', 60], ['probe7', 60], ['probe8', 60], ['probe9', 60], ['probe10', 60], ['probe11', 60], ['probe12', 60], ['probe13', 60], ['probe14', 60], ['probe15', 60], ['probe16', 60], ['probe17', 60], ['probe18', 60], ['probe19', 60], ['probe20', 60], ['probe21', 60], ['probe22', 60], ['probe23', 59], ['probe24', 59], ['probe25', 59]] as const)('eval/%s.jsonl', (name, size) => {
  it('has no problems: schema, key facts and evidence in the seeds, every gold citation resolves', async () => {
    const { set, checked } = await loadEval(name, { evalDir: join(ROOT, 'eval'), corpus: await seedCorpus() });
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(set.items.length).toBeGreaterThan(size);
    expect(checked.gold.size).toBe(set.items.length);
  });
});
