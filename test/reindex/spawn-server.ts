// Starts the real entry (src/node/serve.ts) as its own process on 127.0.0.1 and a free port, collecting its log lines.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from '../helpers.js';

export interface Spawned {
  url: string;
  child: ChildProcess;
  /** stdout and stderr lines so far */
  logs: string[];
  stop: () => Promise<void>;
}

/** A port the OS has just handed out and released (the server binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** `npm start` without the npm and tsx wrappers; only the given settings, nothing from this process's environment. */
export async function spawnServer(env: Record<string, string>, timeoutMs = 120_000): Promise<Spawned> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node/serve.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const started = Date.now();
  while (!logs.some((l) => l.includes(`listening on http://127.0.0.1:${port}/`))) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${logs.join('\n')}`);
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`server did not start in ${timeoutMs} ms:\n${logs.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `http://127.0.0.1:${port}`, child, logs, stop };
}
