// The real server (src/node/serve.ts) as a child process on 127.0.0.1: start-up timing and resident memory sampling.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { procMemory } from './stats.js';

export interface BenchServer {
  url: string;
  child: ChildProcess;
  logs: string[];
  /** ms from spawn to the "listening" log line, and to the first 200 from POST /api/chat */
  listeningMs: number;
  firstAnswerMs: number;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The V8 flag `npm start` passes (package.json): a 256 MB old-space ceiling, so V8 collects before it grows. */
export const START_FLAGS = ['--max-old-space-size=256'];

/** What `npm start` runs, minus the npm wrapper process, so the pid measured is the server itself. */
export async function startServer(env: Record<string, string>, firstQuestion: string): Promise<BenchServer> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...START_FLAGS, '--import', 'tsx', 'src/node/serve.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let listeningMs = NaN;
  const collect = (b: Buffer) => {
    for (const line of b.toString('utf8').split('\n').filter((l) => l.trim())) {
      logs.push(line);
      if (Number.isNaN(listeningMs) && line.includes(`listening on http://127.0.0.1:${port}/`)) listeningMs = performance.now() - t0;
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(t);
  };
  const url = `http://127.0.0.1:${port}`;
  const body = JSON.stringify({ messages: [{ role: 'user', content: firstQuestion }] });
  // cold start ends at the first answer: poll until the socket accepts and the engine answers
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${logs.join('\n')}`);
    if (performance.now() - t0 > 180_000) { await stop(); throw new Error(`no answer within 180 s:\n${logs.join('\n')}`); }
    try {
      const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (res.status === 200 && typeof ((await res.json()) as { answer?: unknown }).answer === 'string') break;
    } catch {
      /* not listening yet */
    }
    await sleep(10);
  }
  return { url, child, logs, listeningMs, firstAnswerMs: performance.now() - t0, stop };
}

/** Samples the process's resident memory every `everyMs` until stopped; returns the samples (MB). */
export function sampleRss(pid: number, everyMs = 250): { samples: number[]; stop: () => number[] } {
  const samples: number[] = [];
  const take = () => {
    const m = procMemory(pid);
    if (m) samples.push(m.rssMB);
  };
  take();
  const timer = setInterval(take, everyMs);
  return { samples, stop: () => { clearInterval(timer); take(); return samples; } };
}
