// The one place where failures become HTTP responses: AppError codes map to statuses via the error catalogue.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, errorBody, isAppError, type ErrorCode } from '../core/errors.js';

/** Framework exceptions (validator, body limit) carry only a status; name them with a catalogue code. */
const codeForStatus: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'BODY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Any thrown value → AppError; anything unexpected becomes INTERNAL without leaking its message. */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return e;
  if (e instanceof HTTPException) {
    const code = codeForStatus[e.status];
    if (code) return new AppError(code, e.message || code.toLowerCase().replace(/_/g, ' '));
  }
  return new AppError('INTERNAL', 'internal error: the request could not be completed');
}

/** JSON error envelope {"error":{"code","message"}} with the catalogue status and any Retry-After. */
export function errorResponse(c: Context, e: AppError): Response {
  const retry = e.detail['retryAfterSeconds'];
  if (typeof retry === 'number') c.header('Retry-After', String(retry));
  c.status(e.status as 400);
  return c.json(errorBody(e));
}

export function createErrorHandler(log?: (msg: string) => void) {
  return (err: unknown, c: Context): Response => {
    const e = toAppError(err);
    if (e.code === 'INTERNAL' && log) {
      log(`${c.req.method} ${c.req.path} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
    return errorResponse(c, e);
  };
}

export function notFoundHandler(c: Context): Response {
  return errorResponse(c, new AppError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
}
