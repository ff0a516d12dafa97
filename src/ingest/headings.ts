// Heading numbering styles (第一部分 / 一、 / （一） / 1． / （1） / 第X条) and how a numbered line splits into heading and body.

export type HeadingStyle = 'part' | 'chapter' | 'l1' | 'l2' | 'l3' | 'l4' | 'article' | 'plain';

/** Nesting rank: a heading closes every open heading of equal or greater rank. */
export const STYLE_RANK: Record<Exclude<HeadingStyle, 'plain'>, number> = {
  part: 0, chapter: 1, l1: 2, l2: 3, l3: 4, l4: 5, article: 2.5,
};

const CN = '[一二三四五六七八九十百零〇]+';
const PATTERNS: Array<[Exclude<HeadingStyle, 'plain'>, RegExp]> = [
  ['part', new RegExp(`^(第${CN}部分)\\s*(.*)$`)],
  ['chapter', new RegExp(`^(第${CN}章)\\s*(.*)$`)],
  ['article', new RegExp(`^(第${CN}条)\\s*(.*)$`)],
  ['l1', new RegExp(`^(${CN}\\s*[、．.])\\s*(.*)$`)],
  ['l2', new RegExp(`^([（(]\\s*${CN}\\s*[）)])\\s*(.*)$`)],
  ['l4', /^([（(]\s*\d{1,2}\s*[）)])\s*(.*)$/],
  ['l3', /^(\d{1,2}\s*[．.、](?!\d))\s*(.*)$/],
];

export interface Numbered {
  style: Exclude<HeadingStyle, 'plain'>;
  label: string;
  rest: string;
}

/** Strips markdown heading marks and emphasis so numbering can be read. */
export function stripMarkdown(line: string): string {
  return line.replace(/^\s*#{1,6}\s+/, '').replace(/^\*\*(.+)\*\*$/, '$1').trim();
}

export function readNumbering(line: string): Numbered | null {
  const s = stripMarkdown(line);
  for (const [style, re] of PATTERNS) {
    const m = re.exec(s);
    if (m) return { style, label: m[1]!.replace(/\s+/g, ''), rest: m[2]!.trim() };
  }
  return null;
}

export interface HeadingSplit {
  /** whole = the line is a heading; runIn = heading sentence then body; item = a numbered list item */
  mode: 'whole' | 'runIn' | 'item';
  title: string;
}

const WHOLE_MAX = 50;
const RUN_IN_MAX = 30;

/** Decides whether a numbered line is a heading, a run-in heading ("1．区级工作联席会议制度。会议由…") or a list item. */
export function splitNumbered(n: Numbered): HeadingSplit {
  if (n.style === 'part' || n.style === 'chapter' || n.style === 'l1' || n.style === 'article') {
    return { mode: 'whole', title: n.rest };
  }
  const stop = n.rest.search(/[。]/);
  if (stop < 0 && n.rest.length <= WHOLE_MAX && !/[；;]/.test(n.rest)) return { mode: 'whole', title: n.rest };
  if (stop > 0 && stop <= RUN_IN_MAX && !/[，,；]/.test(n.rest.slice(0, stop))) {
    return { mode: 'runIn', title: n.rest.slice(0, stop) };
  }
  return { mode: 'item', title: n.rest };
}

/** A heading's quotable text: label and title as the source writes them. */
export function headingText(label: string, title: string, sep = ''): string {
  return title ? `${label}${sep}${title}` : label;
}

const SENTENCE_PUNCT = /[。；;，,：:！!？?…]/;

/** An un-numbered heading line: short, no sentence punctuation ("南京西路高端服务集聚带引领辐射作用进一步强化"). */
export function looksLikePlainHeading(line: string): boolean {
  const s = stripMarkdown(line).replace(/^——/, '');
  if (s.length < 4 || s.length > 30) return false;
  if (SENTENCE_PUNCT.test(s)) return false;
  if (/\d{4}\s*年.*日$/.test(s)) return false;
  return /[\u4e00-\u9fff]/.test(s);
}
