// Corpus vocabulary for recognising what a question names: notices, plan areas, people, indicators.

import type { Chunk } from '../engine/types.js';
import type { Alias } from '../ingest/types.js';
import { matchKey } from '../core/text.js';

export type EntityType = 'notice' | 'area' | 'person' | 'indicator';

export interface Entity {
  type: EntityType;
  /** the words as written in the text */
  surface: string;
  /** canonical value: notice id, area name, person name, indicator name */
  key: string;
  start: number;
}

interface Entry {
  type: EntityType;
  surface: string;
  key: string;
}

export interface Lexicon {
  /** entities of one type in the text, longest names first, never overlapping one another */
  find(text: string, type: EntityType): Entity[];
  /** all entity types at once */
  findAll(text: string): Entity[];
  /** notice ids an area's plan belongs to */
  areaNotices(area: string): string[];
  /** the names of the indicators in the tables */
  indicatorNames(): string[];
}

/** Title forms people write: without 《》 and without a trailing （2021版）. */
export function titleKey(title: string): string {
  return matchKey(title.replace(/[《》]/g, '').replace(/[（(]\d{4}版[）)]$/, ''));
}

const AREA_RE = /^(.{2,6}?)功能区/;
const TYPES: EntityType[] = ['notice', 'area', 'person', 'indicator'];

/** A name as written and as people shorten it: without 《》, without the leading 静安区, without the edition. */
function surfaces(name: string): string[] {
  const plain = name.replace(/[《》]/g, '');
  const bare = plain.replace(/^(上海市)?静安区/, '').replace(/[（(]\d{4}版[）)]$/, '');
  return bare !== plain && bare.length >= 4 ? [plain, bare] : [plain];
}

function noticeEntries(chunks: Chunk[], aliases: Alias[]): Entry[] {
  const out: Entry[] = [];
  const seen = new Map<string, { id: string; keys: Set<string> }>();
  for (const c of chunks) {
    if (seen.has(c.noticeId)) continue;
    const names = [c.noticeTitle, c.shortTitle, c.docNo].filter((x): x is string => !!x);
    seen.set(c.noticeId, { id: c.noticeId, keys: new Set([c.noticeTitle, c.shortTitle].map(titleKey)) });
    for (const n of names) out.push(...surfaces(n).map((surface) => ({ type: 'notice' as const, surface, key: c.noticeId })));
  }
  // an alias names a notice when its full form is the notice's (short) title, or a long part of it
  for (const a of aliases) {
    const full = titleKey(a.full);
    for (const { id, keys } of seen.values()) {
      const hit = [...keys].some((k) => k === full || (full.length >= 8 && k.includes(full)));
      if (hit && a.alias.length >= 2) out.push(...surfaces(a.alias).map((surface) => ({ type: 'notice' as const, surface, key: id })));
    }
  }
  return out;
}

/** The kind of document a title ends with, and the shorter kinds people say for it ("实施方案" → 方案). */
const KIND_END = /(实施方案|行动计划|实施计划|实施意见|政策解读|编制说明|规划|计划|方案|意见|办法|纲要|报告|解读|说明)/;
const SHORTER_KIND: Record<string, string[]> = { 实施方案: ['方案'], 行动计划: ['计划'], 实施计划: ['计划'], 实施意见: ['意见'], 政策解读: ['解读'], 编制说明: ['说明'] };
/** Title words that belong to no notice in particular. */
const GENERIC_PART = /静安|上海|关于|印发|批转|转发|通知|区政府|十四五|高质量|三年|深入|推进|促进|开展|进一步|加快|发展|实施|行动/;

/**
 * Everyday names of a notice: a part of its title that no other title has, followed by its kind of document
 * ("全民健身计划", "爱国卫生方案", "托育行动计划") — how people name the notices, and what a follow-up swaps.
 */
function everydayNames(chunks: Chunk[]): Entry[] {
  const titles = new Map<string, string>();
  for (const c of chunks) if (!titles.has(c.noticeId)) titles.set(c.noticeId, titleKey(c.shortTitle));
  // how many titles hold each part, counted once per title: a part of one title only names that notice
  const holders = new Map<string, number>();
  for (const title of titles.values()) for (const part of partsOf(title)) holders.set(part, (holders.get(part) ?? 0) + 1);
  const out: Entry[] = [];
  for (const [id, title] of titles) {
    const kind = KIND_END.exec(title.replace(/[（(][^）)]*[）)]/g, ''))?.[1];
    if (!kind) continue;
    const head = title.slice(0, title.lastIndexOf(kind));
    for (const part of partsOf(head)) {
      if (holders.get(part) !== 1 || GENERIC_PART.test(part)) continue;
      for (const k of [kind, ...(SHORTER_KIND[kind] ?? [])]) {
        for (const middle of ['', ...middles(head, part)]) out.push({ type: 'notice', surface: `${part}${middle}${k}`, key: id });
      }
    }
  }
  return out;
}

/**
 * "托育三年行动计划" for 托育服务三年行动计划: what stands between a title's own part and its kind, whole or with one
 * two-character word at either end left out, as people say it.
 */
function middles(head: string, part: string): string[] {
  const m = head.slice(head.indexOf(part) + part.length);
  if (m.length < 2 || m.length > 6 || !/^\p{Script=Han}+$/u.test(m)) return [];
  return [...new Set([m, m.slice(2), m.slice(0, -2)].filter((x) => x.length >= 2))];
}

/** The runs of two to four Chinese characters in a text, each once. */
function partsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (let len = 2; len <= 4; len++) {
    for (let i = 0; i + len <= text.length; i++) {
      const part = text.slice(i, i + len);
      if (/^\p{Script=Han}+$/u.test(part)) out.add(part);
    }
  }
  return out;
}

function recordEntries(chunks: Chunk[]): Entry[] {
  const out: Entry[] = [];
  for (const c of chunks) {
    if (!c.cells) continue;
    const name = c.type === 'personnel' ? c.cells['姓名'] : c.type === 'indicator' ? indicatorName(c.cells) : undefined;
    if (name && name.length >= 2) out.push({ type: c.type === 'personnel' ? 'person' : 'indicator', surface: name, key: name });
  }
  return out;
}

/** The indicator's name cell: the column whose name says 指标 (主要指标, 指标名称 …), else 项目. */
function indicatorName(cells: Record<string, string>): string | undefined {
  const col = Object.keys(cells).find((k) => /指标/.test(k) && !/属性|类型/.test(k)) ?? (cells['项目'] ? '项目' : undefined);
  return col ? cells[col]?.trim() : undefined;
}

function areaEntries(chunks: Chunk[], aliases: Alias[]): { entries: Entry[]; notices: Map<string, string[]> } {
  const notices = new Map<string, string[]>();
  for (const c of chunks) {
    const m = AREA_RE.exec(c.shortTitle);
    if (!m) continue;
    const list = notices.get(m[1]!) ?? [];
    if (!list.includes(c.noticeId)) list.push(c.noticeId);
    notices.set(m[1]!, list);
  }
  const entries: Entry[] = [...notices.keys()].map((a) => ({ type: 'area', surface: a, key: a }));
  // everyday short forms of an area (南西 → 南京西路) come from the alias table
  for (const a of aliases) if (notices.has(a.full)) entries.push({ type: 'area', surface: a.alias, key: a.full });
  return { entries, notices };
}

export function buildLexicon(chunks: Chunk[], aliases: Alias[]): Lexicon {
  const areas = areaEntries(chunks, aliases);
  const byType = new Map<EntityType, Entry[]>();
  for (const e of [...noticeEntries(chunks, aliases), ...everydayNames(chunks), ...areas.entries, ...recordEntries(chunks)]) {
    const list = byType.get(e.type) ?? [];
    if (!list.some((x) => x.surface === e.surface && x.key === e.key)) list.push(e);
    byType.set(e.type, list);
  }
  for (const list of byType.values()) list.sort((a, b) => b.surface.length - a.surface.length || a.surface.localeCompare(b.surface));

  const find = (text: string, type: EntityType): Entity[] => {
    const taken: Array<[number, number]> = [];
    const out: Entity[] = [];
    for (const e of byType.get(type) ?? []) {
      for (let at = text.indexOf(e.surface); at >= 0; at = text.indexOf(e.surface, at + 1)) {
        const end = at + e.surface.length;
        // one name may stand for several notices (a plan and its 编制说明): same span, same surface is allowed
        if (taken.some(([s, t]) => at < t && end > s && !(s === at && t === end))) continue;
        taken.push([at, end]);
        out.push({ ...e, start: at });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  return {
    find,
    findAll: (text) => TYPES.flatMap((t) => find(text, t)),
    areaNotices: (area) => areas.notices.get(area) ?? [],
    indicatorNames: () => (byType.get('indicator') ?? []).map((e) => e.key),
  };
}
