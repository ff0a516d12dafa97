// Truncated SVD of a sparse matrix by randomized range finding (Halko et al. 2011), in plain TypeScript.

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

/** Y (rows × l) = X · W (cols × l); dense matrices are row-major Float64Array. */
function mulXW(x: Csr, w: Float64Array, l: number): Float64Array {
  const y = new Float64Array(x.rows * l);
  for (let r = 0; r < x.rows; r++) {
    for (let p = x.ptr[r]!; p < x.ptr[r + 1]!; p++) {
      const c = x.idx[p]!, v = x.vals[p]!;
      for (let j = 0; j < l; j++) y[r * l + j]! += v * w[c * l + j]!;
    }
  }
  return y;
}

/** Z (cols × l) = Xᵀ · Q (rows × l). */
function mulXtQ(x: Csr, q: Float64Array, l: number): Float64Array {
  const z = new Float64Array(x.cols * l);
  for (let r = 0; r < x.rows; r++) {
    for (let p = x.ptr[r]!; p < x.ptr[r + 1]!; p++) {
      const c = x.idx[p]!, v = x.vals[p]!;
      for (let j = 0; j < l; j++) z[c * l + j]! += v * q[r * l + j]!;
    }
  }
  return z;
}

/**
 * Orthonormalises the l columns of a (n × l) matrix in place (modified Gram–Schmidt, twice for stability). The work
 * runs on a column-major copy so every pass reads memory in order; the arithmetic is the same, in the same order.
 */
function orthonormalize(a: Float64Array, n: number, l: number): void {
  const t = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) t[j * n + i] = a[i * l + j]!;
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < l; j++) {
      const cj = j * n;
      for (let k = 0; k < j; k++) {
        const ck = k * n;
        let d = 0;
        for (let i = 0; i < n; i++) d += t[cj + i]! * t[ck + i]!;
        for (let i = 0; i < n; i++) t[cj + i]! -= d * t[ck + i]!;
      }
      let s = 0;
      for (let i = 0; i < n; i++) s += t[cj + i]! ** 2;
      const norm = Math.sqrt(s) || 1;
      for (let i = 0; i < n; i++) t[cj + i]! /= norm;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) a[i * l + j] = t[j * n + i]!;
}

/** Eigen-decomposition of a symmetric l × l matrix by cyclic Jacobi rotations; returns values and column vectors. */
function jacobiEigen(m: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!, akq = a[k * l + q]!;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!, aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!, vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i++) values[i] = a[i * l + i]!;
  return { values, vectors: v };
}

export interface Svd {
  k: number;
  /** singular values, descending */
  sigma: Float64Array;
  /** right singular vectors, cols × k row-major (term → concept) */
  v: Float64Array;
}

/** Top-k singular values and right singular vectors of X; oversampling and power iterations sharpen the estimate. */
export function truncatedSvd(x: Csr, k: number, opts: { oversample?: number; powerIters?: number; seed?: number } = {}): Svd {
  const l = Math.min(k + (opts.oversample ?? 10), x.rows, x.cols);
  const rnd = gaussian(opts.seed ?? 42);
  const omega = new Float64Array(x.cols * l).map(() => rnd());
  let q = mulXW(x, omega, l);
  orthonormalize(q, x.rows, l);
  // Power iterations on X Xᵀ. Only the short side (rows: chunks, far fewer than features) is re-orthonormalised:
  // orthonormalising the tall Xᵀ Q too would cost seconds per step for no gain at the accuracy LSA needs.
  for (let it = 0; it < (opts.powerIters ?? 3); it++) {
    q = mulXW(x, mulXtQ(x, q, l), l);
    orthonormalize(q, x.rows, l);
  }
  // Bᵀ = Xᵀ Q (cols × l); B Bᵀ = Qᵀ X (Xᵀ Q) is small (l × l) and cheap to form on the short side
  const bt = mulXtQ(x, q, l);
  const xbt = mulXW(x, bt, l);
  const bbt = new Float64Array(l * l);
  for (let r = 0; r < x.rows; r++) {
    for (let i = 0; i < l; i++) {
      const qi = q[r * l + i]!;
      for (let j = 0; j < l; j++) bbt[i * l + j]! += qi * xbt[r * l + j]!;
    }
  }
  const { values, vectors } = jacobiEigen(bbt, l);
  const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, Math.min(k, l));
  const kk = order.length;
  const sigma = new Float64Array(kk);
  // W: the chosen eigenvectors (l × kk). V = Bᵀ W Σ⁻¹ = Xᵀ (Q W) Σ⁻¹: going through the short side costs
  // rows·l·kk + nnz·kk instead of cols·l·kk (seconds on the seeds, where features far outnumber chunks)
  const w = new Float64Array(l * kk);
  order.forEach((e, j) => {
    sigma[j] = Math.sqrt(Math.max(values[e]!, 0));
    for (let i = 0; i < l; i++) w[i * kk + j] = vectors[i * l + e]!;
  });
  const qw = new Float64Array(x.rows * kk);
  for (let r = 0; r < x.rows; r++) {
    for (let i = 0; i < l; i++) {
      const qi = q[r * l + i]!;
      for (let j = 0; j < kk; j++) qw[r * kk + j]! += qi * w[i * kk + j]!;
    }
  }
  const v = mulXtQ(x, qw, kk);
  // a zero singular value leaves its column at zero
  for (let c = 0; c < x.cols; c++) for (let j = 0; j < kk; j++) v[c * kk + j] = sigma[j] === 0 ? 0 : v[c * kk + j]! / sigma[j]!;
  return { k: kk, sigma, v };
}
