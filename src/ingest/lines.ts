// Lines of a source file with offsets, and the line-level tests every parser step shares.

import type { SourceSpan, SourceText } from './types.js';

export interface Line {
  /** 1-based line number */
  no: number;
  raw: string;
  /** raw without surrounding whitespace */
  text: string;
  /** offsets of `text` in the source */
  start: number;
  end: number;
}

export function toLines(src: SourceText): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < src.lineStarts.length; i++) {
    const begin = src.lineStarts[i]!;
    const next = src.lineStarts[i + 1];
    const raw = src.text.slice(begin, next === undefined ? src.text.length : next - 1);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ no: i + 1, raw, text, start: begin + lead, end: begin + lead + text.length });
  }
  return out;
}

export function spanOf(file: string, first: Line, last: Line): SourceSpan {
  return { file, startLine: first.no, endLine: last.no, start: first.start, end: last.end };
}

/** Blank — but a lone tab is an empty table cell, not a blank line. */
export const isBlank = (l: Line): boolean => l.text === '' && !l.raw.startsWith('\t');

/** One cell per line, tab first (the flattened tables of 000/001). */
export const isCellLine = (l: Line): boolean => l.raw.startsWith('\t') && !l.raw.slice(1).includes('\t');
/** A whole row on one line, cells between tabs (003). */
export const isTabRow = (l: Line): boolean => (l.raw.match(/\t/g)?.length ?? 0) >= 2;
/** A pipe row (002, markdown tables). */
export const isPipeRow = (l: Line): boolean => (l.text.match(/\|/g)?.length ?? 0) >= 3;
export const isTableLine = (l: Line): boolean => isCellLine(l) || isTabRow(l) || isPipeRow(l);

/** Horizontal rules and lone dashes: layout, not text. */
export const isMarkup = (l: Line): boolean => /^(-{3,}|\*{3,}|_{3,}|-)$/.test(l.text);

const TERMINAL = /([。！？；：:;!?]|[。！？][”’）)])$/;

/** Does this text end a sentence (so the next line starts a new paragraph)? */
export function endsSentence(text: string): boolean {
  const t = text.trim();
  // "…覆盖面。（责任单位：区卫生健康委）": a sentence followed by a parenthetical note
  return TERMINAL.test(t) || TERMINAL.test(t.replace(/[（(][^（）()]*[）)]$/, ''));
}

/** Joins wrapped lines of one paragraph; the result is what quotes are checked against. */
export function joinLines(lines: Line[]): string {
  return lines.map((l) => l.text).join('');
}
