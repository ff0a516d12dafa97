// Personnel: name ↔ post, 任命 vs 免去, from the personnel records.

import { longestEnding } from '../core/text.js';
import type { Notice, TableRecord } from '../ingest/types.js';
import type { AnswerContext } from './context.js';
import type { Draft } from './draft.js';
import { recordChunkOf, recordEvidence } from './evidence.js';
import { weightedCoverage, type Vocabulary } from './vocabulary.js';
import { deputyOnly, evidenceChecks, headPostsAsked } from './checks.js';

interface Candidate { record: TableRecord; notice: Notice; fit: number }

function allPersonnel(ctx: AnswerContext): Candidate[] {
  const out: Candidate[] = [];
  for (const notice of ctx.lookup.corpus.notices) {
    for (const record of notice.tables) {
      if (record.kind !== 'personnel') continue;
      out.push({ record, notice, fit: 0 });
    }
  }
  return out;
}

/** Which action the question asks about, if it says. */
function actionAsked(q: string): '任命' | '免去' | null {
  // "是不是换人了？新主任是谁？", "现在是谁 原来那个呢": the change is asked, both sides of it answer
  if (/换人|换了|换成|换谁|换[^，,。？?\s]{1,8}(了|吗|没)|变动|调整|有变化|人事变化/.test(q) || (NOW_POST.test(q) && /原来|原先|之前|以前|前任/.test(q))) return null;
  // "原来的主任呢？": who held the post before, i.e. whom the list removes from it
  if (/免去|免职|卸任|不再担任|被免|原来的|原先的|原来那|原先那|原任|前任|之前的|之前那|以前那/.test(q)) return '免去';
  // "新主任是谁": whom the list appoints; one it only removes from the post leaves the question open
  if (/任命|新任|被任|担任|接任|新的?[^，,。？?\s]{0,10}(长|主任|书记|主席|经理|委员)/.test(q)) return '任命';
  return null;
}

/** A street office's or a town's name in a question ("大宁路街道", "彭浦镇"); the word cut alone says 大宁 only. */
const PLACE = /([\u4e00-\u9fa5]{2,4}?(?:路|镇))(?=街道|办事处|人民政府|的)/g;

/**
 * The place a match names: its longest ending some post names, else its last three characters. The match starts too
 * early after a word of the asking ("新任命的南京西路街道" matches "的南京西路"), and no post names "的南京西路".
 */
function placeName(match: string, all: Candidate[]): string {
  return longestEnding(match, 3, (place) => all.some((c) => (c.record.cells['职务'] ?? '').includes(place))) ?? match.slice(-3);
}

/** A word naming a body ("教育局", "经济委员会", "静工集团"), not a post in one ("局长", "主任"). */
const BODY = /^\p{Script=Han}{1,10}(局|委|委员会|办|办公室|中心|集团|公司|街道|法院|检察院)$/u;

/** The other side of a change: who was removed from the post someone got, or who got the post someone left. */
function counterparts(all: Candidate[], picked: Candidate[]): Candidate[] {
  const posts = new Set(picked.map((c) => `${c.record.cells['类型']}|${c.record.cells['职务']}`));
  return all.filter((c) => !picked.includes(c) && posts.has(`${c.record.cells['类型'] === '任命' ? '免去' : '任命'}|${c.record.cells['职务']}`));
}

/** People of the personnel lists a question names. */
export function personsIn(vocab: Vocabulary, question: string): string[] {
  return [...vocab.persons].filter((p) => question.includes(p));
}

const personsNamed = (ctx: AnswerContext) => personsIn(ctx.vocab, ctx.question);

function choose(ctx: AnswerContext): Candidate[] {
  const all = allPersonnel(ctx);
  const names = personsNamed(ctx);
  if (names.length) {
    const own = all.filter((c) => names.includes(c.record.cells['姓名']!));
    return [...own, ...counterparts(all, own)];
  }
  // a follow-up's own words ("原来的主任呢？") say the action before the question it was rewritten into
  const action = actionAsked(ctx.original) ?? actionAsked(ctx.question);
  const subject = ctx.qwords.filter((w) => !/^(任命|免去|免职|职务|担任|新任|被任|前任|原任|现任|接任|上来|调整|变动|换人|谁|人|哪位|任免|事项|干部|这批|名单)$/.test(w));
  const byNote = withNote(all, subject, ctx);
  if (byNote.length) return byNote;
  // retrieval reads abbreviations the post's wording lacks ("区经委" for 经济委员会): its top rows count too
  const rankOf = (c: Candidate) => ctx.hits.slice(0, 3).findIndex((h) => h.chunk.recordId === c.record.id);
  const cover = new Map(all.map((c) => [c, weightedCoverage(ctx.vocab, subject, c.record.cells['职务'] ?? '')]));
  for (const c of all) {
    const rank = rankOf(c);
    c.fit = cover.get(c)! + (rank >= 0 ? 0.3 / (rank + 1) : 0);
  }
  // a street or town the question names must be the post's: "大宁路街道办事处的新主任" is not 江宁路's
  const places = [...ctx.question.matchAll(PLACE)].map((m) => placeName(m[1]!, all));
  // the head's post asked ("主任", not "副主任"): a row naming only the deputy's does not hold it
  const heads = headPostsAsked(ctx.question);
  const pool = all.filter((c) => (!action || c.record.cells['类型'] === action)
    && places.every((p) => (c.record.cells['职务'] ?? '').includes(p)) && holdsBodies(ctx, subject, c.record)
    && !deputyOnly(ctx.question, c.record.cells['职务'] ?? '', heads))
    .sort((a, b) => b.fit - a.fit);
  const best = pool[0]?.fit ?? 0;
  if (best < 0.6) return [];
  // the rank bonus breaks ties of wording, it does not hide rows that name the post as fully ("…办事处主任", "…副主任")
  const fullest = Math.max(...pool.map((c) => cover.get(c)!));
  const picked = pool.filter((c) => c.fit >= best * 0.95 || (fullest >= 0.6 && cover.get(c)! >= fullest)).slice(0, 4);
  // the other side of the change comes too ("天目西路街道呢？" after "…这次任命的是谁": 胡慧芬, replacing 董启蒙)
  const both = [...picked, ...counterparts(all, picked)].slice(0, 6);
  // the side asked first ("原来的主任呢": whom the list removes); else who holds the post now, then whom they replace
  const later = (c: Candidate) => Number(c.record.cells['类型'] !== (action ?? '任命'));
  return both.sort((a, b) => later(a) - later(b));
}

/** A body the question names must be the post's: "教育局局长" is no 规划和自然资源局's 副局长, though both are 局长. */
function holdsBodies(ctx: AnswerContext, words: string[], record: TableRecord): boolean {
  return words.filter((w) => BODY.test(w)).every((w) => ctx.vocab.says(record.cells['职务'] ?? '', w));
}

/**
 * A personnel row that fills no post the question names by its body ("教育局局长" against 粮食和物资储备局局长), or
 * records the other side of a change ("大宁路街道办事处的新主任是谁" against the row removing the old one).
 */
export function otherBodysRow(ctx: AnswerContext, record: TableRecord): boolean {
  if (record.kind !== 'personnel') return false;
  const action = actionAsked(ctx.original) ?? actionAsked(ctx.question);
  return !holdsBodies(ctx, ctx.qwords, record) || (action !== null && record.cells['类型'] !== action);
}

/** "哪几位是挂职的？", "哪些人有试用期？": everyone whose note (备注) says what is asked, in list order. */
function withNote(all: Candidate[], subject: string[], ctx: AnswerContext): Candidate[] {
  const noted = (c: Candidate) => c.record.cells['备注'] ?? '';
  // a year or number in the question dates the question ("2022年上半年"), it does not name a note
  const hits = subject.filter((w) => /\p{Script=Han}/u.test(w) && all.some((c) => ctx.vocab.says(noted(c), w)));
  if (!hits.length) return [];
  // the note word must be the point: "挂职" in "挂职期" or "试用期", not a post
  return all.filter((c) => hits.every((w) => ctx.vocab.says(noted(c), w))).slice(0, 12);
}

/**
 * "沈虹当经委主任之前是干什么的？", "曲直是从哪个单位派来挂职的": a named person's former post or where they came from,
 * which only a 免去 row of theirs records.
 */
const FORMER_POST = /(之前|以前|原来|原先|此前|过去)[，,]?[^，,。？?]{0,4}(是|干|做|担任|任|在)|从哪[个里儿]?[^，,。？?]{0,6}(派|调|来)/;
/** "原来是…吧？现在调去哪了？": the post now is asked too, so both rows answer. */
const MOVED = '调去|调到|调往|去哪|新职务|新岗位';
const NOW_POST = new RegExp(`现在|如今|目前|现任|${MOVED}|新任|这次|这回`);
/** "后来调到哪个单位了", "离任后去了哪里": where a person went, which only a 任命 row of theirs records. */
const LATER_POST = new RegExp(`后来|之后|随后|调任|去了哪|新的职务|新的岗位|${MOVED}`);

/**
 * "新任…主任余文君之前担任什么职务": the words before a name in its clause describe the person; what is asked is the
 * rest ("现在谁当主任？孙中峰之前…" asks of now in a clause of its own).
 */
function withoutDescriptions(question: string, names: string[]): string {
  let q = question;
  for (const n of names) {
    const at = q.indexOf(n);
    if (at < 0) continue;
    const start = q.slice(0, at).search(/[^，,。？?；;！!]*$/);
    q = q.slice(0, start) + q.slice(at + n.length);
  }
  return q;
}

/**
 * Which side of a named person's change alone is asked: the post they left (免去) or the one they went to (任命);
 * null when both or neither. "王颉鸣后来调到哪个单位了" asks a post the list records only if it appoints him.
 */
function sideAsked(question: string, named: string[]): '任命' | '免去' | null {
  const rest = withoutDescriptions(question, named);
  const now = NOW_POST.test(rest) || LATER_POST.test(rest);
  if (FORMER_POST.test(question)) return now ? null : '免去';
  return LATER_POST.test(rest) ? '任命' : null;
}

export function composePersonnel(ctx: AnswerContext, draft: Draft): boolean {
  let picks = choose(ctx);
  if (!picks.length) return false;
  const named = personsNamed(ctx);
  const asked = named.length ? sideAsked(ctx.question, named) : null;
  if (asked) {
    const own = picks.filter((c) => named.includes(c.record.cells['姓名']!) && c.record.cells['类型'] === asked);
    // the list says what they were appointed to, not what they did before (or the reverse): nothing here answers
    if (!own.length) {
      draft.reasons = [`no ${asked} row for ${named.join('、')}: the ${asked === '免去' ? 'former' : 'new'} post is not recorded`];
      draft.support = 0;
      draft.settled = true;
      return true;
    }
    if (asked === '免去') picks = own;
  }
  for (const c of picks) {
    const cells = c.record.cells;
    const n = draft.cite(recordEvidence(ctx.lookup, recordChunkOf(ctx.hits, c.notice, c.record), c.notice, c.record));
    const verb = cells['类型'] === '免去' ? '免去' : '任命为';
    const note = cells['备注'] ? `（${cells['备注'].replace(/。$/, '')}）` : '';
    draft.say(`${cells['姓名']}：${verb}${cells['职务']}${note}。`, n);
  }
  draft.close(`以上见《${picks[0]!.notice.title}》。`);
  // the list gives names and posts: "郜杰的联系电话是多少" is not answered by his row; "几个副主任" is, by the rows listed
  const rows = picks.map((c) => Object.values(c.record.cells).join(' ')).join(' ');
  const said = `${rows} ${picks.length}人 ${picks.length}个 ${picks.length}位 ${picks.length}名`;
  // the list's title dates it ("二○二一年十至十二月份"): "2021年底…换人了吗" is asked of this list
  const checks = evidenceChecks(ctx, `${picks[0]!.notice.title} ${said}`, said);
  draft.reasons = checks.reasons;
  draft.support = checks.factor;
  return true;
}
