// One seed file → the notices it holds (before cross-file merging), plus its debris and problems.

import { matchKey, stableHash } from '../core/text.js';
import { findAliasDefinitions } from './aliases.js';
import { parseDocNo } from './doc-number.js';
import {
  citedDocNos, classifyKind, classifyStatus, inferTitle, readHeader, readRepeals, readSignature, readValidity,
} from './header.js';
import { MAX_LINE_CHARS } from './source.js';
import { isBlank, spanOf, toLines, type Line } from './lines.js';
import { debrisStart, segmentFile, type Segment } from './segment.js';
import { buildBody } from './structure.js';
import type { Debris, IngestIssue, Notice, Paragraph, SourceText } from './types.js';

export interface FileParse {
  notices: Notice[];
  debris: Debris[];
  issues: IngestIssue[];
}

export function parseFile(src: SourceText): FileParse {
  const issues: IngestIssue[] = [];
  const lines = blankOverlong(toLines(src), src.name, issues);
  const end = debrisStart(lines);
  const debris: Debris[] = [];
  const tail = lines.slice(end).filter((l) => !isBlank(l));
  if (tail.length) {
    debris.push({ span: spanOf(src.name, tail[0]!, tail[tail.length - 1]!), reason: 'web-form', text: tail.map((l) => l.text).join('\n') });
    issues.push({ file: src.name, line: tail[0]!.no, code: 'DEBRIS_DROPPED', severity: 'info',
      message: `${src.name}:${tail[0]!.no}-${tail[tail.length - 1]!.no}: web-page debris dropped (${tail.length} lines, starting "${tail[0]!.text}")` });
  }
  const segments = segmentFile(lines, end);
  if (!segments.length) {
    issues.push({ file: src.name, line: null, code: 'SEED_NO_CONTENT', severity: 'error', message: `${src.name}: no notice text found` });
  }
  const notices = segments.map((s) => parseSegment(src.name, lines, s, issues, debris));
  return { notices, debris, issues };
}

/** Over-long lines are reported with their number and left out; the rest of the file still ingests. */
function blankOverlong(lines: Line[], file: string, issues: IngestIssue[]): Line[] {
  return lines.map((l) => {
    if (l.raw.length <= MAX_LINE_CHARS) return l;
    issues.push({ file, line: l.no, code: 'SEED_LINE_TOO_LONG', severity: 'error',
      message: `${file}:${l.no}: line of ${l.raw.length} characters (limit ${MAX_LINE_CHARS}) skipped` });
    return { ...l, raw: '', text: '', end: l.start };
  });
}

function parseSegment(file: string, lines: Line[], seg: Segment, issues: IngestIssue[], debris: Debris[]): Notice {
  const header = readHeader(lines, seg.from, seg.to);
  const provisionalKey = `f${stableHash(`${file}:${seg.from}`)}`;
  const body = buildBody({
    file, lines, from: seg.from, to: seg.to, noticeKey: provisionalKey,
    headerLines: new Set(header.lines), carriedTitle: header.carriedTitle,
  });
  issues.push(...body.issues);
  debris.push(...body.debris);
  const text = body.paragraphs.map((p) => p.text).join('\n');
  const title = header.title ?? inferTitle(text, body.headings[0]?.title ?? null);
  const signature = header.issuer && header.date ? null : readSignature(lines, seg.from, seg.to);
  const carriedTitle = header.carriedTitle ?? attachmentTitle(body.paragraphs);
  const kind = classifyKind(title, carriedTitle);
  const metaText = body.paragraphs.filter((p) => p.role === 'meta').map((p) => p.text).join('\n');
  const docNoNorm = header.docNo ? parseDocNo(header.docNo) : null;
  const id = `n${stableHash(docNoNorm ?? matchKey(title))}`;
  const first = lines[seg.from]!;
  const lastLine = [...lines.slice(seg.from, seg.to)].reverse().find((l) => !isBlank(l)) ?? first;
  const notice: Notice = {
    id, docNo: header.docNo, docNoNorm, title,
    carriedTitle, forwarding: header.forwarding,
    issuer: header.issuer ?? signature?.issuer ?? issuerByNumber(docNoNorm) ?? interpreterOf(text),
    date: header.date ?? signature?.date ?? null,
    kind, status: classifyStatus(kind, `${title}\n${carriedTitle ?? ''}\n${metaText}`),
    ...readValidity(text),
    repeals: readRepeals(text),
    cites: citedDocNos(text, header.docNo),
    headings: body.headings, paragraphs: body.paragraphs, tables: body.tables,
    aliases: findAliasDefinitions(text),
    sources: [spanOf(file, first, lastLine)],
    primaryFile: file,
    chars: text.length + body.tables.reduce((n, t) => n + Object.values(t.cells).join('').length, 0),
  };
  return rekey(notice, provisionalKey);
}

/** "附件：《…》（征求意见稿）": the document a 公告 publishes. */
function attachmentTitle(paragraphs: Paragraph[]): string | null {
  for (const p of paragraphs.slice(0, 12)) {
    const m = /^附件[:：]\s*《(.+?)》/.exec(p.text);
    if (m) return m[1]!;
  }
  return null;
}

/** The issuer a notice-number series belongs to (静府发 = the district government), used when the header omits it. */
function issuerByNumber(docNoNorm: string | null): string | null {
  const prefix = docNoNorm?.replace(/〔.*$/, '');
  return prefix ? ISSUER_BY_PREFIX[prefix] ?? null : null;
}

const ISSUER_BY_PREFIX: Record<string, string> = {
  静府发: '上海市静安区人民政府',
  静府: '上海市静安区人民政府',
  静府办发: '上海市静安区人民政府办公室',
  静府办: '上海市静安区人民政府办公室',
};

/** "本办法由静安区住房保障和房屋管理局负责解释": the body that answers for a rule without a signature. */
function interpreterOf(text: string): string | null {
  return /本(?:办法|规定|细则)由(.{2,30}?)负责解释/.exec(text)?.[1] ?? null;
}

/** Child ids were made before the notice id was known; give them the notice's stable prefix. */
function rekey(n: Notice, key: string): Notice {
  const fix = (s: string) => (s.startsWith(key) ? n.id + s.slice(key.length) : s);
  for (const h of n.headings) { h.id = fix(h.id); h.parentId = h.parentId && fix(h.parentId); }
  for (const p of n.paragraphs) { p.id = fix(p.id); p.headingId = p.headingId && fix(p.headingId); }
  for (const t of n.tables) t.id = fix(t.id);
  return n;
}
