// ChatModel over any OpenAI-compatible endpoint, through LangChain's ChatOpenAI (web fetch, no native parts).

import { ChatOpenAI } from '@langchain/openai';
import type { ChatMessage } from '../engine/types.js';
import type { ChatModel } from './llm.js';

export interface OpenAiModelOptions {
  baseURL: string;
  apiKey: string;
  model: string;
}

export function createOpenAiModel(o: OpenAiModelOptions): ChatModel {
  const chat = new ChatOpenAI({
    model: o.model, apiKey: o.apiKey, temperature: 0, maxRetries: 0,
    configuration: { baseURL: o.baseURL },
  });
  return {
    id: `openai-compatible:${o.model}@${o.baseURL}`,
    async complete(messages: ChatMessage[], signal: AbortSignal) {
      const res = await chat.invoke(messages.map((m) => [m.role === 'assistant' ? 'ai' : m.role === 'system' ? 'system' : 'human', m.content] as [string, string]), { signal });
      return typeof res.content === 'string' ? res.content : res.content.map((p) => ('text' in p ? p.text : '')).join('');
    },
  };
}
