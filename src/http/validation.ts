// Turns a failed zod validation into a BAD_REQUEST AppError naming the field, the rule and the value sent.

import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { AppError, preview } from '../core/errors.js';

type Target = 'json' | 'query' | 'param' | string;

async function sentValue(c: Context, target: Target): Promise<unknown> {
  if (target === 'json') return c.req.json().catch(() => undefined);
  if (target === 'query') return c.req.query();
  if (target === 'param') return c.req.param();
  return undefined;
}

function at(value: unknown, path: PropertyKey[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export async function validationError(error: ZodError, target: Target, c: Context): Promise<AppError> {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.') || (target === 'json' ? 'body' : target);
  const value = at(await sentValue(c, target), issue.path);
  const got = value === undefined ? 'missing' : `got ${preview(value)}`;
  return new AppError('BAD_REQUEST', `${field}: ${issue.message} (${got})`, { field, target });
}

/** OpenAPIHono defaultHook: throw, so the one error handler writes the envelope. */
export async function validationHook(
  result: { target: string } & ({ success: true } | { success: false; error: ZodError }),
  c: Context,
): Promise<undefined> {
  if (!result.success) throw await validationError(result.error, result.target, c);
  return undefined;
}
