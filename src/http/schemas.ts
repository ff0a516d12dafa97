// Zod schemas of every request and response: they validate input and generate /openapi.json.

import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'EMPTY_QUESTION' }),
      message: z.string().openapi({ example: 'messages.0.content is empty or only whitespace' }),
    }),
  })
  .openapi('Error');

export const ChatMessageSchema = z
  .object({
    role: z.enum(['user', 'assistant']),
    content: z.string(),
  })
  .openapi('ChatMessage');

export const ChatRequestSchema = z
  .object({
    messages: z.array(ChatMessageSchema).min(1).openapi({
      description: 'the conversation, oldest first; the last message is the question. Only the last 12 are used.',
      example: [{ role: 'user', content: '公租房申请需要满足哪些条件？' }],
    }),
    stream: z.boolean().optional().openapi({ description: 'answer as Server-Sent Events: delta … then done' }),
    debug: z.boolean().optional().openapi({ description: 'include each retrieval stage’s scores in `debug`' }),
  })
  .openapi('ChatRequest');

const SourceSchema = z.object({ file: z.string(), startLine: z.number().int(), endLine: z.number().int() });

export const CitationSchema = z
  .object({
    n: z.number().int(),
    notice: z.string().nullable().openapi({ description: '文号 as written, or null' }),
    title: z.string(),
    kind: z.string(),
    sectionPath: z.array(z.string()),
    section: z.string(),
    quote: z.string().openapi({ description: 'exact source sentence(s)' }),
    source: SourceSchema,
    noticeId: z.string(),
    chunkId: z.string(),
  })
  .openapi('Citation');

const StageScoresSchema = z
  .object({
    bm25: z.number().optional(),
    bm25Rank: z.number().optional(),
    vector: z.number().optional(),
    vectorRank: z.number().optional(),
    rrf: z.number().optional(),
    rerank: z.number().optional(),
    features: z.record(z.string(), z.number()).optional(),
  })
  .openapi('StageScores');

const QuerySchema = z.object({ original: z.string(), rewritten: z.string() });

export const ChatResponseSchema = z
  .object({
    answer: z.string().openapi({ description: 'answer text with [n] citation markers' }),
    answerable: z.boolean(),
    citations: z.array(CitationSchema),
    query: QuerySchema,
    timings: z.record(z.string(), z.number()),
    mode: z.enum(['extractive', 'llm']),
    notes: z.array(z.string()),
    debug: z
      .object({
        hits: z.array(
          z.object({ chunkId: z.string(), noticeId: z.string(), section: z.string(), score: z.number(), stages: StageScoresSchema }),
        ),
      })
      .optional(),
  })
  .openapi('ChatResponse');

export const SearchQuerySchema = z.object({
  q: z.string().openapi({ param: { name: 'q', in: 'query' }, example: '托育 补贴' }),
  k: z.coerce.number().int().min(1).max(50).default(10).openapi({ param: { name: 'k', in: 'query' } }),
});

export const SearchResponseSchema = z
  .object({
    query: QuerySchema,
    hits: z.array(
      z.object({
        chunkId: z.string(),
        noticeId: z.string(),
        notice: z.string().nullable(),
        title: z.string(),
        type: z.string(),
        sectionPath: z.array(z.string()),
        text: z.string(),
        score: z.number(),
        stages: StageScoresSchema,
        source: SourceSchema,
      }),
    ),
    timings: z.record(z.string(), z.number()),
  })
  .openapi('SearchResponse');

const SpanSchema = z.object({ file: z.string(), startLine: z.number(), endLine: z.number(), start: z.number(), end: z.number() });

export const NoticeSummarySchema = z
  .object({
    id: z.string(),
    docNo: z.string().nullable(),
    title: z.string(),
    shortTitle: z.string(),
    kind: z.string(),
    status: z.string(),
    issuer: z.string().nullable(),
    date: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    sections: z.number().int(),
    paragraphs: z.number().int(),
    tableRows: z.number().int(),
    chars: z.number().int(),
    sources: z.array(SpanSchema),
  })
  .openapi('NoticeSummary');

export const NoticeIdSchema = z.object({
  id: z
    .string()
    .regex(/^n[0-9a-z]{7}$/, 'notice ids look like "n0j4y3yn"')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'n0j4y3yn' }),
});

const BlockSchema = z.union([
  z.object({
    type: z.literal('paragraph'),
    id: z.string(),
    text: z.string(),
    role: z.string(),
    path: z.array(z.string()),
    headingId: z.string().nullable(),
    level: z.number().int().nullable(),
    span: SpanSchema,
  }),
  z.object({
    type: z.literal('table'),
    caption: z.string(),
    kind: z.string(),
    columns: z.array(z.string()),
    path: z.array(z.string()),
    rows: z.array(z.object({ id: z.string(), cells: z.record(z.string(), z.string()), span: SpanSchema })),
  }),
]);

export const NoticeDetailSchema = NoticeSummarySchema.extend({
  carriedTitle: z.string().nullable(),
  headings: z.array(
    z.object({ id: z.string(), label: z.string(), title: z.string(), text: z.string(), level: z.number(), parentId: z.string().nullable(), span: SpanSchema }),
  ),
  blocks: z.array(BlockSchema).openapi({ description: 'paragraphs (headings included) and tables in reading order' }),
}).openapi('NoticeDetail');

export const TargetsQuerySchema = z.object({
  plan: z.string().max(100).optional().openapi({ param: { name: 'plan', in: 'query' }, example: '大宁' }),
  q: z.string().max(100).optional().openapi({ param: { name: 'q', in: 'query' }, example: '税收' }),
});

export const TargetsResponseSchema = z
  .object({
    targets: z.array(
      z.object({
        id: z.string(),
        noticeId: z.string(),
        notice: z.string().nullable(),
        plan: z.string(),
        caption: z.string(),
        columns: z.array(z.string()),
        cells: z.record(z.string(), z.string()),
        path: z.array(z.string()),
        source: SourceSchema,
      }),
    ),
  })
  .openapi('TargetsResponse');

export const HealthSchema = z
  .object({
    ok: z.boolean(),
    notices: z.number().int(),
    chunks: z.number().int(),
    embedder: z.string(),
    llm: z.string().nullable(),
    builtAt: z.string().nullable(),
  })
  .openapi('Health');

const ContentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

export const CompletionRequestSchema = z
  .looseObject({
    model: z.string().max(200).optional(),
    messages: z
      .array(
        z.looseObject({
          role: z.enum(['system', 'developer', 'user', 'assistant']),
          content: z.union([z.string(), z.array(ContentPartSchema).max(64), z.null()]).optional(),
        }),
      )
      .min(1),
    stream: z.boolean().nullable().optional(),
  })
  .openapi('ChatCompletionRequest');

export const CompletionResponseSchema = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        message: z.object({ role: z.literal('assistant'), content: z.string(), refusal: z.null() }),
        finish_reason: z.literal('stop'),
        logprobs: z.null(),
      }),
    ),
    citations: z.array(CitationSchema),
    answerable: z.boolean(),
  })
  .openapi('ChatCompletion');
