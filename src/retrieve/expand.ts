// Query expansion: the full forms of everyday and defined short forms in a question, and the kinds of its general
// words, added to retrieval queries.

import type { Alias } from '../ingest/types.js';
import { kindWords } from '../core/kinds.js';

export interface AliasExpander {
  /** the full forms of the aliases the question uses and the kinds of its general words, space-separated ('' when none) */
  expand(question: string): string;
}

export function createAliasExpander(aliases: Alias[]): AliasExpander {
  // longest aliases first, so 十四五纲要 is expanded rather than 纲要 alone
  const list = aliases.filter((a) => a.alias.length >= 2).sort((a, b) => b.alias.length - a.alias.length);
  return {
    expand(question) {
      const added: string[] = [];
      const covered: Array<[number, number]> = [];
      for (const a of list) {
        const at = question.indexOf(a.alias);
        if (at < 0 || question.includes(a.full) || added.includes(a.full)) continue;
        const end = at + a.alias.length;
        if (covered.some(([s, t]) => at >= s && end <= t)) continue;
        covered.push([at, end]);
        added.push(a.full);
      }
      return [...added, ...kindWords(question)].join(' ');
    },
  };
}
