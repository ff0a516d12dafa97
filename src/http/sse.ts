// Server-Sent Events for /api/chat: "delta" pieces of the answer, then "done" with the full response, or "error".

import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { errorBody } from '../core/errors.js';
import type { ChatResponse } from '../engine/types.js';
import { toAppError } from './errors.js';
import { streamPieces } from './stream-pieces.js';

export function streamChat(c: Context, run: () => Promise<ChatResponse>, log?: (msg: string) => void): Response {
  return streamSSE(c, async (stream) => {
    try {
      const res = await run();
      for (const text of streamPieces(res.answer)) {
        if (stream.aborted) return;
        await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text }) });
      }
      await stream.writeSSE({ event: 'done', data: JSON.stringify(res) });
    } catch (err) {
      const e = toAppError(err);
      if (e.code === 'INTERNAL') log?.(`POST /api/chat stream failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      await stream.writeSSE({ event: 'error', data: JSON.stringify(errorBody(e)) });
    }
  });
}
