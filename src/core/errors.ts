// The one error catalogue: every failure the product reports has a code here, and HTTP status is mapped once.

export const errorCatalogue = {
  // input files
  SEED_EMPTY: { status: 422, summary: 'seed file is empty' },
  SEED_BINARY: { status: 422, summary: 'seed file is binary, not text' },
  SEED_ENCODING: { status: 422, summary: 'seed file is not valid UTF-8' },
  SEED_LINE_TOO_LONG: { status: 422, summary: 'seed file has an over-long line' },
  SEED_NO_CONTENT: { status: 422, summary: 'seed file holds no notice text' },
  // index
  INDEX_MISSING: { status: 503, summary: 'the index has not been built' },
  INDEX_MISMATCH: { status: 503, summary: 'the index was built with another configuration' },
  INDEX_CORRUPT: { status: 503, summary: 'an index file failed its checksum' },
  MODEL_MISSING: { status: 503, summary: 'embedding model files are missing' },
  REINDEX_FAILED: { status: 500, summary: 'the live reindex failed; the previous index is still served' },
  // requests
  BAD_JSON: { status: 400, summary: 'request body is not valid JSON' },
  BAD_REQUEST: { status: 400, summary: 'request does not match the schema' },
  EMPTY_QUESTION: { status: 400, summary: 'question is empty' },
  QUESTION_TOO_LONG: { status: 413, summary: 'question is too long' },
  BODY_TOO_LARGE: { status: 413, summary: 'request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, summary: 'request body is not JSON' },
  NOT_FOUND: { status: 404, summary: 'no such resource' },
  RATE_LIMITED: { status: 429, summary: 'too many requests' },
  UNAUTHORIZED: { status: 401, summary: 'missing or wrong token' },
  FORBIDDEN: { status: 403, summary: 'this operation is switched off' },
  // evaluation tooling
  EVAL_INPUT_INVALID: { status: 422, summary: 'an eval set, run file or floors file is invalid' },
  // upstream
  LLM_FAILED: { status: 502, summary: 'the language model did not answer usably' },
  CONFIG_INVALID: { status: 500, summary: 'configuration is invalid' },
  INTERNAL: { status: 500, summary: 'internal error' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error with a catalogue code; `detail` carries machine-readable context (file, line, value). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The JSON error envelope every HTTP error uses. */
export function errorBody(e: AppError): { error: { code: ErrorCode; message: string } } {
  return { error: { code: e.code, message: e.message } };
}

/** Shortens a user-supplied value for inclusion in an error message. */
export function preview(value: unknown, max = 40): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s;
}
