// Serves an app on 127.0.0.1 with an ephemeral port through @hono/node-server, for client and browser tests.

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export interface Running {
  url: string;
  close: () => Promise<void>;
}

export function listen(app: { fetch: (req: Request, ...rest: never[]) => Response | Promise<Response> }): Promise<Running> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch as never, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => {
          if ('closeAllConnections' in server) server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

/** The peer address as Node sees it: what serve.ts passes to createApp to key the rate limit. */
export const nodeClientAddress = (c: Context): string | undefined => getConnInfo(c).remote.address;
