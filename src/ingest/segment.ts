// Splitting a compilation file into notices: starts at a notice-number header or a stand-alone title; web debris cut off.

import { matchKey } from '../core/text.js';
import { ownDocNoLine } from './doc-number.js';
import { readNumbering, stripMarkdown } from './headings.js';
import { endsSentence, isBlank, isMarkup, isTableLine, type Line } from './lines.js';
import { nextNonBlank } from './tables.js';

export interface Segment {
  /** index into lines of the first line (inclusive) and the end (exclusive) */
  from: number;
  to: number;
}

export const ISSUER_LINE = /^(上海市)?静安区[\u4e00-\u9fa5（）]{0,30}?(人民政府(办公室)?|委员会|管理局|局|办公室)(文件)?$/;
export const DATE_LINE = /^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(印发)?\s*[）)]?$/;
const DOC_NOUN = /(办法|细则|规定|布局|规划|方案|计划|意见|纲要|报告)(（\d{4}版）|\(\d{4}版\))?$/;
const HEADER_WALKBACK = 8;

/** Index where the notice whose number stands on line d begins: back over its title, date and issuer lines. */
function headerStart(lines: Line[], d: number, floor: number): number {
  let start = d;
  let seen = 0;
  for (let k = d - 1; k >= floor && seen < HEADER_WALKBACK; k--) {
    const l = lines[k]!;
    if (isBlank(l) || isMarkup(l)) continue;
    const t = stripMarkdown(l.text);
    if (endsSentence(t) || isTableLine(l) || readNumbering(t) || t.length > 60) break;
    start = k;
    seen++;
  }
  return start;
}

/** A title quoted in 《》 shortly before is the carried document's title, not a new notice. */
function isCarriedTitle(lines: Line[], i: number, title: string): boolean {
  const key = matchKey(title).replace(/[（(]\d{4}版[）)]$/, '');
  for (let k = Math.max(0, i - 12); k < i; k++) {
    for (const m of lines[k]!.text.matchAll(/《([^》]+)》/g)) {
      if (matchKey(m[1]!).includes(key)) return true;
    }
  }
  return false;
}

function joinedTitle(lines: Line[], i: number, maxLines = 3): { text: string; last: number } {
  let text = stripMarkdown(lines[i]!.text);
  let last = i;
  for (let n = 1; n < maxLines && !/(通知|公告|政策解读|事项)$/.test(text); n++) {
    const k = nextNonBlank(lines, last + 1);
    if (k < 0 || k - last > 3) break;
    const t = stripMarkdown(lines[k]!.text);
    if (endsSentence(t) || readNumbering(t) || t.length > 40 || DATE_LINE.test(t) || ISSUER_LINE.test(t)) break;
    text += t;
    last = k;
  }
  return { text, last };
}

/** A line that opens a document that has no notice number: 政策解读, 人事任免, or a stand-alone 办法/规划 title. */
function isTitleStart(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const t = stripMarkdown(l.text);
  if (isBlank(l) || isTableLine(l) || endsSentence(t) || readNumbering(t) || t.length > 60) return false;
  if (/^(附件|《|表\s)/.test(t) || /[：:；;。]/.test(t) || /\d{4}\s*年\s*\d{1,2}\s*月/.test(t) || ISSUER_LINE.test(t)) return false;
  if (/人事任免/.test(t) && t.length <= 40) return true;
  if (/^关于/.test(t)) {
    const { text } = joinedTitle(lines, i);
    if (/(政策解读|公告)$/.test(text)) return true;
  }
  const { text, last } = joinedTitle(lines, i, 2);
  if (!DOC_NOUN.test(text) || isCarriedTitle(lines, i, text)) return false;
  const k = nextNonBlank(lines, last + 1);
  return k >= 0 && !isTableLine(lines[k]!);
}

/** Where the web page's furniture begins (留言咨询 / 纠错 / "字段:*" form lines), or lines.length. */
export function debrisStart(lines: Line[]): number {
  const marker = /^(留言咨询|纠错|使用说明|您的姓名[:：]\*?|.*[:：]\s*\*)$/;
  for (let i = 0; i < lines.length; i++) {
    if (!marker.test(lines[i]!.text)) continue;
    const tail = lines.slice(i).filter((l) => !isBlank(l));
    const formLike = tail.filter((l) => marker.test(l.text) || l.text.length <= 40 || isMarkup(l));
    if (formLike.length === tail.length) return i;
  }
  return lines.length;
}

export function segmentFile(lines: Line[], end: number): Segment[] {
  const starts = new Set<number>();
  const first = nextNonBlank(lines, 0);
  if (first < 0 || first >= end) return [];
  starts.add(first);
  let floor = 0;
  const headerZones: Array<[number, number]> = [];
  for (let d = 0; d < end; d++) {
    if (!ownDocNoLine(lines[d]!.text)) continue;
    const s = headerStart(lines, d, floor);
    starts.add(s);
    headerZones.push([s, d]);
    floor = d + 1;
  }
  const inZone = (i: number) => headerZones.some(([a, b]) => i >= a && i <= b);
  for (let i = first + 1; i < end; i++) {
    if (!inZone(i) && !inZone(i - 1) && isTitleStart(lines, i)) starts.add(i);
  }
  const sorted = [...starts].sort((a, b) => a - b).filter((s, idx, arr) => idx === 0 || !startsTooClose(lines, arr[idx - 1]!, s));
  return sorted.map((from, idx) => ({ from, to: idx + 1 < sorted.length ? sorted[idx + 1]! : end }));
}

/** A title start right inside another notice's header (its own 《》 title lines) is not a new notice. */
function startsTooClose(lines: Line[], prev: number, s: number): boolean {
  for (let k = prev; k < s; k++) if (!isBlank(lines[k]!) && endsSentence(lines[k]!.text)) return false;
  return true;
}
