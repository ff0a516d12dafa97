// Text normalisation shared by every stage: width folding, CJK spacing, Chinese numerals, dates, hashing.

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·"';

/** Chinese measure words that count things ("几处", "多少家"), as a character class body for regexes. */
export const MEASURE_WORDS = '个家项处所座幢栋条名位套';

/** Full-width ASCII variants → ASCII, ideographic space → space (for matching, never for quoting). */
export function foldWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Terms a question quotes (“五进”, "4+N协商共育"), in match form. */
export function quotedTerms(q: string): string[] {
  return [...q.matchAll(/[“"「『]([^“”"「」『』]{2,20})[”"」』]/g)].map((m) => matchKey(m[1]!));
}

/**
 * The quoted terms that single passages out among those given (their texts in match form): “双I战略” in one or two
 * says which, “十四五” quoted in a dozen says nothing.
 */
export function rareQuotes(terms: string[], keys: string[]): string[] {
  return terms.filter((t) => keys.filter((k) => k.includes(t)).length <= RARE_QUOTE_MAX);
}
/** Passages a quoted term may be in and still point at them: one notice's copies in two files, and a recap. */
const RARE_QUOTE_MAX = 3;

/** The longest ending of `s`, `min` characters or more, that passes `found`; null when none does. */
export function longestEnding(s: string, min: number, found: (ending: string) => boolean): string | null {
  for (let start = 0; start <= s.length - min; start++) if (found(s.slice(start))) return s.slice(start);
  return null;
}

/** Matching form: width-folded, curly quotes unified, all whitespace removed, lower-cased. */
export function matchKey(s: string): string {
  return foldWidth(s)
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[〔【［]/g, '[')
    .replace(/[〕】］]/g, ']')
    .replace(/\s+/g, '')
    .toLowerCase();
}

const cjkGap = new RegExp(`(?<=[${CJK}${CJK_PUNCT}])[ \\t\\u3000]+(?=[${CJK}${CJK_PUNCT}])`, 'g');

/** Removes spaces a PDF extraction left between Chinese characters ("数 字化" → "数字化"). */
export function closeCjkGaps(s: string): string {
  return s.replace(cjkGap, '');
}

export function isCjk(ch: string): boolean {
  return new RegExp(`[${CJK}]`).test(ch);
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses 一 … 九十九 and 一百… (enough for article and section numbers); NaN when not a numeral. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in DIGITS) current = DIGITS[ch]!;
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else return NaN;
  }
  return total + current;
}

/** Digit-by-digit year such as 二○二一 → 2021. */
export function chineseYear(s: string): number {
  let out = '';
  for (const ch of s) {
    if (!(ch in DIGITS)) return NaN;
    out += String(DIGITS[ch]);
  }
  return Number(out);
}

export function isoDate(y: number | string, m: number | string, d: number | string): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** First yyyy年m月d日 in the text as an ISO date. */
export function findDate(s: string): string | null {
  const m = DATE_RE.exec(s);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
}

/** FNV-1a 32-bit, base36: short stable ids from content. */
export function stableHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** A literal string as a regular-expression pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
