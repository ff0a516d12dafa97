// A sitting tenant's change of circumstances ("公司整体搬去闵行了，还能继续住吗"): the case the rule lists for it, quoted.

import type { Notice, Paragraph, SourceSpan } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { paragraphChunk, paragraphSentences, spanAcross } from './evidence.js';
import { sourceName } from './compose-target.js';
import { findSentence, splitSentences } from './sentences.js';

/** The asker already rents ("我住着静安的公租房", "我现在租的公租房", "住进公租房"). */
const TENANT = /(住着|租着|租的|住的|住进|承租|在住)[^，,。？?]{0,8}(公租房|公共租赁住房)|(公租房|公共租赁住房)[^，,。？?]{0,4}(住了|住着|租了)/;
/** …and asks whether they may stay, or must leave. */
const STAY_ASKED = /还能(接着|继续)?住|能不能(接着|继续)住|能(接着|继续)住|还可以(接着|继续)?住|要不要(搬|退)|得搬|要搬走|会不会被(收回|清退|赶)|要退出吗|算不算违规/;

/**
 * Situations in everyday words → the words of the 公租房办法's case for it (第二十三条 退出管理, 第二十一条 租金管理).
 * The asker's words pick the case; the answer quotes the case as the notice writes it, wherever it stands.
 */
const SITUATIONS: Array<[RegExp, RegExp]> = [
  [/(公司|单位)[^，,。？?]{0,6}(搬|迁)(到|去|往|出)/, /工作单位迁出本区/],
  [/(公司|单位)[^，,。？?]{0,10}(不再|取消)[^，,。？?]{0,10}资格/, /单位取消本单位职工/],
  [/跳槽|换了?工作|换了?单位|辞职|离职|被辞退|失业|工作变动/, /因工作变动不再符合/],
  [/买了?房|购房|买了一套|继承了?|获赠|分到了?房/, /获得其他住房/],
  [/离婚|离异|结婚/, /婚姻状况/],
  [/转租|租给别人|借给别人|转借/, /转借、转租/],
  [/(房租|租金)[^，,。？?]{0,8}(拖|欠|没交)|拖欠|欠了?房租/, /拖欠[^。；;]*租金/],
];

/** A case of the rule: a list item read with the sentence opening its list, or a sentence of its own. */
interface Found { notice: Notice; paragraph: Paragraph; parts: string[]; span: SourceSpan; text: string }

/** The sentence that opens the list: the last of its paragraph ("区住房保障机构有权…复核。承租人…退出公共租赁住房："). */
const opening = (lead: Paragraph) => splitSentences(lead.text).at(-1)!;

/**
 * Every case naming the situation in the first notice retrieved that has one: list items, then sentences. The rule
 * comes before its 政策解读, which restates its lists as running text.
 */
function casesOf(ctx: AnswerContext, named: RegExp): Found[] {
  const ids = [...new Set(ctx.hits.map((h) => h.chunk.noticeId))];
  const notices = ids.map((id) => ctx.lookup.notice(id)).filter((n): n is Notice => !!n);
  for (const notice of [...notices.filter((n) => n.kind !== '政策解读'), ...notices.filter((n) => n.kind === '政策解读')]) {
    const out: Found[] = [];
    notice.paragraphs.forEach((p, at) => {
      if (!named.test(p.text)) return;
      if (p.role !== 'item') {
        const sentence = splitSentences(p.text).find((x) => named.test(x));
        if (sentence) out.push({ notice, paragraph: p, parts: [sentence], span: p.span, text: sentence.replace(/[；;。]$/, '') });
        return;
      }
      const lead = notice.paragraphs.slice(0, at).reverse().find((x) => x.role !== 'item');
      if (!lead || !/[：:]$/.test(lead.text)) return;
      out.push({ notice, paragraph: p, parts: [opening(lead), p.text], span: spanAcross([lead, p]), text: `${opening(lead)}${p.text.replace(/[；;。]$/, '')}` });
    });
    if (out.length) return out;
  }
  return [];
}

/** Leaving is what the case asks; the rule's transition for a tenant who cannot move out at once is what comes next. */
function sayTransition(draft: Draft, notice: Notice): void {
  const found = findSentence(notice.paragraphs, (x) => /暂时无法退房/.test(x));
  if (!found) return;
  const n = draft.cite(paragraphSentences(notice, found.paragraph, [found.sentence]));
  const where = found.paragraph.path.at(-1);
  if (n !== null) draft.say(`另外，${where ? `“${where}”` : ''}规定：${found.sentence}`, n);
}

export function composeTenancy(ctx: AnswerContext, draft: Draft): boolean {
  if (!TENANT.test(ctx.original) || !STAY_ASKED.test(ctx.original)) return false;
  const found = SITUATIONS.filter(([said]) => said.test(ctx.original)).flatMap(([, named]) => casesOf(ctx, named));
  if (!found.length) return false;
  for (const f of found) {
    const n = draft.cite({ chunk: paragraphChunk(f.notice, f.paragraph), notice: f.notice, parts: f.parts, span: f.span, path: f.paragraph.path });
    if (n === null) return false;
    draft.say(`${sourceName(f.notice, f.paragraph.path.at(-1))}规定：${f.text}。`, n);
  }
  draft.say('以上是文件中与您说的情况对应的规定；是否适用，以区运营机构和区住房保障机构的认定为准。');
  if (found.some((f) => /退出/.test(f.parts[0]!))) sayTransition(draft, found[0]!.notice);
  draft.support = 1;
  return true;
}
