// `npm run eval:check` inside `npm test`: both eval sets must validate against the parsed seeds with zero problems.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatProblem } from '../../src/eval/validate.js';
import { loadEval } from '../../src/node/eval-files.js';
import { ROOT, seedCorpus } from '../helpers.js';

describe.each(['dev', 'test'])('eval/%s.jsonl', (name) => {
  it('has no problems: schema, key facts and evidence in the seeds, every gold citation resolves', async () => {
    const { set, checked } = await loadEval(name, { evalDir: join(ROOT, 'eval'), corpus: await seedCorpus() });
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(set.items.length).toBeGreaterThan(100);
    expect(checked.gold.size).toBe(set.items.length);
  });
});
