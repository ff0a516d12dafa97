// fast-check generators of seed files in the notices' genre: headers, numbered headings, prose, tables, personnel lists, debris.

import fc from 'fast-check';

const WORDS = ('规划 发展 推进 公共 租赁 住房 申请 条件 功能区 产业 服务 企业 建设 管理 实施 目标 指标 街道 社区 健康 体育 托育 '
  + '人才 数字 经济 绿色 城市 更新 保障 政策 资金 补贴 项目 单位 责任 配合 牵头 大宁 苏河湾 市北 南京西路 彭浦 静安区 '
  + '区政府 委员会 居住证 户籍 家庭 收入 面积 平方米 年度 考核 评估 监督 安全 文化 旅游 商业 金融 科技 创新').split(' ');
const CN = '一二三四五六七八九十';
const TERMINALS = ['。', '。', '。', '；', '！', '？', '：', '', '，'];

const word = fc.constantFrom(...WORDS);
const cn = fc.integer({ min: 1, max: 10 }).map((n) => (n === 10 ? '十' : CN[n - 1]!));
const num = fc.oneof(fc.integer({ min: 0, max: 2030 }).map(String), fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x.toFixed(1)));
const words = (min: number, max: number) => fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: num }), { minLength: min, maxLength: max }).map((w) => w.join(''));

const sentence = fc.tuple(words(1, 10), fc.constantFrom(...TERMINALS)).map(([w, t]) => w + t);
/** A prose line: several sentences, sometimes unterminated (a wrapped PDF line), sometimes very long. */
const prose = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join('')) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 20, maxLength: 60 }).map((s) => s.join('')) },
  { weight: 1, arbitrary: words(30, 120) },
);

const heading = fc.oneof(
  fc.tuple(cn, words(1, 4)).map(([n, w]) => `${n}、${w}`),
  fc.tuple(cn, words(1, 4)).map(([n, w]) => `（${n}）${w}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), words(1, 4)).map(([n, w]) => `${n}．${w}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), words(1, 4)).map(([n, w]) => `（${n}）${w}`),
  fc.tuple(cn, words(1, 3)).map(([n, w]) => `第${n}条  ${w}`),
  fc.tuple(cn).map(([n]) => `第${n}条`),
  fc.tuple(cn, words(1, 3)).map(([n, w]) => `第${n}章 ${w}`),
  fc.tuple(cn, words(1, 3)).map(([n, w]) => `第${n}部分 ${w}`),
  fc.tuple(cn, words(1, 3), sentence).map(([n, w, s]) => `（${n}）${w}。${s}`),
  words(1, 4).map((w) => `## ${w}`),
  words(1, 4).map((w) => `**${w}**`),
  fc.constantFrom('总则', '附则', '附件', '附件1', '附件：'),
);

const meta = fc.oneof(
  fc.tuple(fc.integer({ min: 2015, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.constantFrom('上海市静安区人民政府', '上海市静安区人民政府办公室', '静安区发展和改革委员会'),
  words(1, 3).map((w) => `抄送：${w}`),
  words(1, 3).map((w) => `附件：《${w}》`),
);

const cell = fc.oneof(words(0, 3), num);
const pipeTable = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 4 }), fc.boolean())
  .chain(([cols, rows, sep]) => fc.tuple(fc.array(words(1, 2), { minLength: cols, maxLength: cols }), fc.constant(rows), fc.constant(sep)))
  .map(([head, rows, sep]) => [
    `| ${head.join(' | ')} |`,
    ...(sep ? [`|${head.map(() => '---').join('|')}|`] : []),
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ]);
const tabTable = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }).map((rows) => rows.map((r) => r.join('\t')));
/** 000/001's flattened tables: one tab-led cell per line, a blank line between rows, wrapped cells without the tab. */
const cellPerLine = fc.array(fc.array(fc.tuple(cell, fc.option(words(1, 2), { freq: 4 })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
  .map((rows) => rows.flatMap((r, i) => [...(i ? [''] : []), ...r.flatMap(([c, wrap]) => [`\t${c}`, ...(wrap ? [wrap] : [])])]));
const personnel = fc.tuple(fc.constantFrom('任命', '免去'), fc.array(fc.tuple(fc.constantFrom('王  强', '李  卿', '曲莉莎', '孙中峰', '张三'), words(1, 4), fc.boolean()), { maxLength: 4 }))
  .map(([action, rows]) => [
    `姓  名                           ${action}职务    `,
    ...rows.flatMap(([name, post, wrap]) => (wrap ? [`${name}                  ${post}（挂职）；（挂职期自2021年10`, '月起至2022年10月止。）'] : [`${name}                  ${post}；`])),
  ]);

/** Anything at all on a line, control characters and stray surrogates included. */
const junk = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' '));

const block: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 10, arbitrary: prose.map((p) => [p]) },
  { weight: 6, arbitrary: heading.map((h) => [h]) },
  { weight: 2, arbitrary: meta.map((m) => [m]) },
  { weight: 2, arbitrary: fc.tuple(fc.option(words(2, 5)), fc.oneof(pipeTable, tabTable, cellPerLine)).map(([cap, t]) => [...(cap ? [cap] : []), ...t]) },
  { weight: 1, arbitrary: personnel },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '-', '', '   ', '\t', '\u3000\u3000').map((l) => [l]) },
  { weight: 1, arbitrary: junk.map((j) => [j]) },
);

/** One notice; `k` makes its number and title unique in the file (copies of one notice are merged by design). */
const notice = (k: number) => fc.tuple(
  fc.option(fc.constantFrom('静府发', '静府办发', '静房规'), { freq: 2 }),
  fc.integer({ min: 2015, max: 2026 }),
  words(1, 4),
  fc.constantFrom('关于印发《X规划》的通知', 'X办法', '关于《X办法》的政策解读', 'X人事任免事项', 'X', '关于X的公告'),
  fc.option(meta, { freq: 2 }),
  fc.array(block, { minLength: 0, maxLength: 25 }),
).map(([prefix, year, w, pattern, dateLine, body]) => [
  ...(prefix ? [`${prefix}〔${year}〕${k + 1}号`] : []),
  pattern.replace('X', `${w}${k + 1}`),
  ...(dateLine ? [dateLine] : []),
  ...body.flat(),
]);

const debrisTail = fc.constantFrom<string[][]>([], [], ['留言咨询', '纠错', '1.错误类:*', '您的姓名:*'], ['使用说明']);

/** A whole seed file: 1–3 notices, maybe web-page debris at the end, maybe CRLF line ends, a BOM or indented lines. */
export const seedText: fc.Arbitrary<string> = fc.tuple(
  fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => notice(k)))),
  debrisTail,
  fc.constantFrom('\n', '\n', '\r\n', '\r'),
  fc.boolean(),
  fc.constantFrom('', '', '  ', '\u3000\u3000', '\t'),
).map(([notices, tail, eol, bom, indent]) => {
  const lines = [...notices.flat(), ...tail].map((l, i) => (i % 3 === 1 && l && !l.startsWith('\t') ? indent + l : l));
  return (bom ? '\ufeff' : '') + lines.join(eol);
});

/** Prose-heavy files with long sections, for the chunker. */
export const longSections: fc.Arbitrary<string> = fc.tuple(
  words(1, 4),
  fc.array(fc.tuple(heading, fc.array(prose, { minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 8 }),
  fc.array(prose, { maxLength: 3 }),
).map(([title, sections, preamble]) => [`关于印发《${title}规划》的通知`, ...preamble, ...sections.flatMap(([h, ps]) => [h, ...ps])].join('\n'));

export const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
