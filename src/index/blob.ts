// A small binary container for index parts: a JSON header plus named Float32 arrays, checked on load.

import { AppError } from '../core/errors.js';

const MAGIC = 'JAQB';
const VERSION = 1;

export interface Blob {
  meta: Record<string, unknown>;
  arrays: Record<string, Float32Array>;
}

interface Header {
  v: number;
  meta: Record<string, unknown>;
  arrays: Array<{ name: string; offset: number; length: number }>;
}

/** Layout: "JAQB", u32 header bytes, header JSON, zero padding to 4, then the arrays back to back (little-endian). */
export function packBlob(meta: Record<string, unknown>, arrays: Record<string, Float32Array>): Uint8Array {
  let offset = 0;
  const entries = Object.entries(arrays).map(([name, a]) => {
    const e = { name, offset, length: a.length };
    offset += a.length;
    return e;
  });
  const header = new TextEncoder().encode(JSON.stringify({ v: VERSION, meta, arrays: entries } satisfies Header));
  const dataStart = Math.ceil((8 + header.length) / 4) * 4;
  const out = new Uint8Array(dataStart + offset * 4);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  const view = new DataView(out.buffer, dataStart);
  let i = 0;
  for (const a of Object.values(arrays)) for (let j = 0; j < a.length; j++, i++) view.setFloat32(i * 4, a[j]!, true);
  return out;
}

export function unpackBlob(bytes: Uint8Array, what: string): Blob {
  const fail = (why: string) => new AppError('INDEX_CORRUPT', `${what}: ${why}`, { what });
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw fail('not an index blob');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = dv.getUint32(4, true);
  if (8 + headerLen > bytes.length) throw fail('truncated header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLen))) as Header;
  } catch {
    throw fail('unreadable header');
  }
  if (header.v !== VERSION) throw fail(`blob version ${header.v}, expected ${VERSION}`);
  const dataStart = Math.ceil((8 + headerLen) / 4) * 4;
  const total = header.arrays.reduce((s, a) => s + a.length, 0);
  if (bytes.length !== dataStart + total * 4) throw fail(`size ${bytes.length}, expected ${dataStart + total * 4}`);
  const arrays: Record<string, Float32Array> = {};
  for (const a of header.arrays) {
    const arr = new Float32Array(a.length);
    for (let j = 0; j < a.length; j++) arr[j] = dv.getFloat32(dataStart + (a.offset + j) * 4, true);
    arrays[a.name] = arr;
  }
  return { meta: header.meta, arrays };
}
