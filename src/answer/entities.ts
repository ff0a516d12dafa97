// The things a question sets side by side ("南京西路、苏河湾、中环两翼三个集聚带", "爱国卫生实施方案和生命健康产业实施意见").

import { foldWidth } from '../core/text.js';
import type { Notice } from '../ingest/types.js';
import type { Vocabulary } from './vocabulary.js';

export interface Entity {
  /** as the question writes it */
  text: string;
  /** what a passage must say to be about it: the name, or the words that tell it from the others */
  forms: string[];
  /** the notice it names, when it names one */
  notice?: Notice;
  /** only that notice speaks of it: a plan named as a plan ("三个规划"), not an area written about anywhere */
  ownNotice?: boolean;
}

/** Words that join the members of an enumeration. */
export const SEPARATOR = /以及|还是|、|和|与|及|跟/;
/** Where the first member starts: after the last of these in its clause ("十四五以来南京西路", "新增多少家全球服务机构"). */
const BEFORE_FIRST = /^.*(十[一二三四五六七八九]五|功能区|以来|以后|之后|期间|时期|时候|里面|里|中|的|在|对|把|说|问|看|有|\d{4}年|多少[个家项所座幢栋条名位套]?|几[个家项所座幢栋条名位套])/;
/** Where the last member ends: before the first of these ("中环两翼三个集聚带各…", "市北哪个功能区…"). */
const AFTER_LAST = /(到|至)\s*\d{4}|\d{4}\s*年|([两二三四五六七八九十几]|\d+)(个|份|家|项)|哪|谁|各|分别|都|是不是|是否|的|说|有|在|要|定|这|那|多少|几|比|相比|对比|一样|相同/;
/** What may follow an area's name and still mean the area or its plan ("大宁规划", "市北功能区"). */
const AREA_AS_SUCH = /^(功能区|地区|区域|片区|规划|功能区规划|的)?$/;
/** The areas are named as plans ("三个规划", "大宁规划"): what the plans say, not what is said of the areas. */
const PLANS_NAMED = /规划|计划/;
/** "四个功能区", "各功能区": every plan area. */
const ALL_AREAS = /(四|几|各|每)个?功能区|各区域/;

/**
 * The members of the first enumeration in the question, each 2–14 characters; none when there is no list. A clause
 * whose "list" is one name (`isName`: "城区功能和土地利用十四五规划") is passed over for the next.
 */
export function enumerationIn(question: string, isName: (members: string[]) => boolean = () => false): string[] {
  for (const clause of foldWidth(question).split(/[，,。？?；;！!：:\s]/)) {
    const pieces = clause.split(SEPARATOR);
    if (pieces.length < 2) continue;
    const first = pieces[0]!.replace(BEFORE_FIRST, '');
    const lastPiece = pieces[pieces.length - 1]!;
    const cut = AFTER_LAST.exec(lastPiece);
    const last = cut ? lastPiece.slice(0, cut.index) : lastPiece;
    // "“儿童友好社区示范点街镇全覆盖”和“…”": quoted members are taken without their marks, and may be longer
    const quoted = /^[“"].*[”"]$/.test(first.trim());
    const members = [first, ...pieces.slice(1, -1), last].map((m) => m.trim().replace(/^[“"]|[”"]$/g, ''));
    if (members.every((m) => m.length >= 2 && m.length <= (quoted ? 20 : 14)) && !isName(members)) return members;
  }
  return [];
}

/**
 * The entities of a question: the plan areas it names (all four for "四个功能区"), else the members of its list,
 * each resolved to the notice it names where it names one; none when fewer than two are found.
 */
export function entitiesOf(question: string, vocab: Vocabulary): Entity[] {
  const areas = ALL_AREAS.test(question) ? [...vocab.areas.keys()] : vocab.areasNamed(question);
  const members = enumerationIn(question, (ms) => namesOneNotice(vocab, ms));
  const asPlans = PLANS_NAMED.test(question);
  // "大宁资产经营集团和苏河湾集团": members that only contain an area's name are things of their own
  const things = members.length >= 2 && members.some((m) => areas.some((a) => m.includes(a) && !AREA_AS_SUCH.test(m.replace(a, ''))));
  if (areas.length >= 2 && areas.length >= members.length && !things) {
    return areas.map((a) => ({ text: a, forms: [a], notice: vocab.areas.get(a), ownNotice: asPlans }));
  }
  if (members.length < 2) return [];
  const words = members.map((m) => vocab.words(m));
  const out = members.map((text, i): Entity => {
    const area = things ? undefined : vocab.areasNamed(text)[0];
    const named = vocab.noticesNamed(text);
    // the words no other member uses ("爱国卫生", not "实施方案") tell this one apart
    const own = words[i]!.filter((w) => !words.some((o, j) => j !== i && o.includes(w)) && !vocab.unseen(w));
    const forms = area ? [area] : !vocab.unseen(text) ? [text] : own.length ? [mostSpecific(vocab, own)] : [];
    const notice = area ? vocab.areas.get(area) : named.length === 1 ? named[0] : undefined;
    return { text, forms, notice, ownNotice: !!notice && (!area || asPlans) };
  });
  // a name found in most passages ("静安" in "徐汇区的…和静安一样吗") tells nothing apart
  return out.every((e) => e.forms.length && e.forms.every((f) => vocab.specificity(f) >= MIN_SPECIFICITY)) ? out : [];
}

/** Members that are pieces of one notice's title ("城区功能" + "土地利用十四五规划"): a name with 和 in it, not a list. */
function namesOneNotice(vocab: Vocabulary, members: string[]): boolean {
  const named = vocab.noticesNamed(members.join('和'));
  return named.some((n) => {
    const title = foldWidth(n.carriedTitle ?? n.title);
    return members.slice(0, -1).every((m) => title.includes(m)) && SEPARATOR.test(title);
  });
}

/** log(1 + passages / passages using the word): 1.0 is a word in about three passages of five. */
const MIN_SPECIFICITY = 1;

function mostSpecific(vocab: Vocabulary, words: string[]): string {
  return words.reduce((a, b) => (vocab.specificity(b) > vocab.specificity(a) ? b : a));
}
