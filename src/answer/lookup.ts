// Fast lookups from retrieved chunks back to the corpus: notices, paragraphs, table records, source texts.

import { matchKey } from '../core/text.js';
import type { Corpus, Notice, Paragraph, SourceText, TableRecord } from '../ingest/types.js';

export interface CorpusLookup {
  corpus: Corpus;
  notice(id: string): Notice | undefined;
  paragraph(id: string): Paragraph | undefined;
  record(id: string): { record: TableRecord; notice: Notice } | undefined;
  source(file: string): SourceText | undefined;
  /** the paragraphs under one heading, in source order */
  underHeading(headingId: string): Paragraph[];
  /** the records of one table: same notice and caption, in source order */
  tableOf(record: TableRecord): TableRecord[];
  /** a notice's title and paragraphs as one string (built once, on first use): "does this notice say X anywhere" */
  text(notice: Notice): string;
  /** every indicator row of the corpus, in notice order */
  indicators: Array<{ record: TableRecord; notice: Notice }>;
  /** the other notices one is written about (a 政策解读's rule), found once per notice */
  subjectsOf(notice: Notice): Notice[];
  /** every ending (two characters or more) of a name the corpus writes before 街道 or 镇, with it ("临汾路街道") */
  streets(): Set<string>;
}

/** The notice itself or one written about it: its 政策解读 or 编制说明 names it in its own title. */
export function concerns(other: Notice, subject: Notice): boolean {
  return other.id === subject.id || matchKey(other.title).includes(matchKey(subject.carriedTitle ?? subject.title));
}

export function createLookup(corpus: Corpus): CorpusLookup {
  const notices = new Map(corpus.notices.map((n) => [n.id, n]));
  const paragraphs = new Map<string, Paragraph>();
  const records = new Map<string, { record: TableRecord; notice: Notice }>();
  const tables = new Map<string, TableRecord[]>();
  const headed = new Map<string, Paragraph[]>();
  for (const n of corpus.notices) {
    for (const p of n.paragraphs) {
      paragraphs.set(p.id, p);
      if (p.headingId) headed.set(p.headingId, [...(headed.get(p.headingId) ?? []), p]);
    }
    for (const r of n.tables) {
      records.set(r.id, { record: r, notice: n });
      const key = `${n.id}|${r.caption}`;
      tables.set(key, [...(tables.get(key) ?? []), r]);
    }
  }
  const sources = new Map(corpus.sources.map((s) => [s.name, s]));
  const texts = new Map<string, string>();
  const subjects = new Map<string, Notice[]>();
  let streets: Set<string> | undefined;
  return {
    corpus,
    notice: (id) => notices.get(id),
    paragraph: (id) => paragraphs.get(id),
    record: (id) => records.get(id),
    source: (file) => sources.get(file),
    underHeading: (id) => headed.get(id) ?? [],
    tableOf: (r) => tables.get(`${records.get(r.id)?.notice.id}|${r.caption}`) ?? [r],
    text: (n) => {
      let t = texts.get(n.id);
      if (t === undefined) texts.set(n.id, (t = n.title + n.paragraphs.map((p) => p.text).join('')));
      return t;
    },
    indicators: [...records.values()].filter(({ record }) => record.kind === 'indicator'),
    subjectsOf: (n) => {
      let found = subjects.get(n.id);
      if (!found) subjects.set(n.id, (found = corpus.notices.filter((o) => o.id !== n.id && concerns(n, o))));
      return found;
    },
    streets: () => (streets ??= streetNames(corpus.notices.map((n) => n.title + n.paragraphs.map((p) => p.text).join('')))),
  };
}

function streetNames(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(/(\p{Script=Han}{2,6})(街道|镇)/gu)) {
      for (let start = 0; start <= m[1]!.length - 2; start++) out.add(m[1]!.slice(start) + m[2]!);
    }
  }
  return out;
}
