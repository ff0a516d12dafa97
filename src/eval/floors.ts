// Regression floors: minimum metric values (eval/floors.json) a run must reach; latency is never floored (bench territory).

import { z } from 'zod';
import { metricDef } from './metric-defs.js';
import type { Metrics } from './types.js';

export const floorsSchema = z.object({
  set: z.string(),
  note: z.string().optional(),
  floors: z.record(z.string(), z.number().min(0).max(1)),
}).strict();

export type Floors = z.infer<typeof floorsSchema>;

export interface FloorViolation {
  key: string;
  label: string;
  floor: number;
  value: number | null;
}

/** Unknown keys and latency keys are configuration errors, reported as messages rather than silently ignored. */
export function floorKeyProblems(floors: Floors): string[] {
  return Object.keys(floors.floors).flatMap((key) => {
    const def = metricDef(key);
    if (!def) return [`floors.json: unknown metric "${key}"`];
    if (def.kind === 'ms') return [`floors.json: "${key}" is a speed figure; speed targets belong in npm run bench`];
    return [];
  });
}

/** Metrics below their floor; a metric that could not be computed (null) fails any floor above zero. */
export function checkFloors(metrics: Metrics, floors: Floors): FloorViolation[] {
  const out: FloorViolation[] = [];
  for (const [key, floor] of Object.entries(floors.floors)) {
    const def = metricDef(key);
    if (!def) continue;
    const value = def.get(metrics);
    if ((value ?? 0) < floor - 1e-9) out.push({ key, label: def.label, floor, value });
  }
  return out;
}
