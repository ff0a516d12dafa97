// Truncated SVD of a sparse matrix by randomized range finding (Halko et al. 2011), in plain TypeScript.

import { symmetricEigen } from './symmetric-eigen.js';

/** Compressed sparse rows: row r holds cols[ptr[r]..ptr[r+1]) with values vals[...]. */
export interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  vals: Float64Array;
}

/** Deterministic PRNG (mulberry32) with Box–Muller normals: the same corpus always gives the same vectors. */
export function gaussian(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() + 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

/**
 * y[yo..yo+n) += a · x[xo..xo+n). Every product below is made of these; unrolled by four, which V8 runs ~1.5× faster
 * than the plain loop (it does not vectorise or unroll by itself).
 */
function axpy(y: Float64Array, yo: number, a: number, x: Float64Array, xo: number, n: number): void {
  const n4 = n & ~3;
  let j = 0;
  for (; j < n4; j += 4) {
    y[yo + j]! += a * x[xo + j]!;
    y[yo + j + 1]! += a * x[xo + j + 1]!;
    y[yo + j + 2]! += a * x[xo + j + 2]!;
    y[yo + j + 3]! += a * x[xo + j + 3]!;
  }
  for (; j < n; j++) y[yo + j]! += a * x[xo + j]!;
}

/** a[ao..ao+n) · b[bo..bo+n), unrolled like axpy (four partial sums). */
function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, n: number): number {
  const n4 = n & ~3;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, j = 0;
  for (; j < n4; j += 4) {
    s0 += a[ao + j]! * b[bo + j]!;
    s1 += a[ao + j + 1]! * b[bo + j + 1]!;
    s2 += a[ao + j + 2]! * b[bo + j + 2]!;
    s3 += a[ao + j + 3]! * b[bo + j + 3]!;
  }
  for (; j < n; j++) s0 += a[ao + j]! * b[bo + j]!;
  return s0 + s1 + s2 + s3;
}

/** The same matrix stored by columns: column c holds rows idx[ptr[c]..ptr[c+1]), in ascending row order. */
interface Csc {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  vals: Float64Array;
}

/**
 * X by columns. Every product below walks X column by column, so the wide cols × l matrices (tens of MB, read in
 * random order by a row-wise walk) are either never stored or written in order; the sums keep the same order.
 */
function toCsc(x: Csr): Csc {
  const ptr = new Int32Array(x.cols + 1);
  for (let p = 0; p < x.ptr[x.rows]!; p++) ptr[x.idx[p]! + 1]!++;
  for (let c = 0; c < x.cols; c++) ptr[c + 1]! += ptr[c]!;
  const next = ptr.slice(0, x.cols);
  const idx = new Int32Array(ptr[x.cols]!);
  const vals = new Float64Array(ptr[x.cols]!);
  for (let r = 0; r < x.rows; r++) {
    for (let p = x.ptr[r]!; p < x.ptr[r + 1]!; p++) {
      const at = next[x.idx[p]!]!++;
      idx[at] = r;
      vals[at] = x.vals[p]!;
    }
  }
  return { rows: x.rows, cols: x.cols, ptr, idx, vals };
}

/** Y (rows × l) = X · Ω, Ω (cols × l) drawn row by row from rnd as it is needed, never stored whole. */
function sketch(x: Csc, l: number, rnd: () => number): Float64Array {
  const y = new Float64Array(x.rows * l);
  const w = new Float64Array(l);
  for (let c = 0; c < x.cols; c++) {
    for (let j = 0; j < l; j++) w[j] = rnd();
    for (let p = x.ptr[c]!; p < x.ptr[c + 1]!; p++) axpy(y, x.idx[p]! * l, x.vals[p]!, w, 0, l);
  }
  return y;
}

/** Y (rows × l) = X Xᵀ Q, one column of X at a time: z = (Xᵀ Q)[c] is l numbers, added back as y_r += x_rc z. */
function mulXXtQ(x: Csc, q: Float64Array, l: number): Float64Array {
  const y = new Float64Array(x.rows * l);
  const z = new Float64Array(l);
  for (let c = 0; c < x.cols; c++) {
    z.fill(0);
    for (let p = x.ptr[c]!; p < x.ptr[c + 1]!; p++) axpy(z, 0, x.vals[p]!, q, x.idx[p]! * l, l);
    for (let p = x.ptr[c]!; p < x.ptr[c + 1]!; p++) axpy(y, x.idx[p]! * l, x.vals[p]!, z, 0, l);
  }
  return y;
}

/** Z (cols × l) = Xᵀ · Q (rows × l), written one row of Z at a time. */
function mulXtQ(x: Csc, q: Float64Array, l: number): Float64Array {
  const z = new Float64Array(x.cols * l);
  for (let c = 0; c < x.cols; c++) {
    for (let p = x.ptr[c]!; p < x.ptr[c + 1]!; p++) axpy(z, c * l, x.vals[p]!, q, x.idx[p]! * l, l);
  }
  return z;
}

/**
 * Orthonormalises the l columns of a (n × l) matrix in place by modified Gram–Schmidt; a second pass restores the
 * orthogonality rounding erodes. The work runs on a column-major copy so every pass reads memory in order.
 */
function orthonormalize(a: Float64Array, n: number, l: number, passes: number): void {
  const t = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) t[j * n + i] = a[i * l + j]!;
  for (let pass = 0; pass < passes; pass++) {
    for (let j = 0; j < l; j++) {
      const cj = j * n;
      for (let k = 0; k < j; k++) axpy(t, cj, -dot(t, cj, t, k * n, n), t, k * n, n);
      const norm = Math.sqrt(dot(t, cj, t, cj, n)) || 1;
      for (let i = 0; i < n; i++) t[cj + i]! /= norm;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) a[i * l + j] = t[j * n + i]!;
}

export interface Svd {
  k: number;
  /** singular values, descending */
  sigma: Float64Array;
  /** right singular vectors, cols × k row-major (term → concept) */
  v: Float64Array;
}

/** An orthonormal basis (rows × l) for the leading left singular subspace of X: a random sketch, then power iterations. */
function rangeFinder(x: Csc, l: number, powerIters: number, seed: number): Float64Array {
  let q = sketch(x, l, gaussian(seed));
  orthonormalize(q, x.rows, l, 1);
  // Power iterations on X Xᵀ, on the short side (rows: chunks, far fewer than features). Only the span of Q carries
  // forward, so one Gram–Schmidt pass suffices between steps; the last Q, which B = Qᵀ X is projected on, gets two.
  for (let it = 0; it < powerIters; it++) {
    q = mulXXtQ(x, q, l);
    orthonormalize(q, x.rows, l, it === powerIters - 1 ? 2 : 1);
  }
  return q;
}

/** Qᵀ Y (l × l) for Y = X Xᵀ Q, which is symmetric: the upper half is summed and mirrored. */
function projectGram(q: Float64Array, y: Float64Array, rows: number, l: number): Float64Array {
  const m = new Float64Array(l * l);
  for (let r = 0; r < rows; r++) {
    const at = r * l;
    for (let i = 0; i < l; i++) {
      const qi = q[at + i]!, mi = i * l;
      for (let j = i; j < l; j++) m[mi + j]! += qi * y[at + j]!;
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) m[i * l + j] = m[j * l + i]!;
  return m;
}

/** Q W (rows × kk), W's columns being the first kk eigenvectors (rows of `vectors`, l long each). */
function rotate(q: Float64Array, vectors: Float64Array, rows: number, l: number, kk: number): Float64Array {
  const out = new Float64Array(rows * kk);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < kk; j++) out[r * kk + j] = dot(q, r * l, vectors, j * l, l);
  }
  return out;
}

/**
 * Top-k singular values and right singular vectors of X; oversampling and power iterations sharpen the estimate.
 * Two iterations: a third changed no dev-set score (retrieval hit@1/@5, answers) and cost ~0.4 s of the seeds' build;
 * one lost half a point of section hit@1.
 */
export function truncatedSvd(x: Csr, k: number, opts: { oversample?: number; powerIters?: number; seed?: number } = {}): Svd {
  const l = Math.min(k + (opts.oversample ?? 10), x.rows, x.cols);
  const xc = toCsc(x);
  const q = rangeFinder(xc, l, opts.powerIters ?? 2, opts.seed ?? 42);
  // B = Qᵀ X; B Bᵀ = Qᵀ (X Xᵀ Q) is small (l × l) and cheap to form on the short side
  const { values, vectors } = symmetricEigen(projectGram(q, mulXXtQ(xc, q, l), x.rows, l), l);
  const kk = Math.min(k, l);
  const sigma = Float64Array.from(values.subarray(0, kk), (e) => Math.sqrt(Math.max(e, 0)));
  // V = Bᵀ W Σ⁻¹ = Xᵀ (Q W) Σ⁻¹ with W the top eigenvectors: through the short side this costs rows·l·kk + nnz·kk
  // instead of cols·l·kk (seconds on the seeds, where features far outnumber chunks)
  const v = mulXtQ(xc, rotate(q, vectors, x.rows, l, kk), kk);
  // a zero singular value leaves its column at zero
  for (let c = 0; c < x.cols; c++) for (let j = 0; j < kk; j++) v[c * kk + j] = sigma[j] === 0 ? 0 : v[c * kk + j]! / sigma[j]!;
  return { k: kk, sigma, v };
}
