// CLI: `npm run corpus [-- --json] [--seeds DIR]` prints the parsed notices as a table, or the full structure.

import { ingestCorpus } from '../ingest/corpus.js';
import { readSeedDir } from '../node/seeds.js';
import type { Corpus } from '../ingest/types.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  let out = s;
  while (width(out) > n) out = out.slice(0, -1);
  if (out !== s) out = out.slice(0, -1) + '…';
  return out + ' '.repeat(Math.max(0, n - width(out)));
}

/** Seed files are named NNN_hash.txt: the number is enough to find them; other names are shown whole. */
function fileLabel(name: string): string {
  return /^\d+_/.test(name) ? name.slice(0, name.indexOf('_')) : name;
}

/** The title comes last and whole: a forwarding notice's title holds the title it carries, cut it would hide it. */
function printTable(corpus: Corpus): void {
  const cols: Array<[string, number]> = [['文号', 20], ['日期', 10], ['类型', 8], ['节', 4], ['表', 3], ['行', 4], ['字数', 6], ['来源', 28], ['标题', 0]];
  const line = (cells: string[]) => cells.map((v, i) => (cols[i]![1] ? pad(v, cols[i]![1]) : v)).join(' ');
  console.log(line(cols.map(([h]) => h)));
  for (const n of corpus.notices) {
    const tables = new Set(n.tables.map((t) => t.caption)).size;
    console.log(line([n.docNo ?? '—', n.date ?? '—', n.kind,
      String(n.headings.length), String(tables), String(n.tables.length), String(n.chars),
      n.sources.map((s) => `${fileLabel(s.file)}:${s.startLine}-${s.endLine}`).join(' '), n.title]));
  }
  console.log(`\n${corpus.notices.length} notices, ${corpus.aliases.length} aliases, ${corpus.debris.length} debris blocks`);
  for (const i of corpus.issues) console.log(`[${i.severity}] ${i.code} ${i.message}`);
}

const corpus = ingestCorpus(await readSeedDir(arg('--seeds') ?? 'seeds'));
if (process.argv.includes('--json')) {
  const { sources: _sources, ...rest } = corpus;
  console.log(JSON.stringify(rest, null, 2));
} else printTable(corpus);
