// Aliases: "（以下简称X）" definitions found in notices, short names of plans, and the curated everyday forms.

import { matchKey } from '../core/text.js';
import type { Alias, Notice } from './types.js';

const QUOTED_DEF_RE = /《([^》\n]+)》\s*[（(]以下简称[“"《]?([^）)”"》\n]{1,20})[”"》]?[）)]/g;
const DEF_RE = /([^（(》\n]{2,60}?)[（(]以下简称[“"《]?([^）)”"》\n]{1,20})[”"》]?[）)]/g;
/** Where the defined phrase begins: after the last punctuation or a leading verb. */
const PHRASE_BREAK = /[，。；、：,;:]|下设|结合|根据|关于|适用于|我区制定了|通过的/g;

export function findAliasDefinitions(text: string): Alias[] {
  const out: Alias[] = [];
  for (const m of text.matchAll(QUOTED_DEF_RE)) out.push({ alias: m[2]!.trim(), full: m[1]!, source: 'definition' });
  for (const m of text.matchAll(DEF_RE)) {
    if (m.index! > 0 && text[m.index! - 1] === '》') continue;
    const full = m[1]!.split(PHRASE_BREAK).pop()!.trim().replace(/^(现|对|由|将|为|是)/, '');
    const alias = m[2]!.trim();
    if (full.length >= 2 && alias !== full) out.push({ alias, full, source: 'definition' });
  }
  return dedupe(out);
}

/** Short names people use for a plan: 市北功能区“十四五”规划 → 市北规划, 市北功能区规划. */
export function shortNames(n: Notice): Alias[] {
  const full = n.carriedTitle ?? n.title;
  const base = full.replace(/[“”"]?十四五[“”"]?/g, '').replace(/^(上海市)?静安区/, '');
  const out: Alias[] = [];
  const area = /^(.{2,6}?)功能区/.exec(base);
  if (area) {
    out.push({ alias: `${area[1]}规划`, full, source: 'definition' });
    out.push({ alias: `${area[1]}功能区规划`, full, source: 'definition' });
  }
  if (base !== full && base.length >= 4) out.push({ alias: base, full, source: 'definition' });
  return out;
}

export interface CuratedAlias {
  alias: string;
  full: string;
}

export function mergeAliases(notices: Notice[], curated: CuratedAlias[]): Alias[] {
  const all: Alias[] = [];
  for (const n of notices) all.push(...n.aliases, ...shortNames(n));
  for (const c of curated) all.push({ alias: c.alias, full: c.full, source: 'curated' });
  return dedupe(all);
}

function dedupe(list: Alias[]): Alias[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = `${matchKey(a.alias)}→${matchKey(a.full)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
