// Personnel lists (人事任免): "姓  名   任命职务" blocks of padded names and posts, with 挂职/试用期 notes split off.

import { stableHash } from '../core/text.js';
import { isBlank, spanOf, type Line } from './lines.js';
import type { TableRecord } from './types.js';

const BLOCK_RE = /^姓\s*名\s+(任命|免去)职务\s*$/;
/** 2–4 character name, padding allowed inside ("李  卿"), then a wide gap, then the post. */
const ROW_RE = /^([\u4e00-\u9fa5](?:\s{0,3}[\u4e00-\u9fa5]){1,3})\s{3,}(\S.*)$/;
const NOTE_RE = /（[^（）]*(?:挂职|试用期|正处长级|副处长级)[^（）]*）/g;

export const isPersonnelBlockStart = (l: Line): boolean => BLOCK_RE.test(l.text);

export interface PersonnelRead {
  records: TableRecord[];
  next: number;
}

/** Reads one 任命/免去 block starting at its "姓 名 … 职务" line. */
export function readPersonnel(lines: Line[], i: number, file: string, noticeKey: string, path: string[]): PersonnelRead {
  const action = BLOCK_RE.exec(lines[i]!.text)![1]!;
  const caption = `${action}职务`;
  const rows: Array<{ name: string; text: string; lines: Line[] }> = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (isBlank(l)) continue;
    if (isPersonnelBlockStart(l)) break;
    const m = ROW_RE.exec(l.text);
    if (m) rows.push({ name: m[1]!.replace(/\s+/g, ''), text: m[2]!.trim(), lines: [l] });
    else if (rows.length && !endsRecord(rows[rows.length - 1]!.text)) {
      const r = rows[rows.length - 1]!;
      r.text += l.text;
      r.lines.push(l);
    } else break;
  }
  const records = rows.map((r) => toRecord(r, action, caption, file, noticeKey, path));
  return { records, next: j };
}

/** A record ends with ；or 。; anything else wraps onto the next line. */
function endsRecord(text: string): boolean {
  return /[；;。]$/.test(text);
}

function toRecord(
  r: { name: string; text: string; lines: Line[] }, action: string, caption: string,
  file: string, noticeKey: string, path: string[],
): TableRecord {
  const body = r.text.replace(/[；;。]$/, '');
  const notes = [...body.matchAll(NOTE_RE)].map((m) => m[0].slice(1, -1));
  const post = body.replace(NOTE_RE, '').replace(/[；;]+$/, '').trim();
  const cells = { 姓名: r.name, 类型: action, 职务: post, 备注: notes.join('；') };
  return {
    id: `${noticeKey}-p${stableHash(`${action}|${r.name}|${post}`)}`,
    caption,
    kind: 'personnel',
    cells,
    columns: Object.keys(cells),
    path: [...path, caption],
    span: spanOf(file, r.lines[0]!, r.lines[r.lines.length - 1]!),
  };
}
