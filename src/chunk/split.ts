// Sentence-level splitting of long sections into pieces under a character budget, with a small overlap.

/** A sentence together with the paragraph it came from (so pieces know which paragraphs they cover). */
export interface Sentence {
  text: string;
  para: number;
}

const SENTENCE_RE = /[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)/g;

/** Splits text at sentence ends (。！？；), keeping the punctuation with its sentence. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SENTENCE_RE)) {
    const s = m[0].replace(/\n$/, '');
    if (s.trim()) out.push(s);
  }
  return out;
}

/** Cuts one over-long sentence at commas (or hard at the budget when it has none). */
function cutLong(s: string, budget: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > budget) {
    const window = rest.slice(0, budget);
    const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf('、'), window.lastIndexOf(','));
    const at = comma > budget / 2 ? comma + 1 : budget;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) out.push(rest);
  return out;
}

export interface Piece {
  sentences: Sentence[];
}

/**
 * Packs sentences into pieces of at most `budget` characters. When a section needs more than one piece, the next
 * piece repeats the previous piece's last sentence if it is at most `overlap` characters, so a fact that straddles
 * the cut is still found whole in one of them.
 */
export function packSentences(list: Sentence[], budget: number, overlap: number): Piece[] {
  const units: Sentence[] = list.flatMap((s) => cutLong(s.text, budget).map((text) => ({ text, para: s.para })));
  const pieces: Piece[] = [];
  let current: Sentence[] = [];
  let size = 0;
  for (const u of units) {
    // a change of paragraph costs one "\n" in the joined text
    const cost = (prev: Sentence | undefined) => u.text.length + (prev && prev.para !== u.para ? 1 : 0);
    if (current.length > 0 && size + cost(current[current.length - 1]) > budget) {
      pieces.push({ sentences: current });
      const last = current[current.length - 1]!;
      const carry = last.text.length <= overlap && last.text.length + cost(last) <= budget;
      current = carry ? [last] : [];
      size = carry ? last.text.length : 0;
    }
    size += cost(current[current.length - 1]);
    current.push(u);
  }
  if (current.length > 0) pieces.push({ sentences: current });
  return pieces;
}

/** Joins a piece's sentences back, putting "\n" where the source paragraph changes. */
export function pieceText(p: Piece): string {
  let out = '';
  p.sentences.forEach((s, i) => {
    if (i > 0 && s.para !== p.sentences[i - 1]!.para) out += '\n';
    out += s.text;
  });
  return out;
}
