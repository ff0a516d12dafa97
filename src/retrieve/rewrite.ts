// Follow-up questions rewritten with the conversation, deterministically: swap the named entity, or add the topic.

import type { ChatMessage } from '../engine/types.js';
import type { Entity, EntityType, Lexicon } from './lexicon.js';
import { chineseNumber, MEASURE_WORDS } from '../core/text.js';

const LEADING = /^(那么|那|还有|另外|此外|再问一下|再问|然后|其中)[，,\s]*/;
const TRAILING = /(呢|吗|呀|啊)?[？?。！!\s]*$/;
const DEICTIC = /这个|这项|这一项|这些|这几个|这几项|该项|该|它|其(?!中|他|余)|^这(?=是|算)/;
/** How the previous question asked, to strip so its topic remains ("…税收增长目标是多少？" → "…税收增长目标"). */
const ASKING_TAIL =
  /[，,]?(请问)?(一般|大概|大约|具体|现在|目前|分别|各自|各|最终|到底)?一?(是|有|要|能|会|定了|定的|达到|到|占|签|为)?(多少|几[个年天家项条次处座幢栋所名位]?|哪些|哪几个|哪几项|哪个|哪家|哪天|哪里|在哪儿?|什么时候|什么|谁|怎么样|怎样|怎么|如何|多大|多长|多久|吗)[^，,]*?[？?。！!\s]*$/;
/** "他原来是干什么的": a person pointed at ("其他", "他人", "他们" point at no one named). */
const PERSON_POINTER = /(?<!其)[他她](?![们人])/;
const PERSON_POINTERS = new RegExp(PERSON_POINTER.source, 'g');
/** Swapped in this order: the most specific kind of name first. */
const SWAP_ORDER: EntityType[] = ['person', 'indicator', 'area', 'notice'];

/** "要是有人举报呢，多久查完？": a supposition put to the previous answer. */
const SUPPOSE = '要是|如果|假如|万一|若是';
const SUPPOSING = new RegExp(`^(那)?(${SUPPOSE})|呢[，,]`);

/** "比南京西路高吗？": a comparison whose first term is the previous question's. */
const COMPARED_TO = /^(那)?(比|跟|和|与)[^，,。？?]{1,12}(比)?(高|低|多|少|大|小|快|慢|早|晚|一样|相比)/;

/** What a question that only names a place says besides the place: pointing and asking words. */
const ONLY_ASKING = /功能区|那边|这边|那里|这里|定的|定了|定得|目标|是|有|要|多少|几|呢|吗|的|[？?。！!\s，,]/g;

/**
 * "既然已经提前达标了，…": a question that opens on what the previous answer said goes on from it; one that opens with
 * an example ("比如到2023年电竞企业要到多少家？") is an instance of the previous question.
 */
const GOING_ON = /^(那)?(既然|照这么说|这么说的话|这么说来|这样的话|那样的话|比如|例如|譬如|比方说)/;

/** A question opening with its verb or a modal has left its subject in the previous turn. */
const SUBJECTLESS = /^(会|要|能|还会|还要|还能|是否|需要|该)/;

function isFollowUp(question: string, own: Entity[]): boolean {
  // "另外听说有个社区“宝宝屋”…建了几家了？": "另外" turns to a new thing, which the quotation marks name
  if (/^(另外|此外|还有)/.test(question) && /[“"「][^”"」]{2,10}[”"」]/.test(question)) return false;
  if (LEADING.test(question) || /呢[？?。！!\s]*$/.test(question) || DEICTIC.test(question)) return true;
  if (PERSON_POINTER.test(question) || GOING_ON.test(question)) return true;
  if (COMPARED_TO.test(question)) return true;
  // "苏河湾那边定的多少？": an area and nothing else but the asking — what is asked is the previous question's
  const area = own.length === 1 && own[0]!.type === 'area' ? own[0]! : undefined;
  if (area && !question.replace(area.surface, '').replace(ONLY_ASKING, '')) return true;
  if (SUPPOSING.test(question) && !own.some((e) => e.type === 'notice' || e.type === 'area')) return true;
  // a short question that names no notice, place or person cannot stand on its own, nor one without a subject
  // ("会把哪些老建筑改成文化地标？")
  const named = own.some((e) => e.type !== 'indicator');
  return !named && (question.replace(/[？?。！!\s]/g, '').length <= 12 || SUBJECTLESS.test(question));
}

/** "…新增多少家上市公司？": the amount asked for, with the thing counted after it. */
const COUNTED = /(?<!哪)(是|有|要|能|会|达到|到)?(多少|几)[个年天家项条次处座幢栋所名位]?(?=[\p{Script=Han}]{2,}[？?。！!\s]*$)/u;

/** The previous question minus its asking tail: what it was about. */
export function topicOf(asked: string): string {
  // "…公司地址在哪？电话多少？": a question in parts is about what its first part names
  const question = asked.replace(/^([^？?]{2,}[？?])[^？?]+[？?]?$/, '$1');
  // the thing counted stays ("新增多少家上市公司" → "新增上市公司"); elsewhere the whole tail goes
  const counted = COUNTED.exec(question);
  if (counted) return question.replace(COUNTED, '').replace(/[？?。！!\s]+$/, '');
  const t = question.replace(ASKING_TAIL, '').replace(/[，,、？?。！!\s]+$/, '');
  return t.length >= 2 ? t : question.replace(/[？?。！!\s]+$/, '');
}

function swapEntity(question: string, prev: string, own: Entity[], lex: Lexicon): string | null {
  for (const type of SWAP_ORDER) {
    const mine = own.find((e) => e.type === type);
    if (!mine) continue;
    const theirs = lex.find(prev, type).find((e) => e.key !== mine.key);
    if (!theirs) continue;
    // an area's everyday form (南西) is written out (南京西路) so the rewritten question reads like the source
    const name = type === 'area' ? mine.key : mine.surface;
    const swapped = prev.slice(0, theirs.start) + name + prev.slice(theirs.start + theirs.surface.length);
    // whatever else the follow-up says ("那大宁的呢" says nothing more; "大宁的绿地呢" does) is kept after it
    // "那市北功能区呢" says nothing more than 市北; "那市北呢？它的日均客流…" asks on, its 它 being the one named now
    const rest = question.replace(LEADING, '').replace(TRAILING, '').replace(mine.surface, '')
      .replace(/^(功能区|地区|区域|片区|那边|这边)?的?/, '').replace(/^呢[？?，,。\s]*/, '')
      .replace(/它们?(的)?/, (_, de: string | undefined) => `${name}${de ?? ''}`);
    // "苏河湾那边定的多少": only asking again what the previous question asked
    return rest.replace(ONLY_ASKING, '').length >= 1 && rest.length >= 2 ? `${swapped.replace(TRAILING, '')}，${rest}？` : swapped;
  }
  return null;
}

const ASKING_AMOUNT = new RegExp(`多少|几[${MEASURE_WORDS}]?`, 'g');

/**
 * Where the thing named starts in a phrase read across the asking words ("新建几处基础教育设施"): after them, so they
 * stay and only the thing is swapped ("新建几处医疗卫生和养老设施").
 */
function afterAsking(phrase: string): number {
  const asking = [...phrase.matchAll(ASKING_AMOUNT)].at(-1);
  return asking ? asking.index! + asking[0].length : 0;
}

/** Words that make a follow-up a question of its own rather than a thing put in place of another. */
const ASKS = /多少|几|哪|什么|谁|怎么|如何|是否|能否|可以|吗|么/;

/**
 * "医疗卫生和养老设施呢？" after a question about one indicator: the thing named takes the indicator's place,
 * even when it is not an indicator's exact name (the table says "新增医疗卫生、养老设施").
 */
function swapIndicator(question: string, prev: string, lex: Lexicon): string | null {
  // "那体育健身组织呢？要多少个？": the "X呢" clause swaps, the clause after it asks
  const then = /^([^？?，,。]{2,20}呢)[？?，,]\s*([^？?，,。]{2,16})[？?。！!\s]*$/.exec(question);
  if (then && ASKS.test(then[2]!)) {
    const swapped = swapIndicator(`${then[1]}？`, prev, lex);
    if (swapped) return `${swapped.replace(TRAILING, '')}，${then[2]}？`;
    // no indicator of the previous question to put it in place of: asked of the notice or area the previous names
    const where = placeAsked(prev, lex);
    const thing = then[1]!.replace(LEADING, '').replace(TRAILING, '');
    return where ? `${where.surface}${thing}${then[2]}？` : null;
  }
  if (!/呢[？?。！!\s]*$/.test(question)) return null;
  const body = question.replace(LEADING, '').replace(TRAILING, '');
  if (body.length < 2 || DEICTIC.test(body) || ASKS.test(body)) return null;
  const theirs = lex.find(prev, 'indicator')[0];
  if (!theirs) return askedOfPlace(body, prev, lex);
  const start = theirs.start + afterAsking(theirs.surface);
  return prev.slice(0, start) + body + prev.slice(theirs.start + theirs.surface.length);
}

/**
 * "那每万人体育健身组织数量呢？" after a question that named its indicator in words of its own ("每千人社会体育指导员",
 * the table says 每千人拥有…): an indicator named now is asked of the previous question's notice or area, the way
 * the previous question asked ("…的目标是多少？").
 */
function askedOfPlace(body: string, prev: string, lex: Lexicon): string | null {
  if (!lex.find(body, 'indicator').length) return null;
  const where = placeAsked(prev, lex);
  const topic = topicOf(prev);
  const tail = prev.slice(topic.length).replace(/^[，,]/, '');
  // the head the previous question asked for ("…的目标") goes with the new indicator
  const head = /的?(目标|指标|标准|要求)$/.exec(topic)?.[0] ?? '';
  return where && ASKS.test(tail) ? `${where.surface}${body}${head}${tail}` : null;
}

/** A tier of an organisation or a plan: "区一级", "街镇级", "住宅小区一级". */
const LEVEL = /(区|市|街道|街镇|镇|居民区|社区|住宅小区|小区|楼组|园区|功能区|国家|全区|全市)一?级(?!别)/;

/**
 * "那区一级的会由谁召集？" after "…住宅小区一级的物业联席会议是谁牵头？": the tier named now takes the place of the
 * previous question's, and whatever else the follow-up asks is kept after it.
 */
function swapLevel(question: string, prev: string): string | null {
  const mine = LEVEL.exec(question);
  const theirs = LEVEL.exec(prev);
  if (!mine || !theirs || mine[1] === theirs[1]) return null;
  const swapped = `${prev.slice(0, theirs.index)}${mine[0]}${prev.slice(theirs.index + theirs[0].length)}`.replace(TRAILING, '');
  const rest = question.slice(mine.index + mine[0].length).replace(TRAILING, '').replace(/^的?(会|会议)?/, '');
  return ASKS.test(rest) ? `${swapped}，${rest}？` : `${swapped}？`;
}

/** "…这条呢": the item pointed at, the pointing word left off. */
const ITEM_POINTER = /([这那]一?[条项个点]|[这那]条措施|[这那]项任务)$/;

/**
 * "鼓励高端研发环节落地这条呢" after "“促进公立医院科研成果转化”是哪些部门负责？": the item named takes the place of the
 * one the previous question quoted.
 */
function swapQuoted(question: string, prev: string): string | null {
  if (!/呢[？?。！!\s]*$/.test(question)) return null;
  const body = question.replace(LEADING, '').replace(TRAILING, '').replace(ITEM_POINTER, '').replace(/[“”"]/g, '');
  const quoted = /[“"]([^“”"]{2,40})[”"]/.exec(prev);
  if (body.length < 2 || ASKS.test(body) || DEICTIC.test(body)) return null;
  // "…每个街镇配1个家庭科学育儿指导站，这项谁牵头？" quotes nothing: the item named is asked what the last clause asks
  if (!quoted) return ITEM_POINTER.test(question.replace(TRAILING, '')) ? askedOf(body, prev) : null;
  return prev.slice(0, quoted.index + 1) + body + prev.slice(quoted.index + 1 + quoted[1]!.length);
}

/** The item put to the previous question's last clause, its pointing word dropped ("这项谁牵头" → "谁牵头"). */
function askedOf(item: string, prev: string): string | null {
  const clauses = prev.replace(/[？?。！!\s]+$/, '').split(/[，,]/);
  const last = clauses.at(-1)!.replace(DEICTIC, '').replace(/^(的|是)/, '');
  return clauses.length >= 2 && ASKS.test(last) ? `${item}${last}？` : null;
}

/**
 * "电竞的呢" after "…累计引进影视文化企业的目标是多少？": the one indicator whose name holds the word (累计引进电竞企业数)
 * shares its head and tail with the previous question's phrase; the word takes the place of what lies between.
 */
function swapModifier(question: string, prev: string, lex: Lexicon): string | null {
  if (!/呢[？?。！!\s]*$/.test(question)) return null;
  const word = question.replace(LEADING, '').replace(TRAILING, '').replace(/的$/, '');
  if (word.length < 2 || ASKS.test(word) || DEICTIC.test(word) || prev.includes(word)) return null;
  const names = new Set(lex.indicatorNames().filter((n) => n.includes(word)));
  const rewrites = new Set([...names].map((name) => modifierSwapped(name, word, prev)).filter((r): r is string => !!r));
  return rewrites.size === 1 ? [...rewrites][0]! : null;
}

/** The previous question with the word between the indicator name's head and tail, when prev has both around a gap. */
function modifierSwapped(name: string, word: string, prev: string): string | null {
  const head = longestIn(name.slice(0, name.indexOf(word)), prev, 'end');
  const tail = longestIn(name.slice(name.indexOf(word) + word.length), prev, 'start');
  if (!head || !tail) return null;
  const from = prev.indexOf(head);
  const to = prev.indexOf(tail, from + head.length);
  if (to < 0 || to - from - head.length > 12) return null;
  return `${prev.slice(0, from + head.length)}${word}${prev.slice(to)}`;
}

/** The longest end (or start) of `part`, two characters or more, that `text` contains. */
function longestIn(part: string, text: string, side: 'start' | 'end'): string | null {
  for (let len = part.length; len >= 2; len--) {
    const piece = side === 'end' ? part.slice(part.length - len) : part.slice(0, len);
    if (text.includes(piece)) return piece;
  }
  return null;
}

/** Where a noun phrase starts when read back from its end: after these, or at a clause's start. */
const PHRASE_START = /(静安区?|期间|以来|里|中|的|在|对|和|、|，|,|年)$/;

/**
 * "文化创意产业呢？" after "十三五期间静安商贸服务业交了多少税？": the thing named takes the place of the phrase of the
 * previous question that ends the same way (…业), so the rest of that question is asked of it.
 */
function swapSameHead(question: string, prev: string): string | null {
  if (!/呢[？?。！!\s]*$/.test(question)) return null;
  const body = question.replace(LEADING, '').replace(TRAILING, '');
  if (body.length < 3 || ASKS.test(body) || DEICTIC.test(body)) return null;
  const head = body.slice(-1);
  for (let end = prev.length; end > 0; end--) {
    if (prev[end - 1] !== head) continue;
    let start = end - 1;
    while (start > 0 && end - start < 10 && !PHRASE_START.test(prev.slice(0, start)) && /\p{Script=Han}/u.test(prev[start - 1]!)) start--;
    const from = start + afterAsking(prev.slice(start, end));
    const phrase = prev.slice(from, end);
    if (phrase.length >= 3 && phrase !== body) return prev.slice(0, from) + body + prev.slice(end);
  }
  return null;
}

/** Where the thing asked about starts in the previous question: after the last of these before the shared tail. */
const THING_START = /.*(对|关于|里|中|在|，|,|、)/;

/**
 * "那体育健身组织的数量有什么要求？" after "全民健身计划对社会体育指导员的数量有什么要求？": the two end the same way, so
 * the thing named now takes the place of the thing before that ending, and the rest of the previous question stays.
 */
function swapSharedTail(question: string, prev: string): string | null {
  const body = question.replace(LEADING, '').replace(/[？?。！!\s]+$/, '');
  const before = prev.replace(/[？?。！!\s]+$/, '');
  let n = 0;
  while (n < body.length && n < before.length && body[body.length - 1 - n] === before[before.length - 1 - n]) n++;
  const head = body.slice(0, body.length - n);
  // the shared ending asks ("的数量有什么要求"); the head names one thing, not a question of its own
  if (n < 4 || !ASKS.test(body.slice(-n)) || head.length < 2 || ASKS.test(head) || DEICTIC.test(head)) return null;
  const rest = before.slice(0, before.length - n);
  const start = THING_START.exec(rest)?.[0].length ?? 0;
  if (rest.length - start < 2 || start === 0) return null;
  return `${rest.slice(0, start)}${head}${before.slice(before.length - n)}？`;
}

function addTopic(question: string, prev: string): string {
  // "那要是我长期不在那住呢" after "…要是房租拖欠了会怎么样": a new supposition in place of the old one, about the same thing
  const whole = topicOf(prev);
  const before = SUPPOSING.test(question) ? whole.replace(new RegExp(`[，,]?(${SUPPOSE}).*$`), '') : whole;
  const topic = before.length >= 2 ? before : whole;
  const body = question.replace(LEADING, '');
  const deictic = DEICTIC.exec(body);
  if (deictic) return body.slice(0, deictic.index) + topic + body.slice(deictic.index + deictic[0].length);
  return `${topic}，${body}`;
}

/** "最后那个", "第二项": an item of the list the answer before gave, by its place. */
const ORDINAL = /^(那)?(最后|第([一二三四五六七八九十]|\d+))(那|一)?[个项条点位家]/;

/**
 * "最后那个，目标是多少？" after an answer listing "A、B、C": the item pointed at by its place, put in place of the
 * pointer; null when the question points at no item or the answer before lists none.
 */
function itemPointedAt(q: string, after: ChatMessage[]): string | null {
  const m = ORDINAL.exec(q);
  const answer = after.find((t) => t.role === 'assistant')?.content;
  if (!m || !answer) return null;
  const items = listIn(answer);
  const n = m[2] === '最后' ? items.length : chineseNumber(m[3]!);
  const item = items[n - 1];
  return item ? `${item}${q.slice(m[0].length).replace(/^[，,\s]+/, '，')}` : null;
}

/** The longest run of things listed with 、 (or ；) in one sentence of an answer, markers and brackets dropped. */
function listIn(answer: string): string[] {
  const runs = answer.replace(/\[\d+\]/g, '').split(/[。\n]/).map((s) => s.replace(/^.*[：:]/, ''))
    .map((s) => s.split(/[、；;]/).map((x) => x.replace(/^(和|及|以及)/, '').replace(/[（(][^）)]*[）)]$/, '').trim()))
    .filter((items) => items.length >= 2 && items.every((x) => x.length >= 2 && x.length <= 30));
  return runs.sort((a, b) => b.length - a.length)[0] ?? [];
}

/** The notice or area a previous question asked of ("中期评估里…", "大宁…"): the first it names, if any. */
function placeAsked(prev: string, lex: Lexicon): Entity | undefined {
  return [...lex.find(prev, 'notice'), ...lex.find(prev, 'area')].sort((a, b) => a.start - b.start)[0];
}

/**
 * Rewrites a follow-up into a question that stands alone, using the last user turn (itself rewritten first, so
 * chains of follow-ups keep their subject). A question that already stands alone is returned unchanged.
 */
export function rewriteFollowUp(question: string, history: ChatMessage[] | undefined, lex: Lexicon): string {
  const q = question.trim();
  const turns = history ?? [];
  let idx = -1;
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.role === 'user') { idx = i; break; }
  if (idx < 0) return q;
  const listed = itemPointedAt(q, turns.slice(idx + 1));
  // the item is asked of the notice the previous question named ("中期评估的年国际演出展览场次")
  if (listed) {
    const where = placeAsked(rewriteFollowUp(turns[idx]!.content, turns.slice(0, idx), lex), lex);
    return where ? `${where.surface}的${listed}` : listed;
  }
  const own = lex.findAll(q);
  if (!isFollowUp(q, own)) return q;
  const prev = rewriteFollowUp(turns[idx]!.content, turns.slice(0, idx), lex);
  // "他原来的职务免掉了吗" after "孙中峰这次任命的是什么职务": 他 is the person the previous question named
  const person = lex.find(prev, 'person')[0];
  if (person && !own.some((e) => e.type === 'person') && PERSON_POINTER.test(q)) {
    return q.replace(PERSON_POINTERS, person.surface);
  }
  // a comparison keeps both terms: the previous question's and the one named now
  if (COMPARED_TO.test(q)) return addTopic(q, prev);
  return swapEntity(q, prev, own, lex) ?? swapLevel(q, prev) ?? swapQuoted(q, prev) ?? swapIndicator(q, prev, lex) ?? swapModifier(q, prev, lex)
    ?? swapSameHead(q, prev) ?? swapSharedTail(q, prev) ?? addTopic(q, prev);
}
