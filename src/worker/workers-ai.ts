// Worker edge: Workers AI behind the product's interfaces — an embedder (PolicyEmbeddings) and a ChatModel.

import { AppError } from '../core/errors.js';
import { normalize, PolicyEmbeddings } from '../embed/types.js';
import type { ChatModel } from '../answer/llm.js';
import type { ChatMessage } from '../engine/types.js';
import type { AiBinding } from './bindings.js';

/** Texts per embedding call: Workers AI accepts up to 100 in one `text` array. */
const BATCH = 100;

/** Query and document vectors from a Workers AI embedding model (`{text: string[]}` in, `{data: number[][]}` out). */
export class WorkersAiEmbeddings extends PolicyEmbeddings {
  readonly kind = 'workers-ai' as const;
  readonly id: string;

  constructor(private readonly ai: AiBinding, readonly model: string, readonly dimension: number) {
    super({});
    this.id = `workers-ai:${model}`;
  }

  override serialize(): null {
    return null;
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH) out.push(...(await this.run(texts.slice(i, i + BATCH))));
    return out;
  }

  override async embedQuery(text: string): Promise<number[]> {
    return (await this.run([text]))[0]!;
  }

  private async run(text: string[]): Promise<number[][]> {
    const res = (await this.ai.run(this.model, { text })) as { data?: unknown };
    const data = res?.data;
    if (!Array.isArray(data) || data.length !== text.length || data.some((v) => !Array.isArray(v) || v.length !== this.dimension)) {
      throw new AppError('LLM_FAILED', `Workers AI model ${this.model} did not return ${text.length} vectors of ${this.dimension} dimensions`, { model: this.model });
    }
    // cosine search everywhere assumes unit vectors
    return (data as number[][]).map((v) => Array.from(normalize(Float32Array.from(v))));
  }
}

/** A Workers AI chat model as the answerer's ChatModel; the answerer's own timeout bounds the call. */
export function createWorkersAiChatModel(ai: AiBinding, model: string): ChatModel {
  return {
    id: `workers-ai:${model}`,
    async complete(messages: ChatMessage[], signal: AbortSignal) {
      if (signal.aborted) throw signal.reason as Error;
      const res = await ai.run(model, { messages, temperature: 0, max_tokens: 1024 });
      const text = replyText(res);
      if (text === null) throw new AppError('LLM_FAILED', `Workers AI model ${model} returned no text`, { model });
      return text;
    },
  };
}

/** Text-generation models answer `{response}`; OpenAI-style ones `{choices: [{message: {content}}]}`. */
function replyText(res: unknown): string | null {
  const r = res as { response?: unknown; choices?: Array<{ message?: { content?: unknown } }> };
  if (typeof r?.response === 'string') return r.response;
  const content = r?.choices?.[0]?.message?.content;
  return typeof content === 'string' ? content : null;
}
