// Notice numbers (文号): finding them in text and normalising their bracket and spacing variants.

/** Issuer prefix, year in 〔〕/【】/[]/（）, serial, 号 — e.g. 静府发〔2021〕15号, 静房规【2017】1号, 住建部【2012】第11号令. */
export const DOC_NO_RE =
  /([\u4e00-\u9fa5]{1,8}?)\s*[〔【\[［(（]\s*((?:19|20)\d{2})\s*[〕】\]］)）]\s*(第?)\s*(\d{1,4})\s*(号)/g;

export interface DocNoMatch {
  written: string;
  norm: string;
  prefix: string;
  year: number;
  serial: number;
  index: number;
}

/** Canonical form: prefix〔year〕serial号 (第 dropped) — 静房规【2017】1号 → 静房规〔2017〕1号. */
export function normaliseDocNo(prefix: string, year: number | string, serial: number | string): string {
  return `${prefix}〔${year}〕${Number(serial)}号`;
}

export function findDocNos(text: string): DocNoMatch[] {
  const out: DocNoMatch[] = [];
  for (const m of text.matchAll(DOC_NO_RE)) {
    const prefix = trimPrefix(m[1]!);
    out.push({
      written: m[0].slice(m[0].indexOf(prefix)),
      norm: normaliseDocNo(prefix, m[2]!, m[4]!),
      prefix,
      year: Number(m[2]),
      serial: Number(m[4]),
      index: m.index! + m[0].indexOf(prefix),
    });
  }
  return out;
}

/** The lazy prefix can swallow a preceding word ("印发静府发"); keep the part that looks like an issuer code. */
function trimPrefix(p: string): string {
  const known = /(静府办发|静府发|静府办|静府|沪府办发|沪府发|沪府办|沪房规范|沪房规|静房规|住建部|沪府规)$/.exec(p);
  if (known) return known[1]!;
  return p.length > 5 ? p.slice(-5) : p;
}

/** Normalises a notice number given in any written variant; null when the text is not one. */
export function parseDocNo(s: string): string | null {
  const m = findDocNos(s.trim());
  return m.length === 1 ? m[0]!.norm : null;
}

/** A line that is only a notice number (the notice's own number stands alone on its line). */
export function ownDocNoLine(line: string): DocNoMatch | null {
  const bare = line.replace(/^[#>\s*]+/, '').replace(/[\s*]+$/, '');
  const m = findDocNos(bare);
  if (m.length !== 1) return null;
  return m[0]!.written.length >= bare.length - 1 ? m[0]! : null;
}
