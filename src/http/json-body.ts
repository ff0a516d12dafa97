// Request-body guard for JSON routes: media type, size, strict UTF-8, nesting depth and syntax, each a clear 4xx.

import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError, preview } from '../core/errors.js';

/** No request this API accepts nests deeper than a few levels; deeper input is rejected before parsing. */
export const MAX_JSON_DEPTH = 16;

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** Deepest [ / { nesting outside string literals, stopping early once past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

function checkMediaType(header: string | undefined): void {
  const media = (header ?? '').split(';')[0]!.trim();
  if (!JSON_TYPE.test(media)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `content-type ${JSON.stringify(preview(header ?? '(none)'))} is not application/json`, {
      contentType: header ?? null,
    });
  }
}

/** Reads, decodes and parses the body; the validator then re-reads it from Hono's body cache. */
function parseBody(): MiddlewareHandler {
  return async (c, next) => {
    checkMediaType(c.req.header('content-type'));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new AppError('BAD_JSON', `request body (${bytes.length} bytes) is not valid UTF-8`);
    }
    if (text.trim() === '') throw new AppError('BAD_JSON', 'request body is empty; send a JSON object');
    const depth = jsonDepth(text, MAX_JSON_DEPTH);
    if (depth > MAX_JSON_DEPTH) {
      throw new AppError('BAD_JSON', `request body nests deeper than ${MAX_JSON_DEPTH} levels`, { limit: MAX_JSON_DEPTH });
    }
    try {
      JSON.parse(text);
    } catch (e) {
      throw new AppError('BAD_JSON', `request body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    await next();
  };
}

/** Body limit (checked on Content-Length and while streaming), then parsing. */
export function jsonBody(maxBytes: number): MiddlewareHandler[] {
  const tooLarge = (): never => {
    throw new AppError('BODY_TOO_LARGE', `request body is larger than ${maxBytes} bytes`, { limit: maxBytes });
  };
  return [bodyLimit({ maxSize: maxBytes, onError: tooLarge }), parseBody()];
}
