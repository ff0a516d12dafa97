// The LSA numerics against matrices whose answers are known in closed form: eigenvalues, singular values, orthogonality.

import { describe, expect, it } from 'vitest';
import { gaussian, truncatedSvd, type Csr } from '../../src/embed/svd.js';
import { symmetricEigen } from '../../src/embed/symmetric-eigen.js';

/** Dense row-major rows × cols → CSR (zeros left out). */
function csr(rows: number, cols: number, dense: ArrayLike<number>): Csr {
  const ptr = new Int32Array(rows + 1);
  const idx: number[] = [];
  const vals: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (dense[r * cols + c] !== 0) {
        idx.push(c);
        vals.push(dense[r * cols + c]!);
      }
    }
    ptr[r + 1] = idx.length;
  }
  return { rows, cols, ptr, idx: Int32Array.from(idx), vals: Float64Array.from(vals) };
}

/** A random n × n orthogonal matrix: Gram–Schmidt on Gaussian columns (returned row-major, columns orthonormal). */
function randomOrthogonal(n: number, seed: number): Float64Array {
  const rnd = gaussian(seed);
  const cols = Array.from({ length: n }, () => Float64Array.from({ length: n }, rnd));
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < j; k++) {
      let d = 0;
      for (let i = 0; i < n; i++) d += cols[j]![i]! * cols[k]![i]!;
      for (let i = 0; i < n; i++) cols[j]![i]! -= d * cols[k]![i]!;
    }
    const norm = Math.hypot(...cols[j]!);
    for (let i = 0; i < n; i++) cols[j]![i]! /= norm;
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = cols[j]![i]!;
  return out;
}

/** U diag(sigma) Vᵀ with random orthogonal U (rows × rows) and the first `rows` columns of V (cols × cols). */
function withSingularValues(sigma: number[], rows: number, cols: number): Float64Array {
  const u = randomOrthogonal(rows, 7);
  const v = randomOrthogonal(cols, 11);
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let s = 0;
      for (let j = 0; j < sigma.length; j++) s += u[r * rows + j]! * sigma[j]! * v[c * cols + j]!;
      out[r * cols + c] = s;
    }
  }
  return out;
}

describe('symmetricEigen', () => {
  it('gives the closed-form spectrum of the second-difference matrix: 2 − 2·cos(jπ/(n+1)), descending', () => {
    const n = 50;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 2;
      if (i > 0) a[i * n + i - 1] = a[(i - 1) * n + i] = -1;
    }
    const { values } = symmetricEigen(a, n);
    const exact = Array.from({ length: n }, (_, j) => 2 - 2 * Math.cos(((n - j) * Math.PI) / (n + 1)));
    values.forEach((v, j) => expect(v).toBeCloseTo(exact[j]!, 12));
  });

  it('returns orthonormal eigenvectors with A·v = λ·v on a random symmetric matrix, and leaves the input alone', () => {
    const n = 40;
    const rnd = gaussian(3);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = rnd();
    const copy = Float64Array.from(a);
    const { values, vectors } = symmetricEigen(a, n);
    expect(a).toEqual(copy);
    for (let e = 0; e < n; e++) {
      if (e > 0) expect(values[e]!).toBeLessThanOrEqual(values[e - 1]!);
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[e * n + j]!;
        expect(av).toBeCloseTo(values[e]! * vectors[e * n + i]!, 10);
      }
      for (let f = 0; f <= e; f++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += vectors[e * n + i]! * vectors[f * n + i]!;
        expect(d).toBeCloseTo(e === f ? 1 : 0, 12);
      }
    }
  });

  it('handles the degenerate cases: a diagonal matrix, a repeated eigenvalue, a zero matrix, 1 × 1', () => {
    expect([...symmetricEigen(Float64Array.from([1, 0, 0, 0, 5, 0, 0, 0, 3]), 3).values]).toEqual([5, 3, 1]);
    expect([...symmetricEigen(Float64Array.from([2, 0, 0, 2]), 2).values]).toEqual([2, 2]);
    expect([...symmetricEigen(new Float64Array(9), 3).values]).toEqual([0, 0, 0]);
    const one = symmetricEigen(Float64Array.from([-4]), 1);
    expect([[...one.values], [...one.vectors]]).toEqual([[-4], [1]]);
  });
});

describe('truncatedSvd', () => {
  it('recovers the singular values of a small sparse matrix exactly', () => {
    // a permuted diagonal: singular values 3, 2, 1 with right vectors e0, e2, e1 (up to sign)
    const x = csr(3, 4, [3, 0, 0, 0, 0, 0, 2, 0, 0, 1, 0, 0]);
    const svd = truncatedSvd(x, 2);
    expect(svd.k).toBe(2);
    expect([...svd.sigma].map((s) => +s.toFixed(12))).toEqual([3, 2]);
    expect([...svd.v].map((s) => Math.abs(+s.toFixed(12)))).toEqual([1, 0, 0, 0, 0, 1, 0, 0]);
  });

  it('finds the top singular values and orthonormal right vectors of a matrix built from known ones', () => {
    const sigma = [9, 7, 5.5, 4, 3, 2, 1.5, 1, 0.5, 0.25, 0.1, 0.05];
    const rows = 12, cols = 30, k = 6;
    const x = csr(rows, cols, withSingularValues(sigma, rows, cols));
    const svd = truncatedSvd(x, k, { seed: 5 });
    [...svd.sigma].forEach((s, j) => expect(s).toBeCloseTo(sigma[j]!, 9));
    for (let a = 0; a < k; a++) {
      for (let b = 0; b <= a; b++) {
        let d = 0;
        for (let c = 0; c < cols; c++) d += svd.v[c * k + a]! * svd.v[c * k + b]!;
        expect(d).toBeCloseTo(a === b ? 1 : 0, 9);
      }
    }
  });

  it('on a tall sketch (rows > k + oversampling) still ranks the dominant directions first', () => {
    const sigma = Array.from({ length: 40 }, (_, j) => 100 * 0.7 ** j);
    const x = csr(40, 60, withSingularValues(sigma, 40, 60));
    const svd = truncatedSvd(x, 5, { oversample: 10, seed: 9 });
    [...svd.sigma].forEach((s, j) => expect(s / sigma[j]!).toBeCloseTo(1, 6));
  });
});
