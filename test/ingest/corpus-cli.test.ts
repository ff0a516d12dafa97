// `npm run corpus`: the table names every seed notice with its whole title (a forwarding notice's title carries the
// title of the document it forwards) and where it was read.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seedCorpus } from '../helpers.js';

function corpusTable(): string[] {
  const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/corpus.ts'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\n');
}

describe('npm run corpus', () => {
  it('prints one row per notice ending in its whole title, with 文号, date, kind and every source', async () => {
    const lines = corpusTable();
    const c = await seedCorpus();
    for (const n of c.notices) {
      const row = lines.find((l) => l.endsWith(` ${n.title}`));
      expect(row, n.title).toBeDefined();
      expect(row!.split(/\s+/).slice(0, 3)).toEqual([n.docNo ?? '—', n.date ?? '—', n.kind]);
      for (const s of n.sources) expect(row).toContain(`${s.file.slice(0, 3)}:${s.startLine}-${s.endLine}`);
    }
    // the longest carried title, once cut at a fixed width
    expect(lines.some((l) => l.endsWith('关于批转区人力资源社会保障局《静安区关于促进人力资源服务产业高质量发展的实施意见》的通知'))).toBe(true);
    expect(lines).toContain('17 notices, 177 aliases, 5 debris blocks');
  }, 30_000);
});
