// The chat page's script as a string (plain browser JS; no backticks or ${} inside, so String.raw keeps it verbatim).

/** served at /assets/app.js */
export const appScript = String.raw`// 静安政策问答 chat page: streamed cited answers, a source panel with the quote highlighted, a notices browser.
// Everything shown is built with DOM nodes and textContent, never innerHTML, so nothing from the server or the
// user can become markup.
'use strict';

const $ = (id) => document.getElementById(id);
const els = {
  form: $('ask'), question: $('question'), send: $('send'), count: $('count'),
  conversation: $('conversation'), welcome: $('welcome'), debug: $('debug-toggle'),
  newChat: $('new-chat'), openNotices: $('open-notices'),
  panel: $('panel'), panelTitle: $('panel-title'), panelMeta: $('panel-meta'), panelBody: $('panel-body'),
  panelBack: $('panel-back'), panelClose: $('panel-close'),
};
const MAX_CHARS = Number(els.question.getAttribute('maxlength')) || 500;
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const state = { messages: [], busy: false, debug: false, notices: null, cache: new Map(), returnFocus: null, view: null };

/** el('p', {class: 'x'}, 'text', child) — strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

function storage(key, value) {
  try {
    if (value === undefined) return localStorage.getItem(key);
    localStorage.setItem(key, value);
  } catch { /* private mode: settings are not kept */ }
  return null;
}

// ---- talking to the server ----------------------------------------------------------------------------------

const FRIENDLY = {
  EMPTY_QUESTION: '请先输入一个问题。',
  QUESTION_TOO_LONG: '问题太长了，请精简到 ' + MAX_CHARS + ' 字以内。',
  RATE_LIMITED: '提问太频繁了，请稍等片刻再试。',
  BODY_TOO_LARGE: '对话太长了，请点“新对话”重新开始。',
  INDEX_MISSING: '服务正在准备文件索引，请稍后再试。',
  INDEX_MISMATCH: '服务正在准备文件索引，请稍后再试。',
  INDEX_CORRUPT: '文件索引需要重建，请联系管理员。',
};

function describeError(body, status) {
  const e = body && body.error;
  if (e && FRIENDLY[e.code]) return FRIENDLY[e.code];
  if (e && e.message) return '出错了：' + e.message;
  return '出错了（HTTP ' + status + '），请稍后再试。';
}

async function errorText(res) {
  let body = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  return describeError(body, res.status);
}

/** Reads a text/event-stream body, calling onEvent(name, parsedData) per event. */
async function readEvents(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    const blocks = buffer.split(/\r?\n\r?\n/);
    buffer = done ? '' : blocks.pop();
    for (const block of blocks) {
      let name = 'message';
      const data = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(name, JSON.parse(data.join('\n')));
    }
    if (done) return;
  }
}

async function getJson(url) {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(await errorText(res));
  return res.json();
}

function loadNotice(id) {
  if (!state.cache.has(id)) {
    const p = getJson('/api/notices/' + encodeURIComponent(id));
    p.catch(() => state.cache.delete(id));
    state.cache.set(id, p);
  }
  return state.cache.get(id);
}

// ---- the conversation ---------------------------------------------------------------------------------------

function setBusy(busy) {
  state.busy = busy;
  els.send.disabled = busy;
  els.send.textContent = busy ? '回答中…' : '发送';
  els.form.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function addTurn(question) {
  const answer = el('div', { class: 'answer-text streaming', 'aria-live': 'polite' });
  const status = el('p', { class: 'status', text: '正在查找相关文件…' });
  const body = el('div', { class: 'bot' }, status, answer);
  const item = el('li', { class: 'turn' },
    el('div', { class: 'user' }, el('p', { class: 'bubble', text: question })),
    body);
  els.conversation.append(item);
  item.scrollIntoView({ block: 'start', behavior: REDUCED_MOTION ? 'auto' : 'smooth' });
  return { item, body, status, answer, deltas: 0 };
}

async function ask(raw) {
  const question = String(raw || '').trim();
  if (state.busy || !question) return;
  setBusy(true);
  els.welcome.hidden = true;
  els.question.value = '';
  updateCount();
  const turn = addTurn(question);
  const messages = state.messages.concat([{ role: 'user', content: question }]);
  try {
    const res = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ messages, stream: true, debug: state.debug }),
    });
    if (!res.ok || !res.body) throw new Error(await errorText(res));
    let final = null;
    let failure = null;
    await readEvents(res.body, (name, data) => {
      if (name === 'delta') {
        turn.deltas += 1;
        turn.status.hidden = true;
        turn.answer.append(data.text);
        turn.answer.dataset.deltas = String(turn.deltas);
      } else if (name === 'done') final = data;
      else if (name === 'error') failure = describeError(data, 500);
    });
    if (failure) throw new Error(failure);
    if (!final) throw new Error('回答中断了，请重试。');
    renderAnswer(turn, final);
    state.messages = messages.concat([{ role: 'assistant', content: final.answer }]);
  } catch (err) {
    turn.status.hidden = false;
    turn.status.className = 'status error';
    turn.status.textContent = err instanceof Error ? err.message : String(err);
    turn.answer.remove();
  } finally {
    setBusy(false);
    els.question.focus();
  }
}

/** Punctuation that may not start a line in Chinese text (and so must stay with the marker before it). */
const CLOSING = /^[。，、；：！？）》」』”’…]+/;

/**
 * Answer text with each [n] turned into a button that opens citation n. Markers are inline boxes, after which
 * the browser may break a line: each is glued (nowrap) to the character before it and the closing punctuation
 * after it, so no line starts with "。" or with a lone marker.
 */
function answerNodes(text, citations) {
  const byN = new Map(citations.map((c) => [c.n, c]));
  const nodes = [];
  let last = 0;
  let glue = null;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const c = byN.get(Number(m[1]));
    if (!c) continue;
    const before = text.slice(last, m.index);
    if (!glue || before) {
      const chars = Array.from(before);
      const tail = chars.length && !/\s/.test(chars[chars.length - 1]) ? chars.pop() : '';
      if (chars.length) nodes.push(chars.join(''));
      glue = el('span', { class: 'cite-glue' }, tail);
      nodes.push(glue);
    }
    glue.append(citeButton(c, String(c.n), 'cite'));
    last = m.index + m[0].length;
    const closing = CLOSING.exec(text.slice(last));
    if (closing) {
      glue.append(closing[0]);
      last += closing[0].length;
    }
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function citeButton(c, label, cls) {
  const name = '引文 ' + c.n + '：' + (c.notice ? c.notice + ' ' : '') + c.title + ' ' + c.section;
  return el('button', { type: 'button', class: cls, 'aria-label': name, title: name, 'data-n': c.n,
    onclick: (e) => openCitation(c, e.currentTarget) }, label);
}

function renderAnswer(turn, res) {
  turn.status.hidden = true;
  turn.answer.className = 'answer-text' + (res.answerable ? '' : ' refusal');
  turn.answer.replaceChildren(...answerNodes(res.answer, res.citations));
  turn.body.classList.add('done');
  if (!res.answerable) turn.body.prepend(el('p', { class: 'badge', text: '现有文件中未找到依据' }));
  if (res.citations.length) turn.body.append(sourcesList(res.citations));
  if (res.debug || state.debug) {
    turn.body.append(debugView(res));
    nameNotices();
  }
}

function sourcesList(citations) {
  const list = el('ol', {});
  for (const c of citations) {
    const btn = citeButton(c, '', 'source');
    btn.append(
      el('span', { class: 'source-n', text: String(c.n) }),
      el('span', { class: 'source-main' },
        el('span', { class: 'source-title' }, c.notice ? el('span', { class: 'docno', text: c.notice }) : null, c.title),
        el('span', { class: 'source-section', text: c.sectionPath.length ? c.sectionPath.join(' › ') : c.section }),
        el('span', { class: 'source-quote', text: c.quote })));
    list.append(el('li', {}, btn));
  }
  return el('section', { class: 'sources', 'aria-label': '来源' }, el('h3', { text: '来源' }), list);
}

const STAGES = [['bm25', 'bm25Rank', 'BM25'], ['vector', 'vectorRank', '向量'], ['rrf', null, 'RRF'], ['rerank', null, '重排']];

function fmt(x) {
  return typeof x === 'number' ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3)) : '—';
}

/** Fills notice titles into the debug table once the notice list is loaded. */
async function nameNotices() {
  try {
    state.notices = state.notices || (await getJson('/api/notices')).notices;
  } catch { return; /* the table still shows sections and ids */ }
  const names = new Map(state.notices.map((n) => [n.id, n.shortTitle]));
  for (const span of document.querySelectorAll('.hit-notice[data-notice]')) {
    span.textContent = (names.get(span.dataset.notice) || span.dataset.notice) + ' · ';
    span.removeAttribute('data-notice');
  }
}

function debugView(res) {
  const rows = ((res.debug && res.debug.hits) || []).map((h, i) => el('tr', {},
    el('td', { text: String(i + 1) }),
    el('td', { class: 'sec', title: h.chunkId }, el('span', { class: 'hit-notice', 'data-notice': h.noticeId }), h.section),
    el('td', { text: fmt(h.score) }),
    STAGES.map(([k, rank]) => el('td', { text: fmt(h.stages[k]) + (rank && h.stages[rank] !== undefined ? ' (#' + h.stages[rank] + ')' : '') }))));
  const timings = Object.entries(res.timings || {}).map(([k, v]) => k + ' ' + Math.round(v) + ' ms').join(' · ');
  return el('details', { class: 'debug-view', open: true },
    el('summary', { text: '调试信息' }),
    el('dl', {},
      el('dt', { text: '原问题' }), el('dd', { text: res.query.original }),
      el('dt', { text: '改写后' }), el('dd', { text: res.query.rewritten }),
      el('dt', { text: '模式' }), el('dd', { text: res.mode }),
      el('dt', { text: '耗时' }), el('dd', { text: timings || '—' }),
      el('dt', { text: '备注' }), el('dd', { text: (res.notes || []).join('；') || '—' })),
    rows.length
      ? el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ['#', '章节', '得分'].concat(STAGES.map((s) => s[2])).map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, rows)))
      : el('p', { class: 'muted', text: '没有检索结果（或未开启调试）。' }));
}

// ---- the side panel: a notice in context --------------------------------------------------------------------

function showPanel(title, back) {
  els.panel.hidden = false;
  document.body.classList.add('panel-open');
  els.panelTitle.textContent = title;
  els.panelBack.hidden = !back;
  els.panelMeta.replaceChildren();
  els.panelBody.replaceChildren(el('p', { class: 'muted', text: '加载中…' }));
  els.panelBody.scrollTop = 0;
}

function closePanel() {
  els.panel.hidden = true;
  document.body.classList.remove('panel-open');
  state.view = null;
  if (state.returnFocus && document.contains(state.returnFocus)) state.returnFocus.focus();
}

function focusPanel() {
  els.panelTitle.focus({ preventScroll: true });
}

function overlaps(span, src) {
  return span.file === src.file && span.startLine <= src.endLine && span.endLine >= src.startLine;
}

/** [start, end) of needle in hay, ignoring whitespace on both sides; null when absent. */
function looseFind(hay, needle) {
  const exact = hay.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  const idx = [];
  let squeezed = '';
  for (let i = 0; i < hay.length; i++) if (!/\s/.test(hay[i])) { idx.push(i); squeezed += hay[i]; }
  const n = needle.replace(/\s+/g, '');
  if (!n) return null;
  const at = squeezed.indexOf(n);
  return at < 0 ? null : [idx[at], idx[at + n.length - 1] + 1];
}

/** The verbatim pieces of a quote: the answerer joins non-adjacent sentences with " … ". */
function quotePieces(quote) {
  return quote.split(/\s*…\s*|\n+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Quote pieces located in the given paragraphs: Map paragraphId → ranges. */
function locateQuote(quote, paragraphs) {
  const found = new Map();
  for (const piece of quotePieces(quote)) {
    for (const p of paragraphs) {
      const r = looseFind(p.text, piece);
      if (r) { (found.get(p.id) || found.set(p.id, []).get(p.id)).push(r); break; }
    }
  }
  return found;
}

/** Paragraph text as nodes with the given ranges wrapped in <mark>: text nodes only, so escaping is inherent. */
function highlighted(text, ranges) {
  const nodes = [];
  let last = 0;
  for (const [s, e] of ranges.slice().sort((a, b) => a[0] - b[0])) {
    if (s < last) continue;
    if (s > last) nodes.push(text.slice(last, s));
    nodes.push(el('mark', { class: 'quote' }, text.slice(s, e)));
    last = e;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/** A table; in the cited row, cells whose text the quote contains are marked. */
function tableBlock(b, cited, quote) {
  const squeezed = (quote || '').replace(/\s+/g, '');
  const cell = (text, inCitedRow) => {
    const hit = inCitedRow && text.trim() !== '' && squeezed.includes(text.replace(/\s+/g, ''));
    return el('td', {}, hit ? el('mark', { class: 'quote' }, text) : text);
  };
  return el('div', { class: 'table-wrap' }, el('table', { class: 'notice-table' },
    el('caption', { text: b.caption }),
    el('thead', {}, el('tr', {}, b.columns.map((c) => el('th', { scope: 'col', text: c })))),
    el('tbody', {}, b.rows.map((r) => {
      const inCitedRow = cited(r.span);
      return el('tr', { class: inCitedRow ? 'cited' : null, 'data-id': r.id }, b.columns.map((c) => cell(r.cells[c] || '', inCitedRow)));
    }))));
}

function renderNotice(notice, citation) {
  const cited = (span) => Boolean(citation && overlaps(span, citation.source));
  const paragraphs = notice.blocks.filter((b) => b.type === 'paragraph');
  const citedParas = paragraphs.filter((p) => cited(p.span));
  const ranges = citation ? locateQuote(citation.quote, citedParas.length ? citedParas : paragraphs) : new Map();
  const nodes = notice.blocks.map((b) => {
    if (b.type === 'table') return tableBlock(b, cited, citation && citation.quote);
    const marks = ranges.get(b.id);
    const content = marks ? highlighted(b.text, marks) : [b.text];
    const cls = [b.role, cited(b.span) || marks ? 'cited' : ''].join(' ').trim();
    if (b.role === 'heading') return el('h' + Math.min(6, 2 + (b.level || 1)), { class: cls, id: 'b-' + b.id }, content);
    return el('p', { class: cls, id: 'b-' + b.id }, content);
  });
  els.panelBody.replaceChildren(...nodes);
  const target = els.panelBody.querySelector('mark.quote') || els.panelBody.querySelector('.cited');
  if (citation && !els.panelBody.querySelector('mark.quote')) {
    els.panelBody.prepend(el('p', { class: 'muted', text: '未能在原文中逐字定位引文，已标出所在段落。' }));
  }
  if (target) target.scrollIntoView({ block: 'center' });
}

function noticeMeta(n, extra) {
  const bits = [n.docNo, n.kind, n.date, n.issuer].filter(Boolean);
  return [el('p', { class: 'meta-line', text: bits.join(' · ') })].concat(extra || []);
}

function lineRange(src) {
  return src.startLine === src.endLine ? String(src.startLine) : src.startLine + '–' + src.endLine;
}

async function openCitation(c, trigger) {
  state.returnFocus = trigger;
  state.view = 'citation';
  showPanel(c.title, false);
  const path = c.sectionPath.length ? c.sectionPath.join(' › ') : c.section;
  els.panelMeta.replaceChildren(
    el('p', { class: 'meta-line', text: [c.notice, c.kind].filter(Boolean).join(' · ') }),
    el('p', { class: 'section-path' }, el('span', { class: 'cite-n', text: String(c.n) }), path),
    el('p', { class: 'lines', text: '原文 ' + c.source.file + ' 第 ' + lineRange(c.source) + ' 行' }));
  focusPanel();
  try {
    renderNotice(await loadNotice(c.noticeId), c);
  } catch (err) {
    els.panelBody.replaceChildren(el('p', { class: 'status error', text: err.message }));
  }
}

async function openNotice(id, trigger) {
  state.view = 'notice';
  showPanel('加载中…', true);
  try {
    const n = await loadNotice(id);
    els.panelTitle.textContent = n.title;
    els.panelMeta.replaceChildren(...noticeMeta(n));
    renderNotice(n, null);
    els.panelBody.scrollTop = 0;
  } catch (err) {
    els.panelBody.replaceChildren(el('p', { class: 'status error', text: err.message }));
  }
  focusPanel();
}

async function openNoticeList(trigger) {
  if (trigger) state.returnFocus = trigger;
  state.view = 'list';
  showPanel('文件库', false);
  try {
    state.notices = state.notices || (await getJson('/api/notices')).notices;
  } catch (err) {
    els.panelBody.replaceChildren(el('p', { class: 'status error', text: err.message }));
    return;
  }
  const filter = el('input', { type: 'search', class: 'filter', placeholder: '按标题或文号筛选', 'aria-label': '按标题或文号筛选' });
  const list = el('ul', { class: 'notice-list' });
  const fill = () => {
    const q = filter.value.trim();
    list.replaceChildren(...state.notices
      .filter((n) => !q || (n.title + ' ' + (n.docNo || '')).includes(q))
      .map((n) => el('li', {}, el('button', { type: 'button', class: 'notice-item', onclick: (e) => openNotice(n.id, e.currentTarget) },
        el('span', { class: 'notice-title', text: n.shortTitle }),
        el('span', { class: 'notice-meta', text: [n.docNo, n.kind, n.date].filter(Boolean).join(' · ') })))));
  };
  filter.addEventListener('input', fill);
  fill();
  els.panelMeta.replaceChildren(el('p', { class: 'meta-line', text: '共 ' + state.notices.length + ' 份文件，点击阅读全文' }));
  els.panelBody.replaceChildren(filter, list);
  focusPanel();
}

// ---- wiring -------------------------------------------------------------------------------------------------

function updateCount() {
  const n = Array.from(els.question.value).length;
  els.count.textContent = n > MAX_CHARS * 0.8 ? n + ' / ' + MAX_CHARS : '';
  els.question.style.height = 'auto';
  els.question.style.height = Math.min(els.question.scrollHeight, 160) + 'px';
}

els.form.addEventListener('submit', (e) => { e.preventDefault(); ask(els.question.value); });
els.question.addEventListener('input', updateCount);
els.question.addEventListener('keydown', (e) => {
  // Enter sends; Shift+Enter is a new line; Enter while an IME is composing Chinese only confirms the word.
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
    e.preventDefault();
    ask(els.question.value);
  }
});
for (const chip of document.querySelectorAll('[data-q]')) chip.addEventListener('click', () => ask(chip.dataset.q));
els.newChat.addEventListener('click', () => {
  state.messages = [];
  els.conversation.replaceChildren();
  els.welcome.hidden = false;
  closePanel();
  els.question.focus();
});
els.openNotices.addEventListener('click', (e) => openNoticeList(e.currentTarget));
els.panelBack.addEventListener('click', () => openNoticeList(null));
els.panelClose.addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !els.panel.hidden) closePanel(); });
state.debug = storage('debug') === '1';
els.debug.checked = state.debug;
els.debug.addEventListener('change', () => {
  state.debug = els.debug.checked;
  storage('debug', state.debug ? '1' : '0');
});
document.body.classList.add('ready');
`;
