import { describe, expect, it } from 'vitest';
import { longestEnding } from '../../src/core/text.js';

describe('longestEnding', () => {
  it('returns the longest ending of at least min characters that passes, starting after words of the asking', () => {
    // "新任命的南京西路" matched the street pattern from 的: the post names 南京西路, not "的南京西路"
    const posts = '上海市静安区人民政府南京西路街道办事处主任';
    expect(longestEnding('新任命的南京西路', 3, (p) => posts.includes(p))).toBe('南京西路');
    expect(longestEnding('大宁路', 3, (p) => posts.includes(p))).toBeNull();
    // an ending shorter than min is never tried
    expect(longestEnding('其中彭浦', 3, (p) => p === '彭浦')).toBeNull();
    expect(longestEnding('其中彭浦', 2, (p) => p === '彭浦')).toBe('彭浦');
  });
});
