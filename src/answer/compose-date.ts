// Issue dates: "…是哪天印发的？" answered from the notice's own date line, with the number and title cited.

import { findDate } from '../core/text.js';
import type { Chunk } from '../engine/types.js';
import type { Notice, Paragraph } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { namedPlans, planName, sourceName } from './compose-target.js';
import { weightedCoverage } from './vocabulary.js';
import { paragraphSentences } from './evidence.js';
import { findSentence, splitSentences } from './sentences.js';

export const ISSUE_ASKED = /印发|批转|转发|发布|发文|出台|公布|下发|落款|成文|签发|哪天|日期|几号|什么时候发|何时发|哪年/;
/** "实施" asks about validity only when it is not part of a title word (实施方案, 实施意见, 实施计划). */
const VALIDITY_ASKED = /到哪年|到哪一年|到什么时候|持续到|截止|截至|有效期|施行|实施(?!方案|意见|计划|细则)|生效|到期|过期|废止|失效/;
/** A rule's own period asked: when it took effect, how long it runs, what it replaced ("新版是啥时候开始执行的，用到哪年"). */
const RULE_PERIOD_ASKED = /(开始|起)(执行|实施|施行|生效)|(执行|实施|施行|生效|有效|用)到(哪年|哪一年|什么时候|几几年|哪天)|有效期|哪天(起|开始)(执行|实施|施行)|什么时候(开始)?(执行|实施|施行|生效)|废止|失效/;

function dateParagraph(n: Notice): Paragraph | null {
  return n.paragraphs.find((p) => p.role === 'meta' && n.date !== null && findDate(p.text) === n.date) ?? null;
}

/** The notice asked about: named by number or alias, else the top hit's notice when the question names its title. */
function target(ctx: AnswerContext): Notice | null {
  const named = ctx.vocab.noticesNamed(ctx.question);
  if (named.length === 1) return named[0]!;
  const top = ctx.hits[0] && ctx.lookup.notice(ctx.hits[0].chunk.noticeId);
  if (!top) return null;
  const words = ctx.qwords.filter((w) => !ISSUE_ASKED.test(w));
  return weightedCoverage(ctx.vocab, words, `${top.title}${top.carriedTitle ?? ''}${top.docNo ?? ''}`) >= 0.6 ? top : null;
}

function chunkOf(n: Notice, p: Paragraph): Chunk {
  return {
    id: p.id, noticeId: n.id, docNo: n.docNo, noticeTitle: n.title, shortTitle: planName(n), noticeKind: n.kind,
    noticeStatus: n.status, type: 'text', path: [], text: p.text, contextLine: '', indexText: '', span: p.span,
    paragraphIds: [p.id], recordId: null, cells: null,
  };
}

/** Words of the question that are neither the notices' names nor the asking for their date ("截止", "开工"). */
function otherWords(ctx: AnswerContext, notices: Notice[]): string[] {
  const name = notices.map((n) => `${n.title}${n.carriedTitle ?? ''}${n.docNo ?? ''}`).join(' ');
  return ctx.qwords.filter((w) => !ctx.vocab.says(name, w) && !ISSUE_ASKED.test(w)
    && !/^(分别|各自|两个|两份|时间|日子|当天|发的|出的|下发|正式|号文|文件|通知|公告|意见|方案|规划|计划|办法|报告)$/.test(w) && !/^\d+$/.test(w));
}

/** Each notice's own date line, cited, in the order given; the notices that have one. */
export function sayIssueDates(draft: Draft, notices: Notice[]): Notice[] {
  const dated: Notice[] = [];
  for (const n of notices) {
    const p = dateParagraph(n);
    if (!p) continue;
    const ref = draft.cite({ chunk: chunkOf(n, p), notice: n, parts: [p.text], span: p.span, path: [] });
    const [y, m, d] = n.date!.split('-').map(Number);
    draft.say(`《${planName(n)}》${n.docNo ? `（${n.docNo}）` : ''}的发文日期为${y}年${m}月${d}日。`, ref);
    dated.push(n);
  }
  return dated;
}

/**
 * A rule's period ("…办法新版是啥时候开始执行的，用到哪年？"): the rule's own sentence of when it takes effect, until when,
 * and what it repeals ("本办法自2021年10月22日起实施,有效期限至2026年10月21日。2017年…同时废止"). The rule is the one
 * the question (or, for a part, the whole question) names.
 */
export function composeValidity(ctx: AnswerContext, draft: Draft): boolean {
  if (!RULE_PERIOD_ASKED.test(ctx.question)) return false;
  const named = ctx.vocab.noticesNamed(ctx.question);
  const n = (named.length ? named : ctx.vocab.noticesNamed(ctx.original)).filter((x) => x.validFrom)[0];
  const p = n?.paragraphs.find((x) => x.role !== 'meta' && /自\s*\d{4}\s*年[^。]*起(施行|实施)/.test(x.text));
  if (!n || !p) return false;
  const sentences = splitSentences(p.text).filter((x) => /起(施行|实施)|有效期|废止/.test(x));
  draft.say(`${sourceName(n, p.path.at(-1))}规定：${sentences.join('')}`, draft.cite(paragraphSentences(n, p, sentences)));
  draft.support = 1;
  return true;
}

export function composeDate(ctx: AnswerContext, draft: Draft): boolean {
  if (!ISSUE_ASKED.test(ctx.question) || VALIDITY_ASKED.test(ctx.question)) return false;
  // "大宁和南京西路的规划分别是哪天印发的？": every notice named
  const several = namedPlans(ctx);
  if (several.length >= 2 && !otherWords(ctx, several).length) {
    const dated = sayIssueDates(draft, several);
    draft.support = dated.length === several.length ? 1 : 0;
    return dated.length > 0;
  }
  const n = target(ctx);
  const p = n && dateParagraph(n);
  // "征求意见截止到哪天？" names the notice but asks for another date: that is in its text, not its date line
  if (!n || !p || otherWords(ctx, [n]).length) return false;
  sayIssueDates(draft, [n]);
  if (/批转|转发|通过/.test(ctx.question)) sayPassed(draft, n);
  draft.support = 1;
  return true;
}

/** "是什么时候批转的": the notice's own sentence of the meeting that passed it ("已经区政府第241次常务会议通过，现批转给你们"). */
function sayPassed(draft: Draft, n: Notice): void {
  const found = findSentence(n.paragraphs, (x) => PASSED.test(x));
  if (found) draft.say(`通知写明：${found.sentence}`, draft.cite(paragraphSentences(n, found.paragraph, [found.sentence])));
}
const PASSED = /已经[^，,。]{0,20}通过[，,]\s*现(批转|转发|印发)/;
