// The API docs page (/docs): markup, script and style as strings; the script renders /openapi.json.

/** served at /docs */
export const docsHtml = String.raw`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API 文档 · 静安政策问答</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/docs.css">
<script type="module" src="/assets/docs.js"></script>
</head>
<body>
<header><h1 id="api-title">静安政策问答 API</h1>
<p>机器可读版本：<a href="/openapi.json">/openapi.json</a> · 错误统一为 <code>{"error":{"code","message"}}</code> · <a href="/">返回问答页</a></p></header>
<main id="ops"><p>加载中…</p></main>
</body>
</html>
`;

/** served at /assets/docs.js */
export const docsScript = String.raw`// API docs page: renders /openapi.json as a readable list of operations (DOM nodes only, no innerHTML).
'use strict';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function refName(schema) {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.split('/').pop();
  if (schema.type === 'array' && schema.items) return refName(schema.items) + '[]';
  return schema.type || 'object';
}

function params(op) {
  if (!op.parameters || !op.parameters.length) return null;
  return el('ul', { class: 'params' }, op.parameters.map((p) => el('li', {},
    el('code', { text: p.name }), ' (' + p.in + (p.required ? ', 必填' : '') + ') ', refName(p.schema))));
}

function responses(op) {
  return el('ul', { class: 'responses' }, Object.entries(op.responses || {}).map(([code, r]) => el('li', {},
    el('code', { text: code }), ' ', r.description || '',
    r.content ? ' — ' + Object.entries(r.content).map(([type, m]) => type + ' ' + refName(m.schema)).join(', ') : '')));
}

function operation(path, method, op) {
  const body = op.requestBody && op.requestBody.content && op.requestBody.content['application/json'];
  return el('section', { class: 'op' },
    el('h2', {}, el('span', { class: 'method ' + method, text: method.toUpperCase() }), ' ', el('code', { text: path })),
    el('p', { class: 'summary', text: op.summary || '' }),
    op.description ? el('p', { class: 'desc', text: op.description }) : null,
    params(op),
    body ? el('p', {}, '请求体：', el('code', { text: refName(body.schema) })) : null,
    responses(op));
}

async function main() {
  const root = document.getElementById('ops');
  try {
    const doc = await (await fetch('/openapi.json')).json();
    document.getElementById('api-title').textContent = doc.info.title + '（版本 ' + doc.info.version + '）';
    const ops = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) ops.push(operation(path, method, op));
    }
    const schemas = Object.entries((doc.components && doc.components.schemas) || {}).map(([name, s]) =>
      el('details', {}, el('summary', { text: name }), el('pre', { text: JSON.stringify(s, null, 2) })));
    root.replaceChildren(...ops, el('h2', { text: 'Schemas' }), ...schemas);
  } catch (err) {
    root.replaceChildren(el('p', { text: '无法读取 /openapi.json：' + err.message }));
  }
}
main();
`;

/** served at /assets/docs.css */
export const docsStyle = String.raw`body { margin: 0 auto; max-width: 920px; padding: 16px 20px 60px; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; line-height: 1.7; color: #1c2430; }
header { border-bottom: 3px solid #b0232a; margin-bottom: 12px; }
h1 { font-size: 22px; margin: 8px 0; }
.op { border: 1px solid #dde3ea; border-radius: 10px; padding: 8px 16px; margin: 12px 0; }
.op h2 { font-size: 17px; margin: 6px 0; }
.method { display: inline-block; min-width: 56px; text-align: center; border-radius: 6px; color: #fff; font-size: 13px; padding: 0 6px; background: #1a56a8; }
.method.post { background: #2e7d32; }
.summary { margin: 0; font-weight: 600; }
.desc { color: #5b6675; font-size: 14px; }
code { background: #f1f3f6; padding: 0 4px; border-radius: 4px; }
pre { background: #f7f8fa; padding: 8px; overflow-x: auto; font-size: 12px; }
ul { padding-left: 20px; font-size: 14px; }
`;
