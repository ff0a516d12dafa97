// Shared OpenAPI response declarations: the error envelope under each status a route can return.

import { ErrorSchema } from './schemas.js';

const err = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

export const errors = {
  400: err('invalid input (BAD_REQUEST, BAD_JSON, EMPTY_QUESTION)'),
  404: err('no such resource (NOT_FOUND)'),
  413: err('body or question too large (BODY_TOO_LARGE, QUESTION_TOO_LONG)'),
  415: err('body is not JSON (UNSUPPORTED_MEDIA_TYPE)'),
  429: err('rate limit exceeded (RATE_LIMITED); see Retry-After'),
  503: err('the index is not ready (INDEX_MISSING, INDEX_MISMATCH, INDEX_CORRUPT, MODEL_MISSING)'),
} as const;

export const jsonErrors = { 400: errors[400], 413: errors[413], 415: errors[415], 429: errors[429], 503: errors[503] } as const;
export const queryErrors = { 400: errors[400], 429: errors[429], 503: errors[503] } as const;
