// Fast lookups from retrieved chunks back to the corpus: notices, paragraphs, table records, source texts.

import type { Corpus, Notice, Paragraph, SourceText, TableRecord } from '../ingest/types.js';

export interface CorpusLookup {
  corpus: Corpus;
  notice(id: string): Notice | undefined;
  paragraph(id: string): Paragraph | undefined;
  record(id: string): { record: TableRecord; notice: Notice } | undefined;
  source(file: string): SourceText | undefined;
  /** the records of one table: same notice and caption, in source order */
  tableOf(record: TableRecord): TableRecord[];
}

export function createLookup(corpus: Corpus): CorpusLookup {
  const notices = new Map(corpus.notices.map((n) => [n.id, n]));
  const paragraphs = new Map<string, Paragraph>();
  const records = new Map<string, { record: TableRecord; notice: Notice }>();
  const tables = new Map<string, TableRecord[]>();
  for (const n of corpus.notices) {
    for (const p of n.paragraphs) paragraphs.set(p.id, p);
    for (const r of n.tables) {
      records.set(r.id, { record: r, notice: n });
      const key = `${n.id}|${r.caption}`;
      tables.set(key, [...(tables.get(key) ?? []), r]);
    }
  }
  const sources = new Map(corpus.sources.map((s) => [s.name, s]));
  return {
    corpus,
    notice: (id) => notices.get(id),
    paragraph: (id) => paragraphs.get(id),
    record: (id) => records.get(id),
    source: (file) => sources.get(file),
    tableOf: (r) => tables.get(`${records.get(r.id)?.notice.id}|${r.caption}`) ?? [r],
  };
}
