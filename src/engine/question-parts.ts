// A question in several parts ("苏河湾区域有多大？苏州河岸线多长？"): split so each part is found and answered.

/** Splits after ？ or ；; a part needs at least three characters of its own to count. */
export function splitQuestion(q: string): string[] {
  const parts = q.split(/(?<=[？?；;])/).map((p) => p.trim()).filter((p) => p.replace(/[？?；;，,。\s]/g, '').length >= 3);
  return parts.length > 1 ? parts : [q];
}
