// One notice, one record: copies of a notice from several files merge, keeping the better-structured text for quoting.

import { matchKey } from '../core/text.js';
import type { IngestIssue, Notice } from './types.js';

/**
 * Structure score: headings and table rows found, minus signs of a PDF-extracted layout
 * (paragraphs rebuilt from wrapped lines, ASCII punctuation inside Chinese text).
 */
export function structureScore(n: Notice): number {
  const wrapped = n.paragraphs.filter((p) => p.span.endLine > p.span.startLine && p.role !== 'meta').length;
  const ascii = n.paragraphs.reduce((acc, p) => acc + (p.text.match(/[\u4e00-\u9fff][,:;"()]/g)?.length ?? 0), 0);
  const tableCells = n.tables.reduce((acc, t) => acc + Object.values(t.cells).filter(Boolean).length, 0);
  return n.headings.length * 2 + tableCells * 0.2 - wrapped - ascii / 20;
}

const groupKey = (n: Notice): string => n.docNoNorm ?? `t:${matchKey(n.title)}`;

export function mergeNotices(notices: Notice[], issues: IngestIssue[] = []): Notice[] {
  const groups = new Map<string, Notice[]>();
  for (const n of notices) {
    const k = groupKey(n);
    groups.set(k, [...(groups.get(k) ?? []), n]);
  }
  for (const copies of groups.values()) if (copies.length > 1) reportConflicts(copies, issues);
  return attachOrphans([...groups.values()].map(mergeGroup));
}

function bodyGrams(n: Notice): Set<string> {
  // the body under the headings: a shared header (title, 文号, forwarding sentence) says nothing about the text
  const t = matchKey(n.paragraphs.filter((p) => p.headingId !== null).map((p) => p.text).join('')).slice(0, 20_000);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/**
 * Copies of one notice in two layouts share almost all their text; two different bodies under one 文号 or title
 * do not — only one can be kept for quoting, so the other is reported by file and line, never dropped silently.
 */
function reportConflicts(copies: Notice[], issues: IngestIssue[]): void {
  const [first, ...rest] = copies;
  const a = bodyGrams(first!);
  for (const other of rest) {
    const b = bodyGrams(other);
    let shared = 0;
    for (const g of b) if (a.has(g)) shared++;
    const overlap = shared / Math.max(1, a.size + b.size - shared);
    if (overlap >= 0.5) continue;
    const at = other.sources[0]!;
    issues.push({ file: at.file, line: at.startLine, code: 'NOTICE_CONFLICT', severity: 'warning',
      message: `${at.file}:${at.startLine}: "${other.docNo ?? other.title}" has a different text from the copy in ${first!.sources[0]!.file}:${first!.sources[0]!.startLine} (${Math.round(overlap * 100)}% shared); only the better-structured copy is indexed` });
  }
}

/**
 * A stray untitled-number piece ("静安区体育场地设施“四级、三带、多点”总体布局") whose quoted term is
 * used by exactly one notice ("着力打造“四级、三带、多点”体育场地设施总体布局") is that notice's appendix.
 */
function attachOrphans(notices: Notice[]): Notice[] {
  const orphans = notices.filter((n) => !n.docNo && n.kind === '其他' && !n.issuer && !n.date);
  const attached = new Set<Notice>();
  for (const o of orphans) {
    const term = /“([^”]{3,20})”/.exec(o.title)?.[1];
    if (!term) continue;
    const hosts = notices.filter((n) => n !== o && n.paragraphs.some((p) => p.text.includes(`“${term}”`)));
    if (hosts.length !== 1) continue;
    appendAppendix(hosts[0]!, o);
    attached.add(o);
  }
  return notices.filter((n) => !attached.has(n));
}

function appendAppendix(host: Notice, o: Notice): void {
  const headingText = o.title;
  const heading = { id: `${host.id}-h${host.headings.length + 1}`, label: '', title: o.title, text: headingText,
    level: 1, parentId: null, span: o.sources[0]! };
  host.headings.push(heading);
  host.paragraphs.push(...o.paragraphs.map((p, i) => ({
    ...p, id: `${host.id}-a${i + 1}`, headingId: heading.id,
    path: p.role === 'meta' ? [headingText] : [headingText, ...p.path], role: p.role === 'meta' ? ('heading' as const) : p.role,
  })));
  host.sources.push(...o.sources);
  host.chars += o.chars;
}

function mergeGroup(copies: Notice[]): Notice {
  if (copies.length === 1) return copies[0]!;
  const ranked = [...copies].sort((a, b) => structureScore(b) - structureScore(a));
  const best = ranked[0]!;
  const pick = <K extends keyof Notice>(k: K): Notice[K] => ranked.map((c) => c[k]).find((v) => v != null) ?? best[k];
  return {
    ...best,
    issuer: pick('issuer'),
    date: pick('date'),
    validFrom: pick('validFrom'),
    validTo: pick('validTo'),
    sources: ranked.flatMap((c) => c.sources),
    cites: [...new Set(ranked.flatMap((c) => c.cites))],
  };
}
