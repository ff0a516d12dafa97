// A question in several parts ("苏河湾区域有多大？苏州河岸线多长？"): split so each part is found and answered.

/** Words that make a clause ask something; a clause without any ("我想挑个离单位近的。") only tells. */
const ASKS = /[吗么呢嘛]|什么|啥|哪|多少|几|谁|怎|如何|是否|能否|可否|有没有|是不是|能不能|可不可以|要不要|多大|多长|多久|多高|多远|请问|介绍|说说|讲讲|列一下|告诉|(没有?|不|否|未)[。.!！]?$/;

/**
 * Splits after ？ or ；; a part needs at least three characters of its own to count. A closing statement after the
 * last question mark ("…在哪些小区？我想挑个离单位近的。") is the asker's situation, read with the part before it, not
 * a question of its own to be answered from whatever passage shares its words; nor is a part that only asks.
 */
export function splitQuestion(q: string): string[] {
  const parts = q.split(/(?<=[？?；;])/).map((p) => p.trim()).filter((p) => p.replace(/[？?；;，,。\s]/g, '').length >= 3);
  const merged: string[] = [];
  for (const [i, p] of parts.entries()) {
    const tells = i === parts.length - 1 && !/[？?]$/.test(p) && !ASKS.test(p);
    if (merged.length && (tells || onlyAsks(p) || SOURCE_ASKED.test(p) || PREMISE.test(merged.at(-1)!))) merged.push(`${merged.pop()}${p}`);
    else merged.push(p);
  }
  return merged.length > 1 ? merged : [q];
}

/**
 * "大宁公园不是说开了夜公园吗？晚上一般开到几点？": a premise the asker checks in passing, the question being the part
 * after it; read with that part, not answered on its own.
 */
const PREMISE = /不是说.{2,30}[吗么嘛][？?]$|^听说.{2,30}[吧][？?]$/;

/**
 * "大宁公园改造那个项目现在是什么情况？中期评估里怎么说的？": a part naming only where to look asks the part before
 * of that document, and is read with it.
 */
const SOURCE_ASKED = /^[^，,。？?]{2,20}(里|中|上|当中)(是|又是)?(怎么|如何|咋)(说|写|讲|提|表述|描述)的?[？?]?$/;

/** "哪个最低？": the verdict asked of the figures the part before asks for. */
const VERDICT = /[最更][高低多少大小快慢早晚长短]|[高低多少大小]一些|[高低多少大小]些/g;

/** "…哪个交税最多？各多少": a part with nothing of its own to ask about but the asking words goes with the one before. */
function onlyAsks(p: string): boolean {
  return p.replace(new RegExp(ASKS.source, 'g'), '').replace(VERDICT, '').replace(POINTING, '')
    .replace(/[各都又还那分别一共总是有个？?；;，,。！!\s]/g, '').length < 2;
}

/** "这条是怎么规定的？": pointing at what the part before asked about, and asking how it is ruled — nothing new. */
const POINTING = /[这那该][条项个些款]|具体|规定|说法|讲的|写的|的|了/g;
