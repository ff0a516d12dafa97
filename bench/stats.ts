// Small measuring helpers for the bench: percentiles, resident memory of this or another process.

import { readFileSync } from 'node:fs';

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(ms: number[]): Summary {
  const s = [...ms].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)),
    mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)), max: round(s[s.length - 1] ?? NaN),
  };
}

/** VmRSS (now) and VmHWM (peak) of a process from /proc, in MB; null once it has exited. */
export function procMemory(pid: number | 'self'): { rssMB: number; peakRssMB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: Math.round(kb('VmRSS') / 1024), peakRssMB: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

/** This process: resident now and at its peak (VmHWM; the same figure as resourceUsage().maxRSS). */
export function memory(): { rssMB: number; peakRssMB: number } {
  return procMemory('self') ?? { rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}
