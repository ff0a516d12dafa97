// Identifiers kept whole for keyword search: 文号, article numbers, dates, numbers with their units.

import { chineseNumber, foldWidth } from '../core/text.js';
import { findDocNos } from '../ingest/doc-number.js';

const ARTICLE_RE = /第([一二三四五六七八九十百零〇两\d]{1,5})(条|章|款|项|节|部分)/g;
const DATE_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;
/** Units written after numbers in this genre; longest first so 万平方米 wins over 平方米. */
const UNITS = [
  '万平方米', '平方公里', '平方米', '平米', '㎡', '万人次', '人次', '万人', '亿元', '万元', '元', '公里', '千米', '米',
  '%', '个百分点', '个', '家', '幢', '栋', '座', '处', '所', '项', '条', '名', '户', '套', '张', '次', '倍', '天',
  '日', '小时', '课时', '岁', '周岁', '年', '月', '万', '亿', '分钟', '辆', '人',
];
const UNIT_ALIASES: Record<string, string> = { 平米: '平方米', '㎡': '平方米', 千米: '公里', 周岁: '岁' };
const unitPattern = UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|');
const NUMBER_UNIT_RE = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)(?:\\s*[-~～—至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${unitPattern})`,
  'g',
);
const BARE_NUMBER_RE = /(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g;

function pad(n: string): string {
  return n.padStart(2, '0');
}

/**
 * Identifier tokens in a text. Every form is canonical (width-folded, Arabic numerals, one spelling per unit), so
 * "第五条" and "第5条", "15平米" and "15㎡" and "15平方米", "2021年10月8日" and "2021年10月08日" meet.
 */
export function identifierTokens(raw: string): string[] {
  const text = foldWidth(raw);
  const out: string[] = [];
  for (const d of findDocNos(text)) out.push(d.norm.toLowerCase());
  for (const m of text.matchAll(ARTICLE_RE)) {
    const n = chineseNumber(m[1]!);
    if (Number.isFinite(n)) out.push(`第${n}${m[2]}`);
  }
  for (const m of text.matchAll(DATE_RE)) {
    out.push(m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`);
  }
  for (const m of text.matchAll(NUMBER_UNIT_RE)) {
    const unit = UNIT_ALIASES[m[3]!] ?? m[3]!;
    const value = m[2] ? `${Number(m[1])}-${Number(m[2])}` : `${Number(m[1])}`;
    out.push(`${value}${unit}`);
  }
  for (const m of text.matchAll(BARE_NUMBER_RE)) {
    // single digits are mostly list numbering; longer numbers (years, amounts) are worth matching on their own
    if (m[0].length >= 2) out.push(String(Number(m[0])));
  }
  return out;
}

/** Numbers in a text, with their units and bare (years and dates as 2021年, 10月), for the reranker to compare. */
export function numberSet(text: string): Set<string> {
  return new Set(identifierTokens(text).filter((t) => /^\d/.test(t) && !/^\d{4}-\d{2}/.test(t)));
}
