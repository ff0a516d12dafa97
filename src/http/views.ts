// Corpus and engine results shaped for the API: notice summaries, a notice's reading view, search hits, targets.

import { matchKey } from '../core/text.js';
import type { Corpus, Notice, Paragraph, SourceSpan, TableRecord } from '../ingest/types.js';
import type { RetrievalResult } from '../engine/types.js';

const source = (s: SourceSpan) => ({ file: s.file, startLine: s.startLine, endLine: s.endLine });

export function noticeSummary(n: Notice) {
  return {
    id: n.id,
    docNo: n.docNo,
    title: n.title,
    shortTitle: n.carriedTitle ?? n.title,
    kind: n.kind,
    status: n.status,
    issuer: n.issuer,
    date: n.date,
    validFrom: n.validFrom,
    validTo: n.validTo,
    sections: n.headings.length,
    paragraphs: n.paragraphs.length,
    tableRows: n.tables.length,
    chars: n.chars,
    sources: n.sources,
  };
}

type TableBlock = {
  type: 'table';
  caption: string;
  kind: TableRecord['kind'];
  columns: string[];
  path: string[];
  rows: Array<{ id: string; cells: Record<string, string>; span: SourceSpan }>;
};

/** Consecutive records with the same caption and path form one table. */
function groupTables(records: TableRecord[]): TableBlock[] {
  const tables: TableBlock[] = [];
  for (const r of records) {
    const last = tables[tables.length - 1];
    if (last && last.caption === r.caption && last.path.join('/') === r.path.join('/')) {
      last.rows.push({ id: r.id, cells: r.cells, span: r.span });
      for (const col of r.columns) if (!last.columns.includes(col)) last.columns.push(col);
    } else {
      tables.push({ type: 'table', caption: r.caption, kind: r.kind, columns: [...r.columns], path: r.path, rows: [{ id: r.id, cells: r.cells, span: r.span }] });
    }
  }
  return tables;
}

function paragraphBlock(p: Paragraph, levels: Map<string, number>) {
  const level = p.role === 'heading' && p.headingId ? levels.get(p.headingId) ?? null : null;
  return { type: 'paragraph' as const, id: p.id, text: p.text, role: p.role, path: p.path, headingId: p.headingId, level, span: p.span };
}

/** Sort key placing a span in reading order: file order in the notice's sources, then offset. */
function position(n: Notice, span: SourceSpan): number {
  const fileRank = n.sources.findIndex((s) => s.file === span.file);
  return (fileRank < 0 ? n.sources.length : fileRank) * 1e9 + span.start;
}

/** The notice as the page reads it: paragraphs (headings included) with tables placed where they stand. */
export function noticeDetail(n: Notice) {
  const levels = new Map(n.headings.map((h) => [h.id, h.level]));
  const blocks = [
    ...n.paragraphs.map((p) => ({ at: position(n, p.span), block: paragraphBlock(p, levels) as ReturnType<typeof paragraphBlock> | TableBlock })),
    ...groupTables(n.tables).map((t) => ({ at: position(n, t.rows[0]!.span), block: t as ReturnType<typeof paragraphBlock> | TableBlock })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.block);
  return { ...noticeSummary(n), carriedTitle: n.carriedTitle, headings: n.headings, blocks };
}

export function searchView(r: RetrievalResult) {
  return {
    query: r.query,
    hits: r.hits.map((h) => ({
      chunkId: h.chunk.id,
      noticeId: h.chunk.noticeId,
      notice: h.chunk.docNo,
      title: h.chunk.shortTitle,
      type: h.chunk.type,
      sectionPath: h.chunk.path,
      text: h.chunk.text,
      score: h.score,
      stages: h.stages,
      source: source(h.chunk.span),
    })),
    timings: r.timings,
  };
}

/** Indicator-table records, filtered by plan (notice title, 文号 or id) and by a keyword in any cell or caption. */
export function listTargets(corpus: Corpus, filter: { plan?: string; q?: string }) {
  const plan = filter.plan?.trim() ? matchKey(filter.plan) : null;
  const q = filter.q?.trim() ? matchKey(filter.q) : null;
  return corpus.notices.flatMap((n) => {
    const planName = n.carriedTitle ?? n.title;
    if (plan && !matchKey(`${n.title} ${planName} ${n.docNo ?? ''}`).includes(plan) && n.id !== filter.plan) return [];
    return n.tables
      .filter((t) => t.kind === 'indicator')
      .filter((t) => !q || matchKey([t.caption, ...t.path, ...Object.values(t.cells)].join(' ')).includes(q))
      .map((t) => ({
        id: t.id,
        noticeId: n.id,
        notice: n.docNo,
        plan: planName,
        caption: t.caption,
        columns: t.columns,
        cells: t.cells,
        path: t.path,
        source: source(t.span),
      }));
  });
}
