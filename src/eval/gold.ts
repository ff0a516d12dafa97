// Gold resolution: a citation's doc (文号 or title) and section (heading, caption, run-in heading, the notice itself) → corpus.

import { matchKey } from '../core/text.js';
import { parseDocNo } from '../ingest/doc-number.js';
import type { Corpus, Notice, Paragraph } from '../ingest/types.js';
import type { GoldCitation, LineRange, ResolvedGold } from './types.js';

export type GoldResult = { ok: true; gold: ResolvedGold } | { ok: false; message: string };

/** Comparison form of titles and section names: match key (width, spaces, quotes folded) without 《》. */
export function sectionKey(s: string): string {
  return matchKey(s).replace(/[《》]/g, '');
}

/** The same without a trailing edition mark: "…办法(2021版)" → "…办法" (matchKey already folded the brackets). */
function editionless(key: string): string {
  return key.replace(/\((?:19|20)\d{2}年?版\)$/, '');
}

/**
 * Tries, in order, the exact title, the carried title, then both without the edition mark; the first tier
 * with a match decides (so the 办法 itself wins over the 政策解读 that carries its title).
 */
function noticesByTitle(corpus: Corpus, doc: string): Notice[] {
  const key = sectionKey(doc);
  const tiers: Array<(n: Notice) => boolean> = [
    (n) => sectionKey(n.title) === key,
    (n) => n.carriedTitle !== null && sectionKey(n.carriedTitle) === key,
    (n) => editionless(sectionKey(n.title)) === editionless(key),
    (n) => n.carriedTitle !== null && editionless(sectionKey(n.carriedTitle)) === editionless(key),
  ];
  for (const tier of tiers) {
    const found = corpus.notices.filter(tier);
    if (found.length) return found;
  }
  return [];
}

export function resolveNotice(corpus: Corpus, doc: string): { ok: true; notice: Notice } | { ok: false; message: string } {
  const docNo = parseDocNo(doc);
  const found = docNo ? corpus.notices.filter((n) => n.docNoNorm === docNo) : noticesByTitle(corpus, doc);
  if (found.length === 1) return { ok: true, notice: found[0]! };
  if (!found.length) return { ok: false, message: `no notice ${docNo ? 'numbered' : 'titled'} "${doc}" in the corpus` };
  return { ok: false, message: `"${doc}" matches ${found.length} notices (${found.map((n) => n.id).join(', ')})` };
}

/** Keys that name the notice as a whole: title, carried title, and the header line "issuer title". */
export function noticeKeys(n: Notice): string[] {
  const keys = [sectionKey(n.title)];
  if (n.carriedTitle) keys.push(sectionKey(n.carriedTitle));
  if (n.issuer) keys.push(sectionKey(n.issuer + n.title));
  return keys;
}

/** A paragraph's lead sentence: "强化健康金融要素支撑。积极发展…" → "强化健康金融要素支撑". */
function leadSentence(p: Paragraph): string | null {
  const stop = p.text.indexOf('。');
  return stop > 0 ? p.text.slice(0, stop) : null;
}

function lineRange(p: Paragraph): LineRange {
  return { file: p.span.file, startLine: p.span.startLine, endLine: p.span.endLine };
}

/**
 * Headings match exactly. Table captions may contain the section name, because a caption can carry a prefix
 * ("附件：") or repeat itself; the caption as parsed is what passage paths hold, so that is the key kept.
 */
function findSection(notice: Notice, key: string): Pick<ResolvedGold, 'via' | 'pathKeys' | 'spans'> | null {
  if (notice.headings.some((h) => sectionKey(h.text) === key)) return { via: 'heading', pathKeys: [key], spans: [] };
  const captions = [...new Set(notice.tables.map((t) => sectionKey(t.caption)))].filter((c) => c.includes(key));
  if (captions.length) return { via: 'table', pathKeys: captions, spans: [] };
  const led = notice.paragraphs.filter((p) => p.role !== 'heading' && sectionKey(leadSentence(p) ?? '') === key);
  if (led.length) return { via: 'runIn', pathKeys: [key], spans: led.map(lineRange) };
  if (noticeKeys(notice).includes(key)) return { via: 'notice', pathKeys: noticeKeys(notice), spans: [] };
  return null;
}

export function resolveGold(corpus: Corpus, citation: GoldCitation): GoldResult {
  const n = resolveNotice(corpus, citation.doc);
  if (!n.ok) return n;
  const found = findSection(n.notice, sectionKey(citation.section));
  if (!found) {
    return { ok: false, message: `"${citation.doc}" (${n.notice.id}) has no heading, table caption, run-in heading or title "${citation.section}"` };
  }
  return { ok: true, gold: { doc: citation.doc, section: citation.section, noticeId: n.notice.id, ...found } };
}
