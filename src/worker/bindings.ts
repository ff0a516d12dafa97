// Worker edge: the shapes of the Cloudflare bindings the Worker uses, structural so core type-checks without workerd types.

/** The static-assets binding (`[assets] binding = "ASSETS"`): a fetcher over the uploaded files. */
export interface AssetsBinding {
  fetch(input: Request | string): Promise<Response>;
}

export interface VectorizeMatch {
  id: string;
  score: number;
}

/** The part of a Vectorize index binding the Worker calls (`[[vectorize]]`). */
export interface VectorizeBinding {
  query(vector: number[] | Float32Array, options: { topK: number; returnValues?: boolean; returnMetadata?: 'none' | 'indexed' | 'all' | boolean }): Promise<{ matches: VectorizeMatch[]; count?: number }>;
}

/** The Workers AI binding (`[ai] binding = "AI"`): one method, model name plus model-specific input. */
export interface AiBinding {
  run(model: string, input: Record<string, unknown>): Promise<unknown>;
}

/** What wrangler.toml and the dashboard give the Worker: bindings plus string variables. */
export interface WorkerEnv {
  ASSETS?: AssetsBinding;
  VECTORIZE?: VectorizeBinding;
  AI?: AiBinding;
  [name: string]: unknown;
}
