// CLI: `npm run eval:check [-- --set dev|test|probe|probe2…probe25|all] [--seeds DIR]` validates the eval sets against the parsed seeds.

import { parseArgs } from 'node:util';
import { isAppError } from '../core/errors.js';
import { formatProblem } from '../eval/validate.js';
import { loadEval } from '../node/eval-files.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { set: { type: 'string', default: 'all' }, seeds: { type: 'string', default: 'seeds' } } });
  const { set, checked } = await loadEval(values.set, { seedsDir: values.seeds });
  for (const p of checked.problems) console.log(formatProblem(p));
  const via: Record<string, number> = {};
  for (const golds of checked.gold.values()) for (const g of golds) via[g.via] = (via[g.via] ?? 0) + 1;
  const resolved = Object.entries(via).map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(`${set.items.length} items in ${set.name}; gold sections resolved: ${resolved || 'none'}; ${checked.problems.length} problem(s)`);
  return checked.problems.length ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  console.error(isAppError(e) ? `${e.code}: ${e.message}` : e);
  process.exitCode = 2;
});
