// Checks on what people type: the question and earlier turns, before anything reaches the engine.

import { AppError, preview } from '../core/errors.js';
import type { ChatMessage } from '../engine/types.js';

/** Earlier turns beyond this are dropped (oldest first): follow-ups only need the recent context. */
export const HISTORY_LIMIT = 12;

// C0/C1 controls except tab, line feed and carriage return; NUL included.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const WORDISH = /[\p{L}\p{N}]/u;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Rejects text no person types: control characters and unpaired UTF-16 surrogates. */
export function checkText(text: string, subject: string): void {
  const ctl = CONTROL.exec(text);
  if (ctl) {
    throw new AppError('BAD_REQUEST', `${subject} contains control character ${codePoint(ctl[0])} at position ${ctl.index}`, {
      field: subject,
    });
  }
  const sur = LONE_SURROGATE.exec(text);
  if (sur) {
    throw new AppError('BAD_REQUEST', `${subject} contains an unpaired surrogate ${codePoint(sur[0])} at position ${sur.index}`, {
      field: subject,
    });
  }
}

/** Validates and trims a question; returns the trimmed text. Length is counted in characters (code points). */
export function checkQuestion(raw: string, maxChars: number, subject = 'question'): string {
  checkText(raw, subject);
  const q = raw.trim();
  if (q === '') throw new AppError('EMPTY_QUESTION', `${subject} is empty or only whitespace`, { field: subject });
  if (!WORDISH.test(q)) {
    throw new AppError('EMPTY_QUESTION', `${subject} ${JSON.stringify(preview(q))} has no words or numbers`, { field: subject });
  }
  const chars = [...q].length;
  if (chars > maxChars) {
    throw new AppError('QUESTION_TOO_LONG', `${subject} is ${chars} characters; the limit is ${maxChars}`, {
      field: subject,
      chars,
      limit: maxChars,
    });
  }
  return q;
}

/**
 * Turns a conversation into what the engine gets: the last message must be the user's question (checked),
 * earlier turns are checked for hostile characters, empty ones dropped, and only the last HISTORY_LIMIT kept.
 */
export function prepareConversation(messages: ChatMessage[], maxChars: number): ChatMessage[] {
  const last = messages[messages.length - 1];
  if (!last) throw new AppError('EMPTY_QUESTION', 'messages is empty: send at least one user message', { field: 'messages' });
  if (last.role !== 'user') {
    throw new AppError('BAD_REQUEST', `the last message must be the user's question, not role "${last.role}"`, {
      field: `messages.${messages.length - 1}.role`,
    });
  }
  const question = checkQuestion(last.content, maxChars, `messages.${messages.length - 1}.content`);
  const history: ChatMessage[] = [];
  messages.slice(0, -1).forEach((m, i) => {
    checkText(m.content, `messages.${i}.content`);
    if (m.content.trim() !== '') history.push({ role: m.role, content: m.content.trim() });
  });
  return [...history.slice(-(HISTORY_LIMIT - 1)), { role: 'user', content: question }];
}
