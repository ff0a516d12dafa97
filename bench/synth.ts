// A synthetic corpus N× the seeds: each copy of each seed file with new notice numbers, area names, numbers and wording.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How a copy differs from its seed file (the layout — headers, numbering, tables, personnel lists — is kept, so
 * ingest, chunking and indexing meet the same structures at N times the volume):
 * - notice numbers: the serial of every 〔year〕N号 becomes N + 97·copy (still 1–4 digits; unique per copy), so
 *   copies are separate notices; the same notice in two seed files stays one notice within a copy, as in the seeds;
 * - place names: the functional areas (大宁, 南京西路, 苏河湾 …) get made-up names per copy, and "静安区" before a
 *   subject gains a made-up sub-area ("静安区梅溪片区公共租赁住房…"), so un-numbered titles differ too;
 *   "二○二一年"-style years in titles move by the copy number;
 * - numbers in the text (targets, amounts, areas, counts) move by a few units; years, dates, list numbering and
 *   notice numbers are left alone so dates and headings still parse;
 * - wording: each copy swaps about half of a list of policy verbs for a synonym throughout, and in long prose lines
 *   the sentences after the first (which may be a run-in heading) are shuffled.
 */
export const SYNTH_METHOD = 'each seed file copied N times with notice serials +97·copy, made-up area and sub-area names, numbers moved by a few units, '
  + 'half the pairs of a policy-verb synonym list swapped per copy and the sentences of long prose lines shuffled after the first';

const AREAS = ['南京西路', '天目西路', '静安寺', '曹家渡', '江宁路', '石门二路', '临汾路', '共和新路', '芷江西路', '宝山路', '苏河湾', '大宁', '市北', '彭浦', '北站'];
const PLACE = '梅兰竹菊松柏桂荷华兴安康新泉桥岭源溪塘园港坊埠锦秀丰茂泰瑞';
const SYNONYMS: Array<[string, string]> = [
  ['推进', '推动'], ['加强', '强化'], ['完善', '健全'], ['提升', '提高'], ['打造', '建设'], ['促进', '带动'],
  ['支持', '扶持'], ['鼓励', '引导'], ['积极', '大力'], ['深化', '深入'], ['优化', '改进'], ['落实', '执行'],
];
const CN_DIGIT = '○一二三四五六七八九';

/** mulberry32: the same copy of the same file is always the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Two place-name characters, different for every (area, copy) pair up to PLACE.length² of them. */
function placeName(area: number, copy: number): string {
  const n = PLACE.length;
  const i = (copy * 37 + area * 101 + 11) % (n * n);
  return PLACE[Math.floor(i / n)]! + PLACE[i % n]!;
}

function fromChineseYear(s: string): number {
  return Number([...s].map((c) => CN_DIGIT.indexOf(c === '〇' ? '○' : c)).join(''));
}

function chineseYear(y: number): string {
  return String(y).split('').map((d) => CN_DIGIT[Number(d)]!).join('');
}

function moveNumbers(line: string, rnd: () => number): string {
  return line.replace(/\d+(?:\.\d+)?/g, (m, at: number) => {
    const before = line.slice(0, at);
    const after = line[at + m.length] ?? '';
    if (/^(19|20)\d{2}$/.test(m) || /[月日号年版]/.test(after) || /[〔【[［(（]\s*$/.test(before)) return m;
    if (/^\s*[（(]?\s*$/.test(before) && /[、．.)）]/.test(after)) return m; // list numbering
    const delta = 1 + Math.floor(rnd() * 3);
    if (m.includes('.')) {
      const [whole, frac] = m.split('.') as [string, string];
      return `${whole}.${(Number(frac) + delta) % 10 ** frac.length}`.padEnd(m.length, '0');
    }
    return String(Number(m) + delta);
  });
}

/** Swaps each synonym pair that `swap` selects; one choice per copy, so a title and its quotations still match. */
function reword(line: string, swap: boolean[], rnd: () => number): string {
  let out = line;
  SYNONYMS.forEach(([a, b], i) => {
    if (swap[i]) out = out.replace(new RegExp(`${a}|${b}`, 'g'), (w) => (w === a ? b : a));
  });
  const sentences = out.trim().match(/[^。；！？]+[。；！？]/g);
  if (!sentences || sentences.length < 3 || sentences.join('') !== out.trim()) return out;
  const [first, ...rest] = sentences;
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return out.slice(0, out.length - out.trimStart().length) + first + rest.join('');
}

export function synthCopy(name: string, text: string, copy: number): string {
  const rnd = prng(hash(name) ^ Math.imul(copy, 2654435761));
  const perCopy = prng(copy);
  const swap = SYNONYMS.map(() => perCopy() < 0.5);
  const sub = `${placeName(AREAS.length, copy)}片区`;
  let t = text.replace(/([〔【[［(（]\s*(?:19|20)\d{2}\s*[〕】\]］)）]\s*第?\s*)(\d{1,4})(\s*号)/g, (_m, pre: string, n: string, post: string) => `${pre}${Number(n) + 97 * copy}${post}`);
  AREAS.forEach((a, i) => (t = t.replaceAll(a, placeName(i, copy))));
  t = t.replace(/静安区(?=\s*[\u4e00-\u9fa5“《])(?!\s*(?:人民政府|政府|委|人大|区))/g, `静安区${sub}`);
  t = t.replace(/([二○〇][○〇一二三四五六七八九]{3})年/g, (_m, y: string) => `${chineseYear(fromChineseYear(y) + copy)}年`);
  return t.split('\n').map((l) => reword(moveNumbers(l, rnd), swap, rnd)).join('\n');
}

/** Writes `copies` variants of every file in seedsDir into outDir; returns the number of files and characters written. */
export function writeSynthCorpus(seedsDir: string, outDir: string, copies: number): { files: number; chars: number } {
  mkdirSync(outDir, { recursive: true });
  const seeds = readdirSync(seedsDir).sort().map((f) => ({ name: f, text: readFileSync(join(seedsDir, f), 'utf8') }));
  let chars = 0;
  for (let k = 1; k <= copies; k++) {
    for (const s of seeds) {
      const text = synthCopy(s.name, s.text, k);
      chars += text.length;
      writeFileSync(join(outDir, `c${String(k).padStart(3, '0')}_${s.name}`), text);
    }
  }
  return { files: copies * seeds.length, chars };
}
