// Node edge: bge-small-zh (or any BERT-style model) through transformers.js, loaded only from MODELS_DIR.

import type { FeatureExtractionPipeline } from '@xenova/transformers';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../core/errors.js';
import { PolicyEmbeddings } from '../embed/types.js';

/** bge-*-zh-v1.5 retrieval instruction: prepended to queries only, never to passages. */
export const BGE_QUERY_PREFIX = '为这个句子生成表示以用于检索相关文章：';

export interface TransformersOptions {
  modelsDir: string;
  /** folder under modelsDir, e.g. Xenova/bge-small-zh-v1.5 */
  model: string;
  quantized?: boolean;
  queryPrefix?: string;
  batchSize?: number;
}

export function transformersEmbedderId(model: string, quantized = true): string {
  return `bge:${model}${quantized ? ':q8' : ':fp32'}:cls-norm`;
}

/** The files transformers.js will ask for; listing the missing ones makes the error actionable. */
function requiredFiles(dir: string, quantized: boolean): string[] {
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', join('onnx', quantized ? 'model_quantized.onnx' : 'model.onnx')]
    .map((f) => join(dir, f));
}

export class TransformersEmbeddings extends PolicyEmbeddings {
  readonly kind = 'bge' as const;
  readonly id: string;

  private constructor(
    private readonly extractor: FeatureExtractionPipeline,
    readonly dimension: number,
    private readonly opts: Required<TransformersOptions>,
  ) {
    super({});
    this.id = transformersEmbedderId(opts.model, opts.quantized);
  }

  static async load(o: TransformersOptions): Promise<TransformersEmbeddings> {
    const opts = { quantized: true, queryPrefix: BGE_QUERY_PREFIX, batchSize: 16, ...o };
    const dir = resolve(opts.modelsDir, opts.model);
    const missing = requiredFiles(dir, opts.quantized).filter((f) => !existsSync(f));
    if (missing.length) {
      throw new AppError('MODEL_MISSING',
        `embedding model ${opts.model} is incomplete in ${resolve(opts.modelsDir)}: missing ${missing.join(', ')}. `
        + 'Place the transformers.js (ONNX) files there, or set EMBEDDER=lsa for the offline embedder.', { missing });
    }
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { hidden_size?: number };
    // imported here, not at the top: onnxruntime costs ~30 MB of memory that the offline embedders never need
    const { env, pipeline } = await import('@xenova/transformers');
    // transformers.js keeps these settings globally: nothing is ever fetched, models come from MODELS_DIR only
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${resolve(opts.modelsDir)}/`;
    const extractor = (await pipeline('feature-extraction', opts.model, { quantized: opts.quantized })) as FeatureExtractionPipeline;
    return new TransformersEmbeddings(extractor, config.hidden_size ?? 512, opts);
  }

  private async run(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += this.opts.batchSize) {
      // bge is trained with the [CLS] vector, L2-normalised
      const t = await this.extractor(texts.slice(i, i + this.opts.batchSize), { pooling: 'cls', normalize: true });
      out.push(...(t.tolist() as number[][]));
    }
    return out;
  }

  override embedDocuments(texts: string[]): Promise<number[][]> {
    return this.run(texts);
  }

  override async embedQuery(text: string): Promise<number[]> {
    return (await this.run([this.opts.queryPrefix + text]))[0]!;
  }

  override serialize(): null {
    return null;
  }
}
