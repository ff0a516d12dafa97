// Corpus vocabulary the answerer recognises in questions: content words and their weights, plan areas, notices, people.

import { chineseNumber, matchKey } from '../core/text.js';
import { findDocNos } from '../ingest/doc-number.js';
import type { Segmenter } from '../index/tokenizer.js';
import type { Corpus, Notice } from '../ingest/types.js';
import { kindSaid } from '../core/kinds.js';

export interface Vocabulary {
  /** area name (大宁, 市北 …) → the plan notice */
  areas: Map<string, Notice>;
  persons: Set<string>;
  /** content words of a question (question words and particles removed, everyday forms expanded) */
  words(q: string): string[];
  /** weight of a word: rarer words say more about what was asked; unseen words weigh most */
  weight(w: string): number;
  /** the forms a word may take in the text (公租房 → 公共租赁住房) */
  forms(w: string): string[];
  /** whether a text says a word in any of its forms */
  says(text: string, w: string): boolean;
  /** the question with everyday forms replaced by the text's own (平米 → 平方米) */
  expand(q: string): string;
  /** how specific a word is: idf, and highest for words the corpus never uses (the point of a question it cannot answer) */
  specificity(w: string): number;
  /** the dictionary's part of speech of a word ("n", "v", "d" …; "x" unknown) */
  tag(w: string): string;
  /** a word that occurs nowhere in the corpus, in any of its forms */
  unseen(w: string): boolean;
  noticesNamed(q: string): Notice[];
  areasNamed(q: string): string[];
  /** documents the notices cite (《上海市全民健身实施计划（2021-2025年）》) but do not hold, named in the question */
  citedNamed(q: string): string[];
}

/**
 * Runs of single characters listed with 、 ("蚊、蝇、鼠、蟑"): each stretch of two to four of them, written whole ("蚊蝇",
 * "蝇鼠蟑") → as listed ("蚊、蝇", "蝇、鼠、蟑").
 */
function singleCharacterLists(all: string): Map<string, string> {
  const out = new Map<string, string>();
  // the characters on either side of each 、 (a list's ends may be parts of longer words: 灭蚊…, 蟑为主)
  for (const m of all.matchAll(/\p{Script=Han}(?:、\p{Script=Han})+/gu)) {
    const chars = m[0].split('、');
    for (let i = 0; i < chars.length; i++) {
      for (let n = 2; n <= 4 && i + n <= chars.length; n++) out.set(chars.slice(i, i + n).join(''), chars.slice(i, i + n).join('、'));
    }
  }
  return out;
}

/** A cited title that names a policy document (not a card, a form or a film: 《上海市居住证》, 《租赁合同》). */
const DOCUMENT_TITLE = /(办法|意见|规划|纲要|计划|方案|条例|细则|导则|通知|决定|建议|指南)([（(][^）)]*[）)])?$/;

/** Titles cited in 《》 that are no notice of the corpus: what the notices were based on or point to. */
function citedTitles(corpus: Corpus): string[] {
  // the notices' own titles in one string: each title cited is looked up once, not against every title in turn
  const own = corpus.notices.flatMap((n) => [n.title, n.carriedTitle ?? '']).filter(Boolean).map(matchKey).join('\n');
  const cited = new Set<string>();
  for (const p of corpus.notices.flatMap((n) => n.paragraphs)) {
    for (const m of p.text.matchAll(/《([^《》\n]{4,80})》/g)) cited.add(matchKey(m[1]!));
  }
  return [...cited].filter((key) => DOCUMENT_TITLE.test(key) && !own.includes(key));
}

/** A staff or trainer preamble ("领导要个数：", "出道题：", "老板让我查查") says why they ask, not what. */
const PREAMBLE = /^[^，,。？?！!：:]{0,10}(题|领导|老板|考考|测验|个数|考一考|来电|来访|来问|咨询)[^，,。？?！!：:]{0,6}[：:]|(领导|老板|上级|上面|单位|同事)(让|叫|要)我(查查?|核对|核实|问问?|了解|看看|找找)(一下)?/g;

export function withoutPreamble(q: string): string {
  return q.replace(PREAMBLE, '');
}

/** How a question is asked, not what it asks about. */
const QUESTION_PHRASES = /请问|听说|比一比|比一下|比比看?|(对比|比较)一下|(?<=^|[，,。；;])结果|(?<![社小园城辖景片校厂营街])区里|最多(?=能|可以|可|几|多少)|最长(?=能|可以|可|几|多久)|是不是|这件事|这事儿?|还要|还会|还能|还有没有|打算|准备|那边|这边|啥时候|什么时候|几时|哪一天|哪天|哪年|几号|几月|咋样|咋办|咋|啥|最后|最终|到底|究竟|这一项|这项|这两个|那两个|(?<!第)[这那]?[两二三四五六七八九十]+[个条项家份类种位所批]|两者|三者|各自|是多少|有多少|多少[个家项条次位名所座栋幢套场种批]?|几[个家项条次位名所座栋幢套场种批年天人处间台辆]|多长|多大|多久|多远|多高|多快|大概|大约|一共|总共|是什么|什么|怎么样|怎么|怎样|如何|哪些|哪个|哪里|哪儿|哪家|哪位|是否|能不能|能否|可不可以|可以|有没有|吗|呢|吧|啊|呀|嘛|一下|知道|告诉我|想问|我想|谁|哪/g;
const STOP = new Set(['的', '了', '是', '在', '整个', '和', '与', '及', '或', '也', '都', '就', '还', '要', '会', '能', '有', '这个', '那个', '我们', '你们', '他们', '现在', '目前', '一个', '那么', '这样', '时候', '规定', '文件', '里面', '里', '中', '自己', '咱们', '那种', '这种', '这些', '那些', '情况', '的话', '需要', '应该', '得', '过', '着', '没', '不', '别', '再', '又', '说', '讲', '提到', '提', '写', '具体', '主要', '有关', '相关', '方面', '定到', '定在', '意思']);

export function createVocabulary(corpus: Corpus, texts: string[], segmenter: Segmenter): Vocabulary {
  const areas = new Map<string, Notice>();
  for (const n of corpus.notices) {
    const m = /^(.{2,6}?)功能区/.exec(n.carriedTitle ?? n.title);
    if (m) areas.set(m[1]!, n);
  }
  const persons = new Set<string>();
  for (const n of corpus.notices) for (const t of n.tables) if (t.kind === 'personnel') persons.add(t.cells['姓名']!);
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(segmenter.cut(t))) df.set(w, (df.get(w) ?? 0) + 1);
  const total = Math.max(1, texts.length);
  const curated = new Map<string, string[]>();
  for (const a of corpus.aliases) if (a.source === 'curated') curated.set(a.alias, [...(curated.get(a.alias) ?? []), a.full]);
  // a word of a full form is also said by its everyday form: "租赁" is in "公租房"
  const shortFor = new Map<string, string[]>();
  for (const [alias, fulls] of curated) {
    for (const w of new Set(fulls.flatMap((f) => segmenter.cut(f)))) if (w.length >= 2) shortFor.set(w, [...(shortFor.get(w) ?? []), alias]);
  }
  const byAlias = aliasIndex(corpus);
  const byTitle = titleIndex(corpus, segmenter);
  // "does the corpus say this anywhere": a scan of the joined texts, remembered per word
  const all = texts.join('\n');
  const cited = citedTitles(corpus);
  const seen = new Map<string, boolean>();
  const occurs = (w: string): boolean => {
    let v = seen.get(w);
    if (v === undefined) {
      v = all.includes(w);
      if (seen.size > 50_000) seen.clear();
      seen.set(w, v);
    }
    return v;
  };
  const tags = new Map<string, string>();
  const tag = (w: string): string => {
    let t = tags.get(w);
    if (t === undefined) {
      t = segmenter.tag?.(w) ?? 'x';
      if (tags.size > 50_000) tags.clear();
      tags.set(w, t);
    }
    return t;
  };
  const roleOf = (w: string): number => (MODIFIER_TAG.test(tag(w)) ? MODIFIER_WEIGHT : 1);
  // "蚊蝇" of "灭蚊蝇鼠蟑" is written "蚊、蝇" in the text ("以灭蚊、蝇、鼠、蟑为主"): a word the text never writes whole
  // may be its characters listed one by one. The lists are collected once: a scan of the whole text per unknown word
  // cost the 100× corpus ~9 ms a question
  const listedRuns = singleCharacterLists(all);
  const listedForm = (w: string): string[] => {
    const listed = listedRuns.get(w);
    return listed && !occurs(w) ? [listed] : [];
  };
  const forms = (w: string): string[] => [w, ...(curated.get(w) ?? []), ...(shortFor.get(w) ?? []), ...digitForm(w), ...listedForm(w)];
  // longest alias first, sorted once: every question is expanded several times
  const longestFirst = [...curated].sort((a, b) => b[0].length - a[0].length);
  const vocab: Vocabulary = {
    areas,
    persons,
    words: (q) => contentWords(segmenter, tag, expand(q, longestFirst), occurs),
    expand: (q) => expand(q, longestFirst),
    // a word the corpus never uses is most often the asker's own phrasing ("上班", "拿到"): it cannot be matched,
    // so it must not outweigh the words that can; named things the corpus lacks are caught by evidenceChecks
    weight: (w) => (vocab.unseen(w) ? 1 : Math.log(1 + total / (1 + (df.get(w) ?? 0)))) * roleOf(w),
    specificity: (w) => Math.log(1 + total / (1 + (vocab.unseen(w) ? 0 : df.get(w) ?? 0))),
    tag,
    forms,
    // "学校" is said by "第三中心小学": the text names things by their kind
    says: (text, w) => forms(w).some((f) => text.includes(f)) || kindSaid(w, text),
    unseen: (w) => !/^\d+$/.test(w) && !forms(w).some(occurs),
    // "大宁、南西、苏河湾": an area named by its everyday form (南西) is named too
    areasNamed: (q) => {
      const e = expand(q, longestFirst);
      // where the area is named, not inside a site's name; a plain search first, as most areas are not named at all
      const at = (a: string) => {
        let i = e.indexOf(a);
        while (i >= 0 && SITE_AFTER.test(e.slice(i + a.length, i + a.length + 4))) i = e.indexOf(a, i + 1);
        return i;
      };
      const named = [...areas.keys()].map((a) => ({ a, i: at(a) })).filter((x) => x.i >= 0);
      return named.sort((x, y) => x.i - y.i).map((x) => x.a);
    },
    noticesNamed: (q) => noticesNamed(corpus, byAlias, byTitle, expand(q, longestFirst)),
    citedNamed: (q) => {
      const key = matchKey(q);
      return cited.filter((t) => key.includes(t));
    },
  };
  return vocab;
}

/** "大宁公园", "大宁路街道": a site or street named after an area, which is no question about the area's plan. */
const SITE_AFTER = /^(公园|路|音乐广场|中心广场|广场|绿地|剧院|小学|中学|幼儿园|医院|体育中心)/;

/**
 * Parts of speech that qualify or place what is asked rather than name it: adjectives and adverbs ("一般", "现成"),
 * pronouns, numerals and measure words, conjunctions, prepositions, places, times. The corpus rarely uses the asker's
 * "一般" or "现成", so by rarity alone they would outweigh the thing asked about.
 */
const MODIFIER_TAG = /^(a|ad|d|r|m|q|c|p|f|t|b|z)$/;

/** A word that qualifies what is asked ("当初", "一般") rather than names it. */
export function isModifier(vocab: Vocabulary, w: string): boolean {
  return MODIFIER_TAG.test(vocab.tag(w));
}

/** A word the dictionary knows as a verb ("提前", "新增"): what is done, not the thing it is done with. */
export function isVerb(vocab: Vocabulary, w: string): boolean {
  return vocab.tag(w) === 'v';
}
/** Their weight against a noun's or a verb's of the same rarity (dev, probe, probe2 and probe3 gain 4 items; plateau 0.4–0.7). */
const MODIFIER_WEIGHT = 0.5;

/** "两居室" is written "2居室": a word with a counting numeral also takes its digit form. */
function digitForm(w: string): string[] {
  const m = /^(.*?)([一二两三四五六七八九])(居室|室|户|人|年|个月|天|套|家|层)(.*)$/.exec(w);
  return m ? [`${m[1]}${chineseNumber(m[2]!)}${m[3]}${m[4]}`] : [];
}

/** Everyday forms are replaced by the text's own before segmenting ("公租房" would otherwise cut to 公/租房). */
function expand(q: string, aliases: Array<[string, string[]]>): string {
  let out = q;
  for (const [alias, fulls] of aliases) {
    const full = fulls[0]!;
    // "区卫健委" with 卫健委 → 区卫生健康委: the 区 the asker already said is the full form's own, not said twice
    const lead = full.startsWith(alias) ? '' : full[0]!;
    if (out.includes(alias) && !out.includes(full)) out = out.split(`${lead}${alias}`).join(full).split(alias).join(full);
  }
  return out;
}

function contentWords(segmenter: Segmenter, tag: (w: string) => string, q: string, occurs: (w: string) => boolean): string[] {
  const cut = joinSingles(regroup(segmenter.cut(withoutPreamble(q).replace(EXAMPLES, '，').replace(QUESTION_PHRASES, '，')), occurs), occurs);
  const words = resegmentUnseen(cut, occurs);
  const out = new Set<string>();
  for (const w of words) {
    // "要建", "要配": HMM joins a modal to its verb; the verb alone is the word ("建设" of "要建设")
    const trimmed = w.trim();
    // "规划里定的": HMM joins a localizer to the verb after it (里定); the verb alone is no word
    const t = MODAL_JOINED.test(trimmed) && tag(trimmed) === 'x' ? trimmed.slice(1)
      : LOCALIZER_JOINED.test(trimmed) && !occurs(trimmed) ? trimmed.slice(1) : trimmed;
    if (t.length < 2 && !/^\d+$/.test(t)) continue;
    // "各要", "都会": HMM joins grammar characters into a word no one asks about
    if (STOP.has(t) || ARTICLE.test(t) || (ONLY_GRAMMAR.test(t) && !occurs(t)) || !/[\p{L}\d]/u.test(t)) continue;
    out.add(t);
  }
  // search mode also emits the parts of a long word; keep a part only when the whole is not there
  return [...out].filter((w) => ![...out].some((o) => o !== w && o.includes(w) && o.length <= 4));
}

/** Words between the asker's examples and their kind ("博物馆、演出场馆这类文化场所"). */
export const KIND_MARKER = '这类|这一类|之类的?|一类的?';

/**
 * "学校幼儿园这类基础教育设施": the asker's examples of a kind; the kind is what the text names (新增基础教育设施), the
 * examples it need not.
 */
const EXAMPLES = new RegExp(`(?<=(?:几|多少)\\p{Script=Han}?|像|比如|例如|的)[\\p{Script=Han}、和及]{2,8}?(?:${KIND_MARKER})(?=\\p{Script=Han}{2,})`, 'u');

const MODAL_JOINED = /^[要会能需应得可该]\p{Script=Han}/u;
const LOCALIZER_JOINED = /^[里中内外]\p{Script=Han}$/u;

/**
 * "营收要达到" cut by HMM into 年营/收要: two unseen words in a row are a mis-cut; the corpus's own words inside them
 * (营收) are read instead, longest first. An unseen word alone is the asker's and stays.
 */
function resegmentUnseen(words: string[], occurs: (w: string) => boolean): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    // search mode emits a long word's parts beside it ("车位", "停车位"): those are one word, not a mis-cut
    const parts = run.some((a) => run.some((b) => a !== b && a.includes(b)));
    const found = run.length >= 2 && !parts ? corpusWordsIn(run.join(''), occurs) : [];
    out.push(...(found.length ? found : run));
    run = [];
  };
  for (const w of words) {
    if (/^\p{Script=Han}{2,}$/u.test(w) && !occurs(w)) { run.push(w); continue; }
    flush();
    out.push(w);
  }
  flush();
  return out;
}

function corpusWordsIn(text: string, occurs: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length - 1;) {
    let len = Math.min(4, text.length - i);
    while (len >= 2 && !(occurs(text.slice(i, i + len)) && !ONLY_GRAMMAR.test(text.slice(i, i + len)))) len--;
    if (len >= 2) { out.push(text.slice(i, i + len)); i += len; } else i++;
  }
  return out;
}

/** "一家人力资源公司", "一个孩子": one of a kind, an article rather than a count. */
const ARTICLE = /^一[个家位名种件次条项所套间]$/;

/** Characters that build the sentence, not a term: "谁/最/多" is no word. */
const GRAMMAR_CHAR = /[前后些最更很太多少高低大小谁哪啥吗呢吧啊的了着过是在和与及或也都就还要会能可有把被给让去来不没别各每这那个几第从向对为以于而并且则]/;
/** A word made only of them ("各要", "都会", which HMM joins) is grammar too. */
const ONLY_GRAMMAR = new RegExp(`^(?:${GRAMMAR_CHAR.source})+$`);

/**
 * "电竞赛事" cut by the dictionary as 电/竞赛/事: a two-character word between two single characters is re-paired
 * when both new pairs are the corpus's own words (电竞, 赛事).
 */
function regroup(words: string[], occurs: (w: string) => boolean): string[] {
  const out = [...words];
  const single = (w: string | undefined) => !!w && w.length === 1 && /\p{Script=Han}/u.test(w) && !GRAMMAR_CHAR.test(w);
  for (let i = 1; i + 1 < out.length; i++) {
    const [a, b, c] = [out[i - 1], out[i]!, out[i + 1]];
    if (!single(a) || b.length !== 2 || !single(c)) continue;
    const left = a + b[0]!;
    const right = b[1]! + c;
    if (occurs(left) && occurs(right)) out.splice(i - 1, 3, left, right);
  }
  return out;
}

/**
 * Characters the dictionary leaves single ("新增入孵企业" → 新增/入/孵/企业) are one word when the corpus writes them
 * together: 入孵 is the text's own term, and a question about it must be matched on it.
 */
function joinSingles(words: string[], occurs: (w: string) => boolean): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => { if (run.length >= 2 && occurs(run)) out.push(run); run = ''; };
  for (const w of words) {
    if (w.length === 1 && /\p{Script=Han}/u.test(w) && !GRAMMAR_CHAR.test(w)) { run += w; continue; }
    flush();
    out.push(w);
  }
  flush();
  return out;
}

function aliasIndex(corpus: Corpus): Array<[string, Notice]> {
  const out: Array<[string, Notice]> = [];
  for (const a of corpus.aliases) {
    if (a.source !== 'definition' || a.alias.length < 3) continue;
    const key = matchKey(a.full);
    const n = corpus.notices.find((x) => matchKey(x.carriedTitle ?? x.title) === key || matchKey(x.title) === key);
    if (n) out.push([a.alias, n]);
  }
  return out;
}

function noticesNamed(corpus: Corpus, byAlias: Array<[string, Notice]>, byTitle: TitleWord[], q: string): Notice[] {
  const found = new Set<Notice>();
  for (const d of findDocNos(q)) {
    const n = corpus.notices.find((x) => x.docNoNorm === d.norm);
    if (n) found.add(n);
  }
  for (const [alias, n] of byAlias) if (q.includes(alias)) found.add(n);
  for (const n of namedByTitle(byTitle, q)) found.add(n);
  return [...found];
}

/** Kinds of document people name a notice by ("全民健身计划", "爱国卫生方案", "公租房办法"); opinions asked for are none. */
const KIND_WORD = /^.{0,6}?(规划|计划|方案|(?<!征求|征询|听取|反馈|提出|提)意见|办法|解读|说明|纲要|报告|通知)/;
/** Title words that say what kind of document it is or whose, not what it is about. */
const GENERIC_TITLE = /^(上海市|静安区|静安|上海|关于|印发|批转|转发|通知|实施|方案|意见|计划|规划|办法|十四五|深入|推进|促进|加快|发展|高质量|开展|创建|共同|行动|工作|三年|年|版|区|政府|区政府|人民政府|政策|解读|编制|说明|纲要|报告|进一步|加强|有关|事项|国民经济|社会)$/;

interface TitleWord { word: string; notices: Notice[] }

/** The words of notice titles that belong to few notices: what people use to name one. */
function titleIndex(corpus: Corpus, segmenter: Segmenter): TitleWord[] {
  const by = new Map<string, Notice[]>();
  for (const n of corpus.notices) {
    const title = `${n.title}${n.carriedTitle ?? ''}`.replace(/[（(][^）)]*[）)]|\d+/g, '');
    for (const w of new Set(segmenter.cut(title))) {
      if (w.length < 2 || GENERIC_TITLE.test(w) || !/\p{Script=Han}/u.test(w)) continue;
      by.set(w, [...(by.get(w) ?? []), n]);
    }
  }
  // a word in many titles (功能区, 公共) names none of them
  return [...by].filter(([, ns]) => ns.length <= 2).map(([word, notices]) => ({ word, notices }));
}

/**
 * A notice is named when a word of its own title is followed by the kind of document it is: "全民健身计划" names
 * 《上海市静安区全民健身实施计划（2021-2025）》; where two notices share the word (the 办法 and its 政策解读),
 * the kind word chooses.
 */
function namedByTitle(index: TitleWord[], q: string): Notice[] {
  const out: Notice[] = [];
  for (const { word, notices } of index) {
    const at = q.indexOf(word);
    if (at < 0) continue;
    const kind = KIND_WORD.exec(q.slice(at + word.length))?.[1];
    if (!kind) continue;
    const byKind = notices.filter((n) => n.kind.includes(kind));
    const byTitle = notices.filter((n) => (n.carriedTitle ?? n.title).includes(kind));
    out.push(...(byKind.length ? byKind : byTitle.length ? byTitle : notices.length === 1 ? notices : []));
  }
  return [...new Set(out)];
}

/** The question's words of at least this weight that a text leaves unsaid: what a passage chosen did not answer. */
export function weightyUnsaid(vocab: Vocabulary, words: string[], text: string, min: number): string[] {
  return words.filter((w) => !vocab.unseen(w) && vocab.weight(w) >= min && !vocab.says(text, w));
}

/** The summed weight of the words a text says: how much of what was left unsaid another passage says. */
export function weightSaid(vocab: Vocabulary, words: string[], text: string): number {
  return words.filter((w) => vocab.says(text, w)).reduce((n, w) => n + vocab.weight(w), 0);
}

/** Weighted share of the words the text contains (in any of their forms); `by` chooses the weighting. */
export function weightedCoverage(vocab: Vocabulary, words: string[], text: string, by: 'weight' | 'specificity' = 'weight'): number {
  let have = 0;
  let all = 0;
  for (const w of words) {
    const weight = by === 'weight' ? vocab.weight(w) : vocab.specificity(w);
    all += weight;
    if (vocab.says(text, w)) have += weight;
    else have += weight * PART_CREDIT * partOf(w, text);
  }
  return all ? have / all : 0;
}

/**
 * Credit for a word the text says only in part ("品牌首店" of 品牌首入店, "办事指南" of 申办指南): the asker's wording
 * of the text's term (dev, probe2: +1 item each, none lost; plateau 0.5–0.7).
 */
const PART_CREDIT = 0.5;

/** Share of a word of three or more characters that the text says: its longest piece found, by length. */
export function partOf(w: string, text: string): number {
  if (w.length < 3 || !/^\p{Script=Han}+$/u.test(w)) return 0;
  for (let len = w.length - 1; len >= 2; len--) {
    for (let i = 0; i + len <= w.length; i++) if (text.includes(w.slice(i, i + len))) return len / w.length;
  }
  return 0;
}
