import { harness } from './harness.js';
const h = await harness();
for (const q of process.argv.slice(2)) {
  const r = await h.ask(q);
  console.log('Q:', q, '\nA:', r.answer, '\n', r.answerable, r.citations.map((c) => `[${c.n}] ${c.notice ?? c.title} | ${c.section} | ${c.quote.slice(0, 80)}`).join('\n '), '\n', r.notes, '\n');
}
