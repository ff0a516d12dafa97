// Decoding and checking seed files: UTF-8 (or GB18030 with a warning), line table, refusal of binary/empty input.

import type { IngestIssue, SourceFile, SourceText } from './types.js';

/** Longest line we index; longer lines are reported and skipped (a 1 MB single line is not a notice). */
export const MAX_LINE_CHARS = 20_000;

export interface DecodeResult {
  source: SourceText | null;
  issues: IngestIssue[];
}

export function decodeSource(file: SourceFile): DecodeResult {
  const issue = (code: string, message: string, line: number | null = null): IngestIssue => ({
    file: file.name, line, code, message, severity: 'error',
  });
  if (file.bytes.length === 0 || isBlank(file.bytes)) {
    return { source: null, issues: [issue('SEED_EMPTY', `${file.name}: file is empty`)] };
  }
  if (looksBinary(file.bytes)) {
    return { source: null, issues: [issue('SEED_BINARY', `${file.name}: binary data (NUL or control bytes), not a text notice`)] };
  }
  const issues: IngestIssue[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    const bad = firstInvalidUtf8(file.bytes);
    text = new TextDecoder('gb18030').decode(file.bytes);
    issues.push({
      ...issue('SEED_ENCODING', `${file.name}: not valid UTF-8 (first bad byte at line ${bad.line}); decoded as GB18030 — please save it as UTF-8`, bad.line),
      severity: 'warning',
    });
  }
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  return { source: { name: file.name, text, lineStarts: lineStarts(text) }, issues };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / n > 0.01;
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number } {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) { line++; continue; }
    if (b < 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    if (len === 0) return { line };
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return { line };
    i += len - 1;
  }
  return { line };
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Text of a 1-based line without its newline. */
export function lineText(src: SourceText, line: number): string {
  const start = src.lineStarts[line - 1]!;
  const next = src.lineStarts[line];
  return src.text.slice(start, next === undefined ? src.text.length : next - 1);
}

export function lineCount(src: SourceText): number {
  return src.lineStarts.length;
}
