// Where every character of a seed file went: paragraphs, table records, debris, or a line the parser reported.

import { isPersonnelBlockStart } from '../../src/ingest/personnel.js';
import { toLines, type Line } from '../../src/ingest/lines.js';
import type { Corpus, SourceSpan, SourceText } from '../../src/ingest/types.js';

/** A piece of the parse that claims a stretch of the source. */
export interface Unit {
  kind: 'paragraph' | 'record' | 'personnel' | 'debris';
  span: SourceSpan;
  /** what the unit holds: paragraph text, cell values, debris text */
  text: string;
  /** table records: the column names, which is where a table's header row goes */
  columns: string;
}

export interface Accounting {
  /** non-whitespace characters no unit claims (with the line they stand on), other than the accounted lines below */
  lost: Array<{ line: number; text: string }>;
  /** offsets claimed by more than one unit */
  doubled: Array<{ offset: number; char: string }>;
  /** units whose text does not hold the characters of their span */
  mismatched: Array<{ unit: Unit; reason: string }>;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
/** Letters and digits: what a table record must keep of its row (pipes, tabs and the punctuation a personnel row drops are layout). */
const wordChars = (s: string) => [...s].filter((c) => /[\p{L}\p{N}]/u.test(c));

export function unitsOf(corpus: Corpus, file: string): Unit[] {
  const units: Unit[] = [];
  for (const n of corpus.notices) {
    for (const p of n.paragraphs) units.push({ kind: 'paragraph', span: p.span, text: p.text, columns: '' });
    for (const t of n.tables) {
      units.push({ kind: t.kind === 'personnel' ? 'personnel' : 'record', span: t.span, text: Object.values(t.cells).join(' '),
        columns: `${t.columns.join(' ')} ${t.caption}` });
    }
  }
  for (const d of corpus.debris) units.push({ kind: 'debris', span: d.span, text: d.text, columns: '' });
  return units.filter((u) => u.span.file === file).sort((a, b) => a.span.start - b.span.start);
}

/** A pipe table's |---|:--| separator row: layout, no text. */
const isSeparatorRow = (l: Line) => /^\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?)?\s*\|?$/.test(l.text) || /^\|?[\s|]*\|[\s|]*$/.test(l.text);

/**
 * A line no unit claims is accounted for when it is
 * - a table's header row (cell-per-line headers span several lines): its words are the column names of the record
 *   that follows, since records keep column → cell and the header line itself is not a record;
 * - a personnel block's "姓  名  任命职务" line: it becomes the records' 姓名 column and their 任命职务 caption;
 * - a pipe table's separator row (layout only);
 * - a line the parser reported as skipped (SEED_LINE_TOO_LONG).
 */
function accountedLine(l: Line, next: Unit | undefined, reported: Set<number>): boolean {
  if (reported.has(l.no) || isSeparatorRow(l)) return true;
  if (!next) return false;
  if (isPersonnelBlockStart(l) && next.kind === 'personnel') return true;
  return next.kind === 'record' && missingWord(next.columns, l.text) === null;
}

/** The first letter or digit of `need` that `have` lacks, counting repeats; null when `have` holds them all. */
function missingWord(have: string, need: string): string | null {
  const count = new Map<string, number>();
  for (const c of wordChars(have)) count.set(c, (count.get(c) ?? 0) + 1);
  for (const c of wordChars(need)) {
    const n = count.get(c) ?? 0;
    if (n === 0) return c;
    count.set(c, n - 1);
  }
  return null;
}

function checkContent(u: Unit, src: SourceText): string | null {
  const raw = src.text.slice(u.span.start, u.span.end);
  if (u.kind === 'paragraph' || u.kind === 'debris') {
    return squeeze(raw) === squeeze(u.text) ? null : `text ${JSON.stringify(u.text.slice(0, 60))} is not its span ${JSON.stringify(raw.slice(0, 60))}`;
  }
  // records: every letter and digit of the row is in a cell (cells may add filled-down values, never drop any)
  const missing = missingWord(u.text, raw);
  return missing === null ? null : `row ${JSON.stringify(raw.slice(0, 60))} lost "${missing}" (cells ${JSON.stringify(u.text.slice(0, 60))})`;
}

export function account(corpus: Corpus, src: SourceText): Accounting {
  const units = unitsOf(corpus, src.name);
  const claims = new Uint16Array(src.text.length);
  for (const u of units) for (let i = u.span.start; i < u.span.end; i++) claims[i]!++;
  const reported = new Set(corpus.issues.filter((i) => i.file === src.name && i.code === 'SEED_LINE_TOO_LONG').map((i) => i.line ?? -1));
  const out: Accounting = { lost: [], doubled: [], mismatched: [] };
  for (const l of toLines(src)) {
    const begin = src.lineStarts[l.no - 1]!;
    let unclaimed = false;
    for (let k = 0; k < l.raw.length && !unclaimed; k++) unclaimed = !/\s/.test(l.raw[k]!) && claims[begin + k] === 0;
    if (!unclaimed) continue;
    const next = units.find((u) => u.span.start > l.start);
    if (!accountedLine(l, next, reported)) out.lost.push({ line: l.no, text: l.raw });
  }
  for (let i = 0; i < claims.length; i++) {
    if (claims[i]! > 1 && !/\s/.test(src.text[i]!)) out.doubled.push({ offset: i, char: src.text[i]! });
  }
  for (const u of units) {
    const reason = checkContent(u, src);
    if (reason) out.mismatched.push({ unit: u, reason });
  }
  return out;
}
