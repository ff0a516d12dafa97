// The rule behind an explanation: a 政策解读 quoted is pointed back to the article of the rule that says the same.

import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { paragraphChunk, spanAcross } from './evidence.js';
import { sourceName } from './compose-target.js';

/** A clause long enough that finding it word for word in the rule means the explanation restates that article. */
const MIN_CLAUSE = 12;

interface Found { notice: Notice; paragraphs: Paragraph[]; chars: number }

/**
 * The rule's article (the paragraphs under one heading) that repeats most of what was quoted from its explanation,
 * with the paragraphs that repeat it, if any repeats a long clause.
 */
function restated(rules: Notice[], quoted: string): Found | null {
  const clauses = quoted.split(/[，,；;。：:！!？?]/).map((c) => c.trim()).filter((c) => c.length >= MIN_CLAUSE);
  let best: Found | null = null;
  for (const notice of rules) {
    const byHeading = new Map<string, Found>();
    for (const paragraph of notice.paragraphs) {
      const chars = clauses.filter((c) => paragraph.text.includes(c)).reduce((n, c) => n + c.length, 0);
      if (!chars || !paragraph.headingId) continue;
      const f = byHeading.get(paragraph.headingId) ?? { notice, paragraphs: [], chars: 0 };
      f.paragraphs.push(paragraph);
      f.chars += chars;
      byHeading.set(paragraph.headingId, f);
    }
    for (const f of byHeading.values()) if (!best || f.chars > best.chars) best = f;
  }
  return best;
}

/**
 * "运营公司有权收回房屋吗？"'s answer in the 政策解读 restates 第二十三条 of the 办法: the article is named and cited
 * beside it, so the answer points to the rule itself, not only to the leaflet about it.
 */
export function citeRuleBehind(ctx: AnswerContext, draft: Draft, explainer: Notice, quoted: string): void {
  const rules = ctx.lookup.subjectsOf(explainer);
  const found = rules.length ? restated(rules, quoted) : null;
  if (!found) return;
  const { notice, paragraphs } = found;
  const first = paragraphs[0]!;
  const n = draft.cite({ chunk: paragraphChunk(notice, first), notice, parts: paragraphs.map((p) => p.text), span: spanAcross(paragraphs), path: first.path });
  const where = first.path.at(-1);
  if (n !== null) draft.say(`以上内容见${sourceName(notice, where)}。`, n);
}
