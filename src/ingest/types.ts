// Data model of the parsed corpus: notices, their heading tree, paragraphs, table records and aliases.

/** Where a piece of text sits in its seed file: 1-based inclusive lines, 0-based [start, end) UTF-16 offsets. */
export interface SourceSpan {
  file: string;
  startLine: number;
  endLine: number;
  start: number;
  end: number;
}

export type NoticeKind =
  | '规划'
  | '实施意见'
  | '实施方案'
  | '行动计划'
  | '实施计划'
  | '办法'
  | '政策解读'
  | '人事任免'
  | '公告'
  | '编制说明'
  | '通知'
  | '其他';

/** draft = 征求意见稿; interpretation = 政策解读; normal otherwise. Expiry is judged at answer time. */
export type NoticeStatus = 'normal' | 'draft' | 'interpretation';

export interface Heading {
  id: string;
  /** numbering as written: "二、", "（三）", "1．", "第五条", "" for unnumbered headings */
  label: string;
  /** the heading's own words: "发展目标", "申请条件" */
  title: string;
  /** label and title as one line, the form people quote: "（三）发展目标", "第五条  申请条件" */
  text: string;
  level: number;
  parentId: string | null;
  span: SourceSpan;
}

export interface Paragraph {
  id: string;
  /** source lines joined (line breaks removed), otherwise verbatim */
  text: string;
  /** heading texts from the outermost to the innermost */
  path: string[];
  headingId: string | null;
  span: SourceSpan;
  /** heading = the paragraph is a whole-line heading; runIn = starts with its own heading sentence */
  role: 'body' | 'heading' | 'runIn' | 'item' | 'meta';
}

export interface TableRecord {
  id: string;
  /** the table's caption line, e.g. 大宁功能区“十四五”时期经济社会发展主要指标 */
  caption: string;
  kind: 'indicator' | 'task' | 'personnel' | 'generic';
  /** column name → cell text, in column order; merged cells filled down */
  cells: Record<string, string>;
  columns: string[];
  path: string[];
  span: SourceSpan;
}

export interface Alias {
  alias: string;
  full: string;
  source: 'definition' | 'curated';
}

export interface DocRef {
  title: string | null;
  docNo: string | null;
}

export interface Notice {
  id: string;
  /** own notice number as written, e.g. 静府发〔2021〕15号 */
  docNo: string | null;
  docNoNorm: string | null;
  title: string;
  /** for 印发/批转/转发 notices: the title of the document carried */
  carriedTitle: string | null;
  /** 印发 / 批转 / 转发 where the notice forwards a document */
  forwarding: string | null;
  issuer: string | null;
  /** ISO date yyyy-mm-dd */
  date: string | null;
  kind: NoticeKind;
  status: NoticeStatus;
  validFrom: string | null;
  validTo: string | null;
  repeals: DocRef[];
  /** normalised notice numbers the text merely cites */
  cites: string[];
  headings: Heading[];
  paragraphs: Paragraph[];
  tables: TableRecord[];
  aliases: Alias[];
  sources: SourceSpan[];
  /** the file whose layout is used for quoting */
  primaryFile: string;
  chars: number;
}

export interface IngestIssue {
  file: string;
  line: number | null;
  code: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export interface Debris {
  span: SourceSpan;
  reason: 'web-form' | 'markup' | 'page-furniture';
  text: string;
}

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** Decoded text of a seed file, kept for quoting and span checks. */
export interface SourceText {
  name: string;
  text: string;
  /** offset of the first character of each line (index 0 = line 1) */
  lineStarts: number[];
}

export interface Corpus {
  notices: Notice[];
  sources: SourceText[];
  aliases: Alias[];
  debris: Debris[];
  issues: IngestIssue[];
}
