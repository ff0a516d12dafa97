// Node edge: the LLM prompts live as editable Markdown in prompts/; read once at start-up.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Prompts } from '../answer/llm.js';

export async function loadPrompts(dir = 'prompts'): Promise<Prompts> {
  const [answer, condense] = await Promise.all(['answer.md', 'condense.md'].map((f) => readFile(join(dir, f), 'utf8')));
  return { answer: answer!, condense: condense! };
}
