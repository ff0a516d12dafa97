// The kinds of a general word: what retrieval adds to a query and what the answerer accepts as saying the word.

import { describe, expect, it } from 'vitest';
import { kindSaid, kindWords } from '../../src/core/kinds.js';

describe('kinds of general words', () => {
  it('a question naming 学校 searches for the kinds the notices name, not those it already says', () => {
    expect(kindWords('苏河湾要新建哪些学校、幼儿园？')).toEqual(['小学', '中学', '学院', '大学']);
    expect(kindWords('公租房租金多少？')).toEqual([]);
  });

  it('学校 is said by 小学; a word that is no general word is said by nothing but itself', () => {
    expect(kindSaid('学校', '静安区第三中心小学')).toBe(true);
    expect(kindSaid('学校', '86街坊养老院项目')).toBe(false);
    expect(kindSaid('养老院', '进一步增加养老机构供给')).toBe(true);
    expect(kindSaid('小学', '安康苑幼儿园')).toBe(false);
  });
});
