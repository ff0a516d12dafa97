// HTML building blocks for the self-contained reports: escaping, the page shell, tables, inline SVG bar charts.

/** Escapes text for element content and quoted attribute values alike. */
export function esc(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Pre-escaped HTML, so a table cell can hold markup without being escaped twice. */
export interface Html { html: string }
export const raw = (html: string): Html => ({ html });
const cell = (v: string | Html) => (typeof v === 'string' ? esc(v) : v.html);

export function table(head: Array<string | Html>, rows: Array<Array<string | Html>>, cls = ''): string {
  const th = head.map((h) => `<th>${cell(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${esc(cls)}"><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export const SERIES_COLOURS = ['#2563eb', '#f59e0b', '#10b981', '#ef4444'];

export interface BarGroup {
  label: string;
  values: Array<number | null>;
  /** how this group's values are printed (defaults to the chart's format) */
  format?: (v: number) => string;
}

/** Horizontal grouped bars on a 0–max scale, one colour per series, value printed after each bar. */
export function barChart(title: string, series: string[], groups: BarGroup[], format: (v: number) => string, max = 1): string {
  const labelW = 230, barW = 380, bar = 13, gap = 10, top = 48;
  const groupH = series.length * bar + gap;
  const height = top + groups.length * groupH + 10;
  const width = labelW + barW + 70;
  const parts: string[] = [`<text x="0" y="16" class="ct">${esc(title)}</text>`];
  series.forEach((s, i) => {
    const x = labelW + i * 130;
    parts.push(`<rect x="${x}" y="26" width="12" height="12" fill="${SERIES_COLOURS[i % 4]}"/><text x="${x + 16}" y="36" class="cl">${esc(s)}</text>`);
  });
  groups.forEach((g, gi) => {
    const y0 = top + gi * groupH;
    parts.push(`<text x="${labelW - 8}" y="${y0 + (series.length * bar) / 2 + 4}" text-anchor="end" class="cl">${esc(g.label)}</text>`);
    g.values.forEach((v, si) => {
      const y = y0 + si * bar;
      const w = v === null ? 0 : Math.max(0, Math.min(1, v / max)) * barW;
      parts.push(`<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${bar - 2}" fill="${SERIES_COLOURS[si % 4]}"/>`);
      parts.push(`<text x="${labelW + w + 4}" y="${y + bar - 3}" class="cv">${esc(v === null ? '—' : (g.format ?? format)(v))}</text>`);
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px;color:#111;max-width:1400px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #d4d4d8;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f4f4f5}td.num,.num td:not(:first-child){text-align:right;font-variant-numeric:tabular-nums}
.fail td{max-width:340px;word-break:break-all}.better{color:#047857}.worse{color:#b91c1c}.muted{color:#71717a}
.ct{font:600 14px system-ui,sans-serif}.cl{font:12px system-ui,"Noto Sans CJK SC",sans-serif}.cv{font:11px system-ui,sans-serif;fill:#3f3f46}
details{margin:8px 0}summary{cursor:pointer;font-weight:600}code{background:#f4f4f5;padding:0 3px}
.charts{display:flex;flex-wrap:wrap;gap:24px}`;

export function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}
