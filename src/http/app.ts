// The app factory: middleware order, routes, OpenAPI document; the engine and settings come in as dependencies.

import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from './deps.js';
import { createErrorHandler, notFoundHandler } from './errors.js';
import { clientKey, createRateLimit } from './rate-limit.js';
import { registerAdmin } from './routes/admin.js';
import { registerApi } from './routes/api.js';
import { registerOpenAi } from './routes/openai.js';
import { registerPage } from './routes/page.js';
import { corsMiddleware, securityHeaders } from './security.js';
import { validationHook } from './validation.js';

export type { AppDeps, HttpConfig } from './deps.js';

export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(createErrorHandler(deps.log));
  app.notFound(notFoundHandler);

  app.use('*', securityHeaders());
  const cors = corsMiddleware(deps.config.CORS_ORIGINS);
  if (cors) for (const path of ['/api/*', '/v1/*', '/openapi.json']) app.use(path, cors);
  const limit = createRateLimit({
    limit: deps.config.RATE_LIMIT_PER_MIN,
    now: deps.now ?? Date.now,
    key: (c) => clientKey(c, deps.clientAddress),
  });
  app.use('/api/*', limit);
  app.use('/v1/*', limit);

  registerApi(app, deps);
  registerOpenAi(app, deps);
  registerAdmin(app, deps);
  registerPage(app, deps.config.MAX_QUESTION_CHARS);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '静安政策问答 API',
      version: '1',
      description: 'Cited answers over Jing’an district policy notices. Errors: {"error":{"code","message"}}.',
    },
  });
  return app;
}
