// Status warnings for cited notices: a rule past its stated validity, a draft for comment.

import type { Notice } from '../ingest/types.js';
import type { Draft } from './draft.js';
import type { CorpusLookup } from './lookup.js';
import { findSentence } from './sentences.js';
import { paragraphSentences } from './evidence.js';

const validitySentence = (n: Notice) => findSentence(n.paragraphs, (x) => /有效期/.test(x) && /\d{4}\s*年/.test(x));

/** Adds a warning line (with its own citation) for each cited notice that has expired or is a draft. */
export function addStatusNotes(draft: Draft, lookup: CorpusLookup, today: string): string[] {
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const c of [...draft.citations]) {
    if (seen.has(c.noticeId)) continue;
    seen.add(c.noticeId);
    const n = lookup.notice(c.noticeId);
    if (!n) continue;
    const name = n.carriedTitle ?? n.title;
    if (n.validTo && n.validTo < today) {
      const v = validitySentence(n);
      const ref = v ? draft.cite(paragraphSentences(n, v.paragraph, [v.sentence])) : null;
      draft.say(`注意：《${name}》写明的有效期已经届满，现行规定请以主管部门最新发布的文件为准。`, ref);
      notes.push(`expired: ${n.id} valid to ${n.validTo}`);
    }
    if (n.status === 'draft') {
      draft.say(`注意：该内容出自征求意见稿，不是正式生效的文件。`);
      notes.push(`draft: ${n.id}`);
    }
  }
  return notes;
}

/** "正式版是哪天发布的", "定稿出来了吗": the final text of a notice, asked after its draft for comment. */
const FINAL_ASKED = /正式(版|稿|文本|文件|的版本|发布|出台|印发|公布|实施)|定稿|终稿/;

/**
 * "中期评估报告征求完意见以后，正式版是哪天发布的？": when every notice an answer cites is a draft for comment, the
 * notices say nothing of the final text, however well the draft's own dates match.
 */
export function onlyDraftsForFinal(question: string, draft: Draft, lookup: CorpusLookup): boolean {
  if (!FINAL_ASKED.test(question) || !draft.citations.length) return false;
  return draft.citations.every((c) => lookup.notice(c.noticeId)?.status === 'draft');
}
