// The chat page, its assets and the API docs page, served from string modules (no filesystem needed).

import type { Hono } from 'hono';
import { appScript } from '../page/app-script.js';
import { appStyle } from '../page/app-style.js';
import { docsHtml, docsScript, docsStyle } from '../page/docs-assets.js';
import { pageHtml } from '../page/page-html.js';

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
} as const;

export function registerPage(app: Hono, maxQuestionChars: number): void {
  const page = pageHtml(maxQuestionChars);
  const assets: Array<[string, string, keyof typeof TYPES]> = [
    ['/', page, 'html'],
    ['/assets/app.js', appScript, 'js'],
    ['/assets/app.css', appStyle, 'css'],
    ['/docs', docsHtml, 'html'],
    ['/assets/docs.js', docsScript, 'js'],
    ['/assets/docs.css', docsStyle, 'css'],
  ];
  for (const [path, body, type] of assets) {
    app.get(path, (c) => c.body(body, 200, { 'content-type': TYPES[type], 'cache-control': 'no-cache' }));
  }
}
