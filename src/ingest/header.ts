// Notice metadata from its header and text: title (and the carried title), 文号, issuer, date, kind, status, validity, repeals.

import { closeCjkGaps, findDate, isoDate } from '../core/text.js';
import { findDocNos, ownDocNoLine, parseDocNo } from './doc-number.js';
import { readNumbering, stripMarkdown } from './headings.js';
import { endsSentence, isBlank, isMarkup, isTableLine, type Line } from './lines.js';
import { DATE_LINE, ISSUER_LINE } from './segment.js';
import type { DocRef, NoticeKind, NoticeStatus } from './types.js';

export interface Header {
  title: string | null;
  carriedTitle: string | null;
  forwarding: string | null;
  docNo: string | null;
  issuer: string | null;
  date: string | null;
  /** line indexes that belong to the header (rendered as meta paragraphs) */
  lines: number[];
}

const VERSION_LINE = /^[（(]\d{4}版[）)]$/;
const TITLE_END = /(通知|公告|政策解读|事项|办法|规划|布局|方案|计划|意见|[（(]\d{4}版[）)])$/;

/** Reads the header block at the top of a segment; stops at the first body sentence or heading. */
export function readHeader(lines: Line[], from: number, to: number): Header {
  const h: Header = { title: null, carriedTitle: null, forwarding: null, docNo: null, issuer: null, date: null, lines: [] };
  let titleOpen = true;
  for (let i = from; i < to && i < from + 14; i++) {
    const l = lines[i]!;
    const t = stripMarkdown(l.text);
    if (isBlank(l) || isMarkup(l)) continue;
    const dn = ownDocNoLine(t);
    if (dn) { h.docNo = dn.written; h.lines.push(i); continue; }
    if (DATE_LINE.test(t)) { h.date = findDate(t); h.lines.push(i); continue; }
    if (ISSUER_LINE.test(t) && !h.title) { h.issuer = t.replace(/文件$/, ''); h.lines.push(i); continue; }
    if (endsSentence(t) || isTableLine(l) || readNumbering(t) || t.length > 80) break;
    if (h.title && !titleOpen && !VERSION_LINE.test(t)) break;
    h.title = (h.title ?? '') + t;
    h.lines.push(i);
    titleOpen = !TITLE_END.test(h.title) || unbalanced(h.title);
  }
  if (h.title) splitIssuerPrefix(h);
  if (h.title) readForwarding(h);
  return h;
}

const unbalanced = (s: string): boolean => (s.match(/《/g)?.length ?? 0) > (s.match(/》/g)?.length ?? 0);

/** "上海市静安区人民政府 关于印发《…》的通知" carries its issuer in front of the title. */
function splitIssuerPrefix(h: Header): void {
  const m = /^(上海市静安区人民政府(?:办公室)?)\s+(关于.*)$/.exec(h.title!);
  if (m) { h.issuer ??= m[1]!; h.title = m[2]!; }
  h.title = closeCjkGaps(h.title!.trim());
}

function readForwarding(h: Header): void {
  const m = /^关于(印发|批转|转发)(.*?)《(.+)》的?通知$/.exec(h.title!);
  if (m) { h.forwarding = m[1]!; h.carriedTitle = m[3]!; }
  const interp = /^关于《(.+)》的政策解读$/.exec(h.title!);
  if (interp) h.carriedTitle = interp[1]!;
}

/** Signature lines at the end of a notice ("上海市静安区发展和改革委员会⏎2023年9月18日") when the header had none. */
export function readSignature(lines: Line[], from: number, to: number): { issuer: string | null; date: string | null } {
  for (let i = from; i < to; i++) {
    const t = lines[i]!.text;
    const same = /^(上海市静安区[\u4e00-\u9fa5]+?(?:人民政府(?:办公室)?|委员会|局))\s+(\d{4}\s*年.*日)$/.exec(t);
    if (same) return { issuer: same[1]!, date: findDate(same[2]!) };
    if (ISSUER_LINE.test(t) && !/文件$/.test(t)) {
      const next = lines.slice(i + 1, i + 3).find((x) => !isBlank(x));
      if (next && DATE_LINE.test(next.text) && !/印发/.test(next.text)) return { issuer: t, date: findDate(next.text) };
    }
  }
  return { issuer: null, date: null };
}

export function classifyKind(title: string, carried: string | null): NoticeKind {
  if (/公告$/.test(title)) return '公告';
  if (/政策解读$/.test(title)) return '政策解读';
  if (/人事任免/.test(title)) return '人事任免';
  if (/编制说明$/.test(title)) return '编制说明';
  const t = carried ?? title;
  const rules: Array<[RegExp, NoticeKind]> = [
    [/办法/, '办法'], [/意见$/, '实施意见'], [/方案$/, '实施方案'], [/行动计划/, '行动计划'],
    [/实施计划/, '实施计划'], [/规划|纲要/, '规划'],
  ];
  for (const [re, kind] of rules) if (re.test(t)) return kind;
  return /通知$/.test(title) ? '通知' : '其他';
}

export function classifyStatus(kind: NoticeKind, text: string): NoticeStatus {
  if (kind === '政策解读') return 'interpretation';
  return /征求意见稿|征询意见/.test(text) ? 'draft' : 'normal';
}

const VALIDITY_RE =
  /自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起(?:施行|实施)[,，]?\s*有效期(?:限)?至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function readValidity(text: string): { validFrom: string | null; validTo: string | null } {
  const m = VALIDITY_RE.exec(text);
  if (m) return { validFrom: isoDate(m[1]!, m[2]!, m[3]!), validTo: isoDate(m[4]!, m[5]!, m[6]!) };
  const from = /自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起(?:施行|实施)/.exec(text);
  return { validFrom: from ? isoDate(from[1]!, from[2]!, from[3]!) : null, validTo: null };
}

/** "《静安区…办法》（静房规【2017】1号）同时废止" → the repealed document. */
export function readRepeals(text: string): DocRef[] {
  const out: DocRef[] = [];
  for (const m of text.matchAll(/《([^》]+)》\s*[（(]([^（）()]+)[）)]\s*(?:同时)?废止/g)) {
    out.push({ title: m[1]!, docNo: parseDocNo(m[2]!) ? m[2]! : null });
  }
  return out;
}

export function citedDocNos(text: string, own: string | null): string[] {
  const ownNorm = own ? parseDocNo(own) : null;
  return [...new Set(findDocNos(text).map((d) => d.norm))].filter((n) => n !== ownNorm);
}

/** A notice with no title line (004) is named from its content: 《X规划》 + 编制说明 when it explains how X was drafted. */
export function inferTitle(text: string, firstHeading: string | null): string {
  const quoted = /编制《([^》]{4,40})》/.exec(text)?.[1] ?? /《([^》]{2,40}规划)》/.exec(text)?.[1] ?? /《([^》]{4,40})》/.exec(text)?.[1];
  if (quoted && firstHeading && /编制/.test(firstHeading)) return `《${quoted}》编制说明`;
  if (quoted) return quoted;
  return closeCjkGaps(text.slice(0, 30)).replace(/[，。,].*$/, '');
}

