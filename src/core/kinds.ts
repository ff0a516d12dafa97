// General words and the kinds of thing the notices name instead ("哪些学校" — 安康苑幼儿园, 第三中心小学).

/** A general word a question uses, and the words of its kinds as notices write them. */
export interface Kind {
  general: string[];
  kinds: string[];
}

/** World knowledge the text leaves out: a 小学 is a 学校, a 卫生服务中心 a place to see a doctor. */
export const KINDS: readonly Kind[] = [
  { general: ['学校', '校舍'], kinds: ['小学', '中学', '幼儿园', '学院', '大学', '学校'] },
  { general: ['医院'], kinds: ['医院', '卫生服务中心', '医疗中心', '诊所'] },
  { general: ['养老院', '敬老院'], kinds: ['养老院', '养老机构', '敬老院', '养老设施', '为老服务中心'] },
];

/** The kinds of the general words a question uses, to search for beside its own words. */
export function kindWords(question: string): string[] {
  return KINDS.filter((k) => k.general.some((g) => question.includes(g))).flatMap((k) => k.kinds.filter((w) => !question.includes(w)));
}

/** A general word asked about ("学校") is said by any of its kinds ("小学"). */
export function kindSaid(word: string, said: string): boolean {
  return KINDS.some((k) => k.general.includes(word) && k.kinds.some((w) => said.includes(w)));
}
