// CLI: `npm run ask -- "问题" [--history "问1" "答1" …] [--debug]` prints the answer with its citations.

import { parseArgs } from 'node:util';
import type { ChatMessage } from '../engine/types.js';
import { parseConfig } from '../node/config.js';
import { loadEngine } from '../node/engine.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { history: { type: 'string', multiple: true }, debug: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const question = positionals.join(' ').trim();
if (!question) {
  console.error('usage: npm run ask -- "问题" [--history "上一问" --history "上一答"] [--debug] [--json]');
  process.exit(2);
}
const history: ChatMessage[] = (values.history ?? []).map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content }));
const engine = await loadEngine(parseConfig(process.env), { log: (m) => console.error(m) });
const r = await engine.chat([...history, { role: 'user', content: question }], { debug: values.debug });
if (values.json) {
  console.log(JSON.stringify(r, null, 2));
} else {
  if (r.query.rewritten !== r.query.original) console.log(`（按上下文理解为：${r.query.rewritten}）\n`);
  console.log(r.answer);
  for (const c of r.citations) {
    console.log(`\n[${c.n}] ${c.notice ?? ''}《${c.title}》 ${c.section}`);
    console.log(`    “${c.quote}”`);
    console.log(`    ${c.source.file}:${c.source.startLine}-${c.source.endLine}`);
  }
  for (const n of r.notes) console.log(`\n(${n})`);
  if (values.debug) for (const h of r.debug?.hits ?? []) console.log(`  ${h.score.toFixed(3)} ${h.section} ${JSON.stringify(h.stages)}`);
}
