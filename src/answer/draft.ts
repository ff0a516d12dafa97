// An answer under construction: sentences with [n] markers, and the verified citations they point to.

import type { Chunk, Citation } from '../engine/types.js';
import type { Notice, SourceSpan } from '../ingest/types.js';
import type { CorpusLookup } from './lookup.js';
import { QUOTE_GAP, verifyQuote } from './quote.js';
import { splitSentences } from './sentences.js';

export interface Evidence {
  chunk: Chunk;
  notice: Notice;
  /** quote parts, each occurring in the source inside `spans` */
  parts: string[];
  /** the span shown as the citation's source */
  span: SourceSpan;
  /** spans the parts may be verified in (e.g. the table header region for a header cell) */
  verifyIn?: SourceSpan[];
  /** heading path to show; defaults to the chunk's */
  path?: string[];
}

/** The "《notice》“heading”：" that opens a quoted line. */
const LEAD = /^《[^》]+》(“[^”]*”)?：/;

export class Draft {
  private readonly lines: string[] = [];
  private readonly closing: string[] = [];
  private readonly cited: Citation[] = [];
  private readonly keys = new Map<string, number>();
  /** 0–1: how well the evidence covers what was asked; the refusal gate reads it */
  support = 0;
  /** why support was lowered (evidence checks), for the debug view and calibration */
  reasons: string[] = [];
  /**
   * Set when what the notices say cannot answer what was asked (a comparison with one side missing): the answer shows
   * what they do say, opens with this sentence, and is not answerable.
   */
  declined: string | null = null;
  /** Set when the composer knows the notices hold no answer (a person's former post no row records): stop there. */
  settled = false;

  constructor(private readonly lookup: CorpusLookup) {}

  /** Registers evidence and returns its marker number; identical quotes share one number. Null if unverifiable. */
  cite(e: Evidence): number | null {
    const quote = e.parts.map((p) => p.trim()).filter(Boolean).join(QUOTE_GAP);
    const key = `${e.chunk.noticeId}|${e.span.file}|${e.span.startLine}|${quote}`;
    const known = this.keys.get(key);
    if (known) return known;
    const src = this.lookup.source(e.span.file);
    if (!src || !quote || !verifyQuote(quote, src, e.verifyIn ?? [e.span])) return null;
    const path = e.path ?? e.chunk.path;
    const n = this.cited.length + 1;
    this.cited.push({
      n, notice: e.notice.docNo, title: e.notice.title, kind: e.notice.kind,
      sectionPath: path, section: path.join(' > ') || e.notice.title, quote,
      source: { file: e.span.file, startLine: e.span.startLine, endLine: e.span.endLine },
      noticeId: e.notice.id, chunkId: e.chunk.id,
    });
    this.keys.set(key, n);
    return n;
  }

  /** A line that ends the answer whatever is said after it ("以上见《…》"), said once when drafts are merged. */
  close(text: string): void {
    if (!this.closing.includes(text)) this.closing.push(text);
  }

  say(text: string, ...refs: Array<number | null>): void {
    const marks = [...new Set(refs.filter((r): r is number => r !== null))].map((r) => `[${r}]`).join('');
    this.lines.push(marks ? insertMarks(text, marks) : text);
  }

  /** Takes another draft's lines and citations (a sub-question's answer), renumbering its markers into this one. */
  absorb(other: Draft): void {
    const map = new Map<number, number>();
    for (const c of other.cited) {
      const key = `${c.noticeId}|${c.source.file}|${c.source.startLine}|${c.quote}`;
      let n = this.keys.get(key);
      if (!n) {
        n = this.cited.length + 1;
        this.cited.push({ ...c, n });
        this.keys.set(key, n);
      }
      map.set(c.n, n);
    }
    for (const line of other.lines) {
      const renumbered = line.replace(/\[(\d+)\]/g, (_, d: string) => `[${map.get(Number(d)) ?? d}]`);
      const fresh = this.unsaid(renumbered);
      if (fresh) this.lines.push(fresh);
    }
    for (const line of other.closing) this.close(line);
    this.declined ??= other.declined;
  }

  /**
   * A part's line without the sentences another part already said: a part quoting the same paragraph under its own
   * 《notice》“heading”： lead adds only what is new of it, or nothing (null).
   */
  private unsaid(line: string): string | null {
    if (this.lines.includes(line)) return null;
    const lead = LEAD.exec(line)?.[0] ?? '';
    const body = line.slice(lead.length);
    if (!body) return line;
    const said = this.lines.map(unmarked).join('\n');
    if (said.includes(unmarked(body))) return null;
    const sentences = splitSentences(body);
    const fresh = sentences.filter((x) => unmarked(x).length < MIN_REPEATED || !said.includes(unmarked(x)));
    if (fresh.length === sentences.length) return line;
    if (!fresh.some((x) => unmarked(x).length >= MIN_REPEATED)) return null;
    const marks = [...new Set(body.match(/\[\d+\]/g) ?? [])].join('');
    return `${lead}${insertMarks(unmarked(fresh.join('')), marks)}`;
  }

  get citations(): Citation[] {
    return this.cited;
  }

  get text(): string {
    return [...(this.declined ? [this.declined] : []), ...this.lines, ...this.closing].join('\n');
  }

  isEmpty(): boolean {
    return this.cited.length === 0;
  }
}

/** A sentence shorter than this said twice is not a repeat ("是。", a heading label). */
const MIN_REPEATED = 8;
const unmarked = (t: string) => t.replace(/\[\d+\]/g, '');

/** Markers go before the sentence's final punctuation: "…为10%[1]。" */
function insertMarks(text: string, marks: string): string {
  const m = /([。；！？：:]?)$/.exec(text)!;
  return `${text.slice(0, text.length - m[1]!.length)}${marks}${m[1]}`;
}
