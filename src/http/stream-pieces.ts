// Cuts a finished answer into pieces for streaming: never inside a [n] marker or a surrogate pair.

const TOKEN = /\[\d+\]|[\s\S]/gu;
const BREAK_AFTER = /[，。；：！？、,.;:!?\n]$/;

/** Pieces of about `size` characters, preferring to end after punctuation; joined they give back `text`. */
export function streamPieces(text: string, size = 12): string[] {
  const pieces: string[] = [];
  let cur = '';
  let chars = 0;
  for (const token of text.match(TOKEN) ?? []) {
    cur += token;
    chars += 1;
    if (chars >= size || (chars >= size / 2 && BREAK_AFTER.test(token))) {
      pieces.push(cur);
      cur = '';
      chars = 0;
    }
  }
  if (cur) pieces.push(cur);
  return pieces;
}
