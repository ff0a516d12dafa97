// The chat page in real headless Chromium over a real server: streaming, citations, follow-ups, escaping, phone width.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { parseConfig } from '../../src/node/config.js';
import { ROOT } from '../helpers.js';
import { listen, nodeClientAddress, type Running } from '../http/server.js';
import { browserEngine } from './engine.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) console.warn(`[browser tests] skipped: ${CHROMIUM} is missing (run: bash scripts/install-browser.sh)`);

let server: Running;
let browser: Browser;

beforeAll(async () => {
  if (!hasBrowser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const engine = await browserEngine();
  server = await listen(createApp({ engine, config: parseConfig({}), clientAddress: nodeClientAddress }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records script errors and console errors (CSP violations are reported there). */
async function open(width: number, height: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body.ready');
  return { page, problems };
}

/**
 * Citation markers that the browser broke away from their text: a marker starting a line, or closing
 * punctuation (。，；…) starting the line after its marker. Found in the screenshots: "…保险金①" then "。" alone.
 */
function markerBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const top = (node: Node, from: number, to: number) => {
      const r = document.createRange();
      r.setStart(node, from);
      r.setEnd(node, to);
      return r.getClientRects()[0]!.top;
    };
    const bad: string[] = [];
    document.querySelectorAll('.answer-text .cite').forEach((btn) => {
      const mid = (btn.getBoundingClientRect().top + btn.getBoundingClientRect().bottom) / 2;
      const prev = btn.previousSibling;
      if (prev?.nodeType === Node.TEXT_NODE && prev.textContent && !/\s$/.test(prev.textContent)) {
        const n = prev.textContent.length;
        if (top(prev, n - 1, n) > mid) bad.push(`marker ${btn.textContent} starts a line`);
      }
      const next = btn.nextSibling;
      if (next?.nodeType === Node.TEXT_NODE && /^[。，、；：！？）》」』”’]/.test(next.textContent ?? '')) {
        if (top(next, 0, 1) > mid) bad.push(`"${next.textContent![0]}" after marker ${btn.textContent} starts a line`);
      }
    });
    return bad;
  });
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });

/** Asks through the text box and waits for the n-th answer to finish. */
async function ask(page: Page, question: string, n: number): Promise<void> {
  await page.fill('#question', question);
  await page.press('#question', 'Enter');
  await page.waitForSelector(`.turn:nth-child(${n}) .bot.done, .turn:nth-child(${n}) .status.error`, { timeout: 60_000 });
}

describe.skipIf(!hasBrowser)('chat page in Chromium', () => {
  it('streams an answer, opens a citation with the quote highlighted, and takes a follow-up', async () => {
    const { page, problems } = await open(1280, 860);
    await shot(page, 'desktop-1-welcome');
    // Count text insertions into the answer as they happen: streamed deltas arrive one by one.
    await page.evaluate(() => {
      const w = window as unknown as { inserts: number };
      w.inserts = 0;
      new MutationObserver((records) => {
        for (const r of records) if ((r.target as Element).classList?.contains('streaming')) w.inserts += r.addedNodes.length;
      }).observe(document.getElementById('conversation')!, { childList: true, subtree: true });
    });
    const bodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/chat')) bodies.push(r.postData() ?? '');
    });
    await ask(page, '公租房申请需要满足哪些条件？', 1);
    const inserts = await page.evaluate(() => (window as unknown as { inserts: number }).inserts);
    const deltas = Number(await page.getAttribute('.turn:nth-child(1) .answer-text', 'data-deltas'));
    expect(deltas).toBeGreaterThan(1);
    expect(inserts).toBe(deltas);
    const answer = await page.textContent('.turn:nth-child(1) .answer-text');
    expect(answer!.length).toBeGreaterThan(10);
    const cites = page.locator('.turn:nth-child(1) .answer-text .cite');
    expect(await cites.count()).toBeGreaterThan(0);
    expect(await page.locator('.turn:nth-child(1) .sources li').count()).toBeGreaterThan(0);
    expect(await markerBreaks(page)).toEqual([]);
    await shot(page, 'desktop-2-answer');

    // The citation opens the notice with the quoted words marked, scrolled into view.
    await cites.first().click();
    await page.waitForSelector('#panel:not([hidden]) mark.quote');
    const mark = page.locator('#panel-body mark.quote').first();
    const marked = await mark.textContent();
    expect(marked!.length).toBeGreaterThan(4);
    const sourceQuote = await page.locator('.turn:nth-child(1) .sources li').first().locator('.source-quote').textContent();
    expect(sourceQuote!.replace(/\s+/g, '')).toContain(marked!.replace(/\s+/g, ''));
    const box = (await mark.boundingBox())!;
    const panel = (await page.locator('#panel-body').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(panel.y);
    expect(box.y).toBeLessThan(panel.y + panel.height);
    await shot(page, 'desktop-3-citation');

    // Escape closes the panel and returns focus to the marker; a follow-up carries the history.
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#panel')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cite'))).toBe(true);
    await ask(page, '那审核通过后要公示几天？', 2);
    const second = JSON.parse(bodies[1]!) as { messages: Array<{ role: string; content: string }> };
    expect(second.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    // the page shows [n] markers as buttons labelled n; the history keeps the answer text as the server sent it
    expect(second.messages[1]!.content).toMatch(/\[1\]/);
    expect(second.messages[1]!.content.replace(/\[(\d+)\]/g, '$1')).toBe(answer);
    await shot(page, 'desktop-4-follow-up');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows typed markup as text and runs none of it', async () => {
    const { page, problems } = await open(1280, 860);
    const hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">公租房<b>条件</b>';
    await ask(page, hostile, 1);
    expect(await page.textContent('.turn:nth-child(1) .bubble')).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#conversation img, #conversation script, #conversation .bubble b').count()).toBe(0);
    await shot(page, 'desktop-5-escaped');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the rewritten query and per-stage scores with the debug toggle on', async () => {
    const { page, problems } = await open(1280, 860);
    await page.check('#debug-toggle');
    await ask(page, '大宁功能区税收收入年均增长目标是多少？', 1);
    const debug = page.locator('.turn:nth-child(1) details.debug-view');
    expect(await debug.isVisible()).toBe(true);
    expect(await debug.locator('dd').nth(1).textContent()).not.toBe('');
    expect(await debug.locator('tbody tr').count()).toBeGreaterThan(0);
    await debug.scrollIntoViewIfNeeded();
    // the toggle changes nothing outside the answers (the page frame keeps its full width)
    expect((await page.locator('.top').boundingBox())!.x).toBe(0);
    await shot(page, 'desktop-6-debug');
    // The answer cites a row of the plan's indicator table: the panel marks that row's quoted cells.
    await page.locator('.turn:nth-child(1) .answer-text .cite').first().click();
    await page.waitForSelector('#panel-body tr.cited mark.quote');
    expect(await page.locator('#panel-body tr.cited mark.quote').allTextContents()).toContain('税收收入年均增长率');
    await shot(page, 'desktop-7-table-citation');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('browses the notices and opens one by keyboard', async () => {
    const { page, problems } = await open(1280, 860);
    await page.click('#open-notices');
    await page.waitForSelector('.notice-list li');
    expect(await page.locator('.notice-list li').count()).toBe(17);
    await page.fill('.filter', '市北');
    expect(await page.locator('.notice-list li').count()).toBe(1);
    await page.focus('.notice-item');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel-body table.notice-table');
    expect(await page.textContent('#panel-title')).toContain('市北功能区');
    await shot(page, 'desktop-8-notice');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('renders the API docs page from /openapi.json under the same CSP', async () => {
    const { page, problems } = await open(1100, 900);
    await page.goto(`${server.url}/docs`);
    await page.waitForSelector('.op');
    expect(await page.textContent('#api-title')).toBe('静安政策问答 API（版本 1）');
    expect(await page.locator('.op').count()).toBe(await page.evaluate(async () => {
      const doc = (await (await fetch('/openapi.json')).json()) as { paths: Record<string, object> };
      return Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    }));
    await shot(page, 'docs');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('fits a 375 px phone: no sideways scrolling, the source panel takes the screen', async () => {
    const { page, problems } = await open(375, 740);
    await shot(page, 'phone-1-welcome');
    await ask(page, '公租房申请需要满足哪些条件？', 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await markerBreaks(page)).toEqual([]);
    await shot(page, 'phone-2-answer');
    await page.locator('.turn:nth-child(1) .sources .source').first().click();
    await page.waitForSelector('#panel:not([hidden]) mark.quote');
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(panel.width).toBe(375);
    await shot(page, 'phone-3-citation');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
