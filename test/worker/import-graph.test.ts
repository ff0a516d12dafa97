// The Worker's runtime import graph, walked from src/worker.ts: no node:* module and no native addon anywhere in it.

import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** Packages that load compiled addons or native runtimes: none of them can run in workerd. */
const NATIVE = ['hnswlib-node', '@node-rs/jieba', 'onnxruntime-node', '@xenova/transformers'];

interface Graph {
  /** repository-relative source files reached */
  files: Set<string>;
  /** bare specifiers (package names, node:*), each with the first file importing it */
  packages: Map<string, string>;
  /** non-TypeScript files imported by path (wasm, json) */
  assets: Set<string>;
}

/** Value imports only: `import type` / `export type` are erased (verbatimModuleSyntax), so they never load. */
function specifiers(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function walk(entry: string): Graph {
  const g: Graph = { files: new Set(), packages: new Map(), assets: new Set() };
  const queue = [resolve(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    const rel = relative(ROOT, file);
    if (g.files.has(rel)) continue;
    g.files.add(rel);
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) {
        if (!g.packages.has(packageName(spec))) g.packages.set(packageName(spec), rel);
        continue;
      }
      const target = join(dirname(file), spec);
      const source = target.replace(/\.js$/, '.ts');
      if (/\.js$/.test(spec) && existsSync(source)) queue.push(source);
      else if (existsSync(target)) g.assets.add(relative(ROOT, target));
      else throw new Error(`${rel}: cannot resolve ${spec}`);
    }
  }
  return g;
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const offending = (g: Graph) => [...g.packages].filter(([name]) => name.startsWith('node:') || builtins.has(name) || NATIVE.includes(name));

describe('Worker import graph', () => {
  const graph = walk('src/worker.ts');

  it('reaches the shared app and core through the worker composition (so the walk is not vacuous)', () => {
    for (const f of ['src/http/app.ts', 'src/retrieve/retriever.ts', 'src/answer/extractive.ts', 'src/ingest/corpus.ts', 'src/worker/wasm-segmenter.ts']) {
      expect(graph.files).toContain(f);
    }
    expect(graph.packages.has('hono') || graph.packages.has('@hono/zod-openapi')).toBe(true);
    expect(graph.assets).toContain('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm');
  });

  it('holds no node:* or Node built-in module and no native addon', () => {
    expect(offending(graph)).toEqual([]);
    // from the Node edge only its configuration schema (zod, no I/O), so HTTP limits parse alike in both runtimes
    expect([...graph.files].filter((f) => f.startsWith('src/node/'))).toEqual(['src/node/config.ts']);
  });

  it('would catch one: the Node composition root imports native jieba and hnswlib', () => {
    const names = offending(walk('src/node/engine.ts')).map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['@node-rs/jieba', 'hnswlib-node', 'node:fs']));
  });
});
