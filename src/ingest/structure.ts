// A notice body as a heading tree with paragraphs and table records, each tied to its exact source span.

import { matchKey } from '../core/text.js';
import { STYLE_RANK, looksLikePlainHeading, readNumbering, splitNumbered, stripMarkdown, type Numbered } from './headings.js';
import { endsSentence, isBlank, isMarkup, isTableLine, joinLines, spanOf, type Line } from './lines.js';
import { isPersonnelBlockStart, readPersonnel } from './personnel.js';
import { tableRecords } from './records.js';
import { DATE_LINE, ISSUER_LINE } from './segment.js';
import { nextNonBlank, readTable } from './tables.js';
import type { Debris, Heading, IngestIssue, Paragraph, TableRecord } from './types.js';

export interface BodyInput {
  file: string;
  lines: Line[];
  from: number;
  to: number;
  noticeKey: string;
  /** header line indexes: kept as meta paragraphs */
  headerLines: Set<number>;
  carriedTitle: string | null;
}

export interface Body {
  headings: Heading[];
  paragraphs: Paragraph[];
  tables: TableRecord[];
  debris: Debris[];
  issues: IngestIssue[];
}

interface Open {
  heading: Heading;
  rank: number;
  plain: boolean;
  article: boolean;
}

/** Builds the body; every non-blank line ends up in a paragraph, a table record or the debris list. */
export function buildBody(input: BodyInput): Body {
  return new BodyBuilder(input).run();
}

class BodyBuilder {
  private readonly out: Body = { headings: [], paragraphs: [], tables: [], debris: [], issues: [] };
  private stack: Open[] = [];
  private para: { lines: Line[]; role: Paragraph['role']; meta: boolean } | null = null;
  private lastHeadingPlain = false;
  private readonly articleDoc: boolean;
  private readonly carriedKey: string | null;
  /** the lines up to the segment's end: a table or list at the end of a notice must not read into the next one or the debris */
  private readonly within: Line[];
  private readonly recordIds = new Map<string, number>();

  constructor(private readonly input: BodyInput) {
    const { lines, from, to } = input;
    this.within = lines.slice(0, to);
    let articles = 0;
    for (let i = from; i < to; i++) if (readNumbering(lines[i]!.text)?.style === 'article') articles++;
    this.articleDoc = articles >= 3;
    this.carriedKey = input.carriedTitle ? matchKey(input.carriedTitle) : null;
  }

  run(): Body {
    const { from, to } = this.input;
    let i = from;
    while (i < to) i = this.step(i);
    this.closePara();
    return this.out;
  }

  private step(i: number): number {
    const { lines, to } = this.input;
    const l = lines[i]!;
    if (isBlank(l)) return i + 1;
    if (isMarkup(l)) {
      this.closePara();
      this.out.debris.push({ span: spanOf(this.input.file, l, l), reason: 'markup', text: l.text });
      return i + 1;
    }
    if (this.input.headerLines.has(i)) return this.meta(l, i);
    if (isPersonnelBlockStart(l)) return this.personnel(i);
    if (isTableLine(l)) return this.table(i);
    const text = stripMarkdown(l.text);
    // a bare "附件" line opens an attachment: the body's headings no longer apply
    if (/^附件\s*\d*[:：]?$/.test(text)) { this.stack = []; return this.meta(l, i, true); }
    if (this.isMetaLine(text, i)) return this.meta(l, i);
    const next = nextNonBlank(lines, i + 1);
    if (next >= 0 && next < to && isTableLine(lines[next]!) && text.length <= 60 && !endsSentence(text)) {
      return this.meta(l, i, true); // a table caption stands alone
    }
    const numbered = readNumbering(text);
    if (numbered) return this.numbered(numbered, l, i);
    if (this.isChapterLine(text, next)) return this.heading('', text, l, i, STYLE_RANK.chapter, false);
    if (this.continues(text)) { this.para!.lines.push(l); return i + 1; }
    if (this.isPlainHeading(text, next)) return this.plainHeading(text, l, i);
    this.openPara(l, 'body');
    return i + 1;
  }

  private isMetaLine(text: string, i: number): boolean {
    if (DATE_LINE.test(text) || ISSUER_LINE.test(text) || /^(抄送|附件)[:：]?/.test(text)) return true;
    if (/^上海市静安区人民政府(办公室)?\s+\d{4}\s*年.*日$/.test(text)) return true;
    if (this.carriedKey && !endsSentence(text) && text.length >= 4) {
      const k = matchKey(text);
      if (this.para?.meta && this.carriedKey.includes(matchKey(joinLines(this.para.lines)) + k)) return true;
      const line2 = this.input.lines[i + 1]?.text ?? '';
      return this.carriedKey === k || (this.carriedKey.startsWith(k) && this.carriedKey.includes(matchKey(line2)) && line2.length > 0);
    }
    return false;
  }

  private meta(l: Line, i: number, standalone = false): number {
    // a wrapped carried title ("静安区关于开展创建美好家园⏎共同行动工作的实施意见") stays one meta paragraph
    if (!standalone && this.para?.meta && !endsSentence(joinLines(this.para.lines)) && !DATE_LINE.test(l.text)
      && !this.input.headerLines.has(i) && !ISSUER_LINE.test(l.text) && !/^附件/.test(l.text)
      && !/^附件/.test(this.para.lines[0]!.text)) {
      this.para.lines.push(l);
      return i + 1;
    }
    this.closePara();
    this.para = { lines: [l], role: 'meta', meta: true };
    return i + 1;
  }

  private numbered(n: Numbered, l: Line, i: number): number {
    const inArticle = this.stack.some((o) => o.article);
    if (n.style === 'article') return this.article(n, l, i);
    if (inArticle && n.style !== 'part' && n.style !== 'chapter' && n.style !== 'l1') {
      this.openPara(l, 'item');
      return i + 1;
    }
    const split = splitNumbered(n);
    if (split.mode === 'item') { this.openPara(l, 'item'); return i + 1; }
    const text = stripMarkdown(l.text);
    if (split.mode === 'whole') return this.heading(n.label, split.title, l, i, STYLE_RANK[n.style], false, text);
    const headText = text.slice(0, text.indexOf('。'));
    this.heading(n.label, split.title, l, i, STYLE_RANK[n.style], false, headText, true);
    this.openPara(l, 'runIn');
    return i + 1;
  }

  /** 第七条⏎配租标准: an article whose title sits on the next line. */
  private article(n: Numbered, l: Line, i: number): number {
    const { lines, to } = this.input;
    let title = n.rest;
    let consumed = i + 1;
    const k = nextNonBlank(lines, i + 1);
    if (!title && k >= 0 && k < to && lines[k]!.text.length <= 12 && !endsSentence(lines[k]!.text) && !readNumbering(lines[k]!.text)) {
      title = lines[k]!.text;
      consumed = k + 1;
    }
    const text = n.rest ? stripMarkdown(l.text) : `${n.label} ${title}`.trim();
    const last = consumed > i + 1 ? lines[consumed - 1]! : l;
    this.closePara();
    this.pushHeading(n.label, title, text, spanOf(this.input.file, l, last), STYLE_RANK.article, false, true);
    const para: Paragraph = this.paragraph([l, ...(last !== l ? [last] : [])], 'heading');
    this.out.paragraphs.push(para);
    return consumed;
  }

  private heading(label: string, title: string, l: Line, i: number, rank: number, plain: boolean, text?: string, runIn = false): number {
    this.closePara();
    const span = spanOf(this.input.file, l, l);
    if (runIn) span.end = span.start + (text ?? '').length;
    this.pushHeading(label, title, text ?? stripMarkdown(l.text), span, rank, plain, false);
    if (!runIn) this.out.paragraphs.push(this.paragraph([l], 'heading'));
    return i + 1;
  }

  private plainHeading(text: string, l: Line, i: number): number {
    const sibling = this.unlabelledSiblingRank(i);
    if (sibling !== null) return this.heading('', text.replace(/^——/, ''), l, i, sibling, false, text);
    const top = this.stack[this.stack.length - 1];
    const rank = this.lastHeadingPlain && top?.plain ? top.rank : (top ? top.rank + 0.5 : 0.5);
    return this.heading('', text.replace(/^——/, ''), l, i, rank, true, text);
  }

  private pushHeading(label: string, title: string, text: string, span: Heading['span'], rank: number, plain: boolean, article: boolean): void {
    if (!plain) while (this.stack.length && this.stack[this.stack.length - 1]!.plain) this.stack.pop();
    while (this.stack.length && this.stack[this.stack.length - 1]!.rank >= rank) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const heading: Heading = {
      id: `${this.input.noticeKey}-h${this.out.headings.length + 1}`,
      label, title, text, level: this.stack.length + 1, parentId: parent?.heading.id ?? null, span,
    };
    this.out.headings.push(heading);
    this.stack.push({ heading, rank, plain, article });
    this.lastHeadingPlain = plain;
  }

  /**
   * "3．持续开展健康细胞建设。…" / "着力提升健康治理能力" / "1．落实…": a plain line after which a numbering level that is
   * open starts again at 1 is a heading whose label the text dropped — a sibling of that level's parent ("（三）"),
   * not a child of the item before it. Returns the rank it takes, or null when the line is not such a heading.
   */
  private unlabelledSiblingRank(i: number): number | null {
    const next = nextNonBlank(this.input.lines, i + 1);
    const n = next >= 0 && next < this.input.to ? readNumbering(this.input.lines[next]!.text) : null;
    if (!n || !/^[（(]?(1|一)[）)．.、]?$/.test(n.label.replace(/[．.、]$/, '')) || n.style === 'part' || n.style === 'chapter') return null;
    const at = this.stack.findIndex((e) => !e.plain && e.rank === STYLE_RANK[n.style]);
    return at > 0 ? this.stack[at - 1]!.rank : null;
  }

  private isChapterLine(text: string, next: number): boolean {
    if (!this.articleDoc || next < 0) return false;
    const compact = text.replace(/\s+/g, '');
    return compact.length >= 2 && compact.length <= 10 && !endsSentence(text) && !/[，,。]/.test(text)
      && (compact === '总则' || compact === '附则' || readNumbering(this.input.lines[next]!.text)?.style === 'article');
  }

  private isPlainHeading(text: string, next: number): boolean {
    if (!looksLikePlainHeading(text) || next < 0 || next >= this.input.to) return false;
    const after = this.input.lines[next]!;
    return !isTableLine(after) && after.text.length > text.length;
  }

  private continues(text: string): boolean {
    const p = this.para;
    if (!p || p.meta || p.role === 'heading') return false;
    return !endsSentence(joinLines(p.lines)) && !readNumbering(text);
  }

  private table(i: number): number {
    const t = readTable(this.within, i);
    if (!t || t.header.length < 2 || !t.rows.length) return this.strayLine(i);
    this.closePara();
    const captionPara = this.out.paragraphs[this.out.paragraphs.length - 1];
    const hasCaption = captionPara?.role === 'meta' && captionPara.span.endLine >= this.input.lines[i]!.no - 3;
    // a table with no caption line (苏河湾: "…主要指标如下：") is captioned by its heading
    const caption = hasCaption ? captionPara!.text : this.currentPath().at(-1) ?? '';
    const path = hasCaption ? [...this.currentPath(), caption] : this.currentPath();
    const records = tableRecords(t, { file: this.input.file, noticeKey: this.input.noticeKey, caption, path }, this.out.issues);
    this.pushRecords(records);
    return t.next;
  }

  /** A tab or pipe line that starts no table keeps its words as a paragraph (a line of bare pipes and dashes is markup). */
  private strayLine(i: number): number {
    const l = this.input.lines[i]!;
    if (/[\p{L}\p{N}]/u.test(l.text)) {
      this.openPara(l, 'body');
    } else if (l.text) {
      this.closePara();
      this.out.debris.push({ span: spanOf(this.input.file, l, l), reason: 'markup', text: l.text });
    }
    return i + 1;
  }

  private personnel(i: number): number {
    this.closePara();
    const r = readPersonnel(this.within, i, this.input.file, this.input.noticeKey, this.currentPath());
    // a "姓 名 任命职务" line with no rows under it is an ordinary line
    if (!r.records.length) return this.strayLine(i);
    this.pushRecords(r.records);
    return r.next;
  }

  /** Record ids hash the row's words, so two identical rows (a name listed twice) would share one; the repeat gets a suffix. */
  private pushRecords(records: TableRecord[]): void {
    for (const r of records) {
      const n = (this.recordIds.get(r.id) ?? 0) + 1;
      this.recordIds.set(r.id, n);
      this.out.tables.push(n === 1 ? r : { ...r, id: `${r.id}-${n}` });
    }
  }

  private openPara(l: Line, role: Paragraph['role']): void {
    this.closePara();
    this.para = { lines: [l], role, meta: false };
  }

  private closePara(): void {
    if (!this.para) return;
    this.out.paragraphs.push(this.paragraph(this.para.lines, this.para.role));
    this.para = null;
  }

  private paragraph(lines: Line[], role: Paragraph['role']): Paragraph {
    const top = this.stack[this.stack.length - 1];
    const meta = role === 'meta';
    return {
      id: `${this.input.noticeKey}-p${this.out.paragraphs.length + 1}`,
      text: joinLines(lines),
      path: meta ? [] : this.currentPath(),
      headingId: meta ? null : top?.heading.id ?? null,
      span: spanOf(this.input.file, lines[0]!, lines[lines.length - 1]!),
      role,
    };
  }

  private currentPath(): string[] {
    return this.stack.map((o) => o.heading.text);
  }
}
