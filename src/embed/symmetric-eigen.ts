// Eigen-decomposition of a small dense symmetric matrix: Householder tridiagonalisation, then implicit QL (EISPACK tred2/tql2).

export interface Eigen {
  /** eigenvalues, descending */
  values: Float64Array;
  /** eigenvector i is row i (n × n row-major), in the order of `values` */
  vectors: Float64Array;
}

/**
 * Reduces row i of the working matrix (rows 0..i already hold the part still to be reduced) with one Householder
 * reflection. `d` enters holding row i's leading part and leaves holding row i−1's; e[i] gets the off-diagonal.
 */
function householderRow(v: Float64Array, d: Float64Array, e: Float64Array, n: number, i: number): number {
  let scale = 0, h = 0;
  for (let k = 0; k < i; k++) scale += Math.abs(d[k]!);
  if (scale === 0) {
    e[i] = d[i - 1]!;
    for (let j = 0; j < i; j++) [d[j], v[i * n + j], v[j * n + i]] = [v[(i - 1) * n + j]!, 0, 0];
    return 0;
  }
  for (let k = 0; k < i; k++) h += (d[k]! /= scale) ** 2;
  const f = d[i - 1]!;
  const g = f > 0 ? -Math.sqrt(h) : Math.sqrt(h);
  e[i] = scale * g;
  h -= f * g;
  d[i - 1] = f - g;
  e.fill(0, 0, i);
  for (let j = 0; j < i; j++) {
    const fj = d[j]!;
    v[j * n + i] = fj;
    let gj = e[j]! + v[j * n + j]! * fj;
    for (let k = j + 1; k < i; k++) {
      gj += v[k * n + j]! * d[k]!;
      e[k]! += v[k * n + j]! * fj;
    }
    e[j] = gj;
  }
  let ff = 0;
  for (let j = 0; j < i; j++) ff += (e[j]! /= h) * d[j]!;
  const hh = ff / (h + h);
  for (let j = 0; j < i; j++) e[j]! -= hh * d[j]!;
  for (let j = 0; j < i; j++) {
    const fj = d[j]!, gj = e[j]!;
    for (let k = j; k < i; k++) v[k * n + j]! -= fj * e[k]! + gj * d[k]!;
    [d[j], v[i * n + j]] = [v[(i - 1) * n + j]!, 0];
  }
  return h;
}

/** Multiplies the stored reflections together: v becomes the orthogonal matrix of the reduction (columns). */
function accumulateReflections(v: Float64Array, d: Float64Array, n: number): void {
  for (let i = 0; i < n - 1; i++) {
    v[(n - 1) * n + i] = v[i * n + i]!;
    v[i * n + i] = 1;
    const h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[k * n + i + 1]! / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += v[k * n + i + 1]! * v[k * n + j]!;
        for (let k = 0; k <= i; k++) v[k * n + j]! -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) v[k * n + i + 1] = 0;
  }
  for (let j = 0; j < n; j++) [d[j], v[(n - 1) * n + j]] = [v[(n - 1) * n + j]!, 0];
  v[n * n - 1] = 1;
}

/** A = V T Vᵀ with T tridiagonal (diagonal d, sub-diagonal e[1..n−1]); V's columns hold the reduction. */
function tridiagonalize(a: Float64Array, n: number): { v: Float64Array; d: Float64Array; e: Float64Array } {
  const v = Float64Array.from(a);
  const d = v.slice((n - 1) * n, n * n);
  const e = new Float64Array(n);
  for (let i = n - 1; i > 0; i--) d[i] = householderRow(v, d, e, n, i);
  accumulateReflections(v, d, n);
  e[0] = 0;
  return { v, d, e };
}

/**
 * One implicit QL step on the block l..m of the tridiagonal (d, e), with the rotations applied to the rows of z
 * (z's row i is the current vector i, so each rotation reads two contiguous rows). Returns the shift taken.
 */
function qlStep(d: Float64Array, e: Float64Array, z: Float64Array, n: number, l: number, m: number): number {
  const g0 = d[l]!;
  let p = (d[l + 1]! - g0) / (2 * e[l]!);
  let r = Math.hypot(p, 1) * (p < 0 ? -1 : 1);
  d[l] = e[l]! / (p + r);
  d[l + 1] = e[l]! * (p + r);
  const dl1 = d[l + 1]!, shift = g0 - d[l]!;
  for (let i = l + 2; i < n; i++) d[i]! -= shift;
  p = d[m]!;
  let c = 1, c2 = 1, c3 = 1, s = 0, s2 = 0;
  const el1 = e[l + 1]!;
  for (let i = m - 1; i >= l; i--) {
    [c3, c2, s2] = [c2, c, s];
    const g = c * e[i]!, h = c * p;
    r = Math.hypot(p, e[i]!);
    e[i + 1] = s * r;
    [s, c] = [e[i]! / r, p / r];
    p = c * d[i]! - s * g;
    d[i + 1] = h + s * (c * g + s * d[i]!);
    for (let k = 0, a = i * n, b = a + n; k < n; k++) {
      const zb = z[b + k]!;
      z[b + k] = s * z[a + k]! + c * zb;
      z[a + k] = c * z[a + k]! - s * zb;
    }
  }
  p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
  e[l] = s * p;
  d[l] = c * p;
  return shift;
}

/** Diagonalises the tridiagonal (d, e) by implicit QL with Wilkinson-like shifts; d becomes the eigenvalues. */
function tql(d: Float64Array, e: Float64Array, z: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0, tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]!) > eps * tst1) m++;
    // a split at m: d[l] is converged when m = l, else iterate (a few steps each; bounded against a pathological input)
    for (let iter = 0; m > l && Math.abs(e[l]!) > eps * tst1 && iter < 60; iter++) f += qlStep(d, e, z, n, l, m);
    d[l] = d[l]! + f;
    e[l] = 0;
  }
}

/** Eigenvalues (descending) and eigenvectors of the symmetric n × n row-major matrix `a` (left unchanged). */
export function symmetricEigen(a: Float64Array, n: number): Eigen {
  if (n === 0) return { values: new Float64Array(), vectors: new Float64Array() };
  const { v, d, e } = tridiagonalize(a, n);
  // z = Vᵀ: eigenvectors as rows, so QL's rotations and the final reordering touch memory in order
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) z[j * n + i] = v[i * n + j]!;
  tql(d, e, z, n);
  const order = [...d.keys()].sort((x, y) => d[y]! - d[x]!);
  const values = Float64Array.from(order, (i) => d[i]!);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => vectors.set(z.subarray(from * n, from * n + n), to * n));
  return { values, vectors };
}
