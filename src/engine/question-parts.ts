// A question in several parts ("苏河湾区域有多大？苏州河岸线多长？"): split so each part is found and answered.

/** Words that make a clause ask something; a clause without any ("我想挑个离单位近的。") only tells. */
const ASKS = /[吗么呢嘛]|什么|啥|哪|多少|几|谁|怎|如何|是否|能否|可否|有没有|是不是|能不能|可不可以|要不要|多大|多长|多久|多高|多远|请问|介绍|说说|讲讲|列一下|告诉|(没有?|不|否|未)[。.!！]?$/;

/**
 * Splits after ？ or ；; a part needs at least three characters of its own to count. A closing statement after the
 * last question mark ("…在哪些小区？我想挑个离单位近的。") is the asker's situation, read with the part before it, not
 * a question of its own to be answered from whatever passage shares its words.
 */
export function splitQuestion(q: string): string[] {
  const parts = q.split(/(?<=[？?；;])/).map((p) => p.trim()).filter((p) => p.replace(/[？?；;，,。\s]/g, '').length >= 3);
  const last = parts.at(-1);
  if (parts.length > 1 && last && !/[？?]$/.test(last) && !ASKS.test(last)) parts.splice(-2, 2, `${parts.at(-2)}${last}`);
  return parts.length > 1 ? parts : [q];
}
