// A table value given without its unit, found with the unit in the plan's own running text.

import { escapeRegExp } from '../core/text.js';
import type { Notice, Paragraph, TableRecord } from '../ingest/types.js';
import { LABEL_COLUMNS } from './evidence.js';
import { bigrams, coverage, splitSentences } from './sentences.js';

/** A unit or counter written right after a figure ("2.5人", "50家", "1000台"). */
const UNIT_AFTER = '(?:平方米|公里|千米|万人次|人次|亿元|万元|元|人|个|家|所|座|台|名|次|场|项|处|张|条|套|户|辆|岁|天|小时|分钟|米|%)';
/** How much of the indicator's name the sentence must say: "每千人拥有社会体育指导员" in "每千人配备社会体育指导员数量". */
const NAME_COVERED = 0.6;

/** A row's unit, from its 单位 column ('' when the table has none, or a "-" stands there). */
export function unitOf(r: TableRecord): string {
  const unit = r.cells['单位'] ?? '';
  return /^[-—]+$/.test(unit) ? '' : unit;
}

/** The record's values that are bare numbers ("2.5", "24"): a figure whose unit the table does not give. */
function bareValues(r: TableRecord): string[] {
  if (unitOf(r)) return [];
  return r.columns.filter((c) => !LABEL_COLUMNS.test(c)).map((c) => r.cells[c] ?? '').filter((v) => /^\d+(?:\.\d+)?$/.test(v));
}

/**
 * "每千人拥有社会体育指导员 … 2.5": the plan's text says "每千人配备社会体育指导员数量达到2.5人". Returns the sentence that
 * names the indicator and writes one of the row's bare values with a unit, or null.
 */
export function unitInText(notice: Notice, r: TableRecord, name: string): { paragraph: Paragraph; sentence: string } | null {
  const values = bareValues(r);
  if (!values.length || !name) return null;
  const figure = new RegExp(`(?<![\\d.])(?:${values.map(escapeRegExp).join('|')})${UNIT_AFTER}`);
  const wanted = bigrams(name);
  for (const paragraph of notice.paragraphs) {
    if (!figure.test(paragraph.text)) continue;
    const sentence = splitSentences(paragraph.text).find((s) => figure.test(s) && coverage(wanted, s) >= NAME_COVERED);
    if (sentence) return { paragraph, sentence };
  }
  return null;
}
