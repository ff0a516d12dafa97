// The chat page's stylesheet as a string: Chinese typography, answer and source styling, phone layout.

/** served at /assets/app.css */
export const appStyle = String.raw`/* 静安政策问答: Chinese-first typography, a reading panel for sources, phone-width layout. */
:root {
  --fg: #1c2430;
  --muted: #5b6675;
  --line: #dde3ea;
  --bg: #f4f6f9;
  --card: #ffffff;
  --accent: #1a56a8;
  --accent-soft: #e8f0fb;
  --brand: #b0232a;
  --mark: #fff0a6;
  --mark-line: #d9a400;
  --cited: #fff9e0;
  --danger: #a4262c;
  --panel-w: min(46vw, 640px);
  --radius: 10px;
  font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif;
  font-size: 16px;
  line-height: 1.75;
  color: var(--fg);
  background: var(--bg);
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; overflow-wrap: anywhere; }
button, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
[hidden] { display: none !important; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 8px 12px; z-index: 100; }
.skip:focus { left: 8px; }
.muted { color: var(--muted); }

/* header */
.top {
  position: sticky; top: 0; z-index: 20; display: flex; align-items: center; justify-content: space-between; gap: 12px;
  padding: 10px 20px; background: var(--card); border-bottom: 3px solid var(--brand);
}
.brand h1 { margin: 0; font-size: 20px; letter-spacing: 0.06em; color: var(--brand); }
.brand p { margin: 0; font-size: 13px; color: var(--muted); }
.tools { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; justify-content: flex-end; }
.tool {
  border: 1px solid var(--line); background: var(--card); border-radius: 999px; padding: 4px 14px; font-size: 14px;
  min-height: 36px; display: inline-flex; align-items: center; gap: 6px;
}
.tool:hover { border-color: var(--accent); color: var(--accent); }
.switch input { width: 16px; height: 16px; margin: 0; accent-color: var(--accent); }

/* conversation */
.layout { flex: 1; display: flex; }
main { flex: 1; min-width: 0; padding: 20px 20px 140px; }
body.panel-open main, body.panel-open .top { margin-right: var(--panel-w); }
.welcome, .conversation { max-width: 780px; margin: 0 auto; }
.welcome h2 { font-size: 24px; margin: 12px 0 4px; }
.welcome > p { margin: 0 0 18px; color: var(--muted); }
.examples { display: grid; gap: 14px; }
.group { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 12px 16px; }
.group h3 { margin: 0 0 8px; font-size: 15px; color: var(--accent); }
.group h3 small { color: var(--muted); font-weight: normal; margin-left: 6px; }
.chips { display: flex; flex-wrap: wrap; gap: 8px; }
.chip {
  text-align: left; border: 1px solid var(--line); background: var(--bg); border-radius: 8px; padding: 6px 12px;
  font-size: 14px; line-height: 1.5;
}
.chip:hover { border-color: var(--accent); background: var(--accent-soft); }
.conversation { list-style: none; padding: 0; margin: 0 auto; }
.turn { margin: 0 0 22px; }
.user { display: flex; justify-content: flex-end; margin-bottom: 10px; }
.bubble {
  margin: 0; max-width: 85%; background: var(--accent); color: #fff; padding: 8px 14px;
  border-radius: 16px 16px 4px 16px; white-space: pre-wrap;
}
.bot { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 14px 18px; }
.answer-text { white-space: pre-wrap; font-size: 16.5px; line-height: 1.85; text-align: justify; }
.answer-text.streaming::after { content: "▍"; color: var(--accent); animation: blink 1s steps(2) infinite; }
@keyframes blink { 50% { opacity: 0; } }
.answer-text.refusal { color: var(--muted); }
.badge { display: inline-block; margin: 0 0 8px; font-size: 13px; padding: 0 10px; border-radius: 999px; background: #fdecea; color: var(--danger); }
.status { margin: 0; color: var(--muted); }
.status.error { color: var(--danger); }
.cite {
  display: inline-flex; align-items: center; justify-content: center; min-width: 1.45em; height: 1.45em; margin: 0 2px;
  padding: 0 4px; border: 1px solid var(--accent); border-radius: 6px; background: var(--accent-soft); color: var(--accent);
  font-size: 12px; font-weight: 600; line-height: 1; vertical-align: 0.3em;
}
.cite-glue { white-space: nowrap; }
.cite:hover, .cite:focus-visible { background: var(--accent); color: #fff; }
.sources { margin-top: 14px; border-top: 1px dashed var(--line); padding-top: 8px; }
.sources h3 { margin: 0 0 6px; font-size: 14px; color: var(--muted); font-weight: 600; }
.sources ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.source {
  width: 100%; display: flex; gap: 10px; text-align: left; border: 1px solid var(--line); border-radius: 8px;
  background: var(--card); padding: 8px 10px; line-height: 1.55;
}
.source:hover, .source:focus-visible { border-color: var(--accent); background: var(--accent-soft); }
.source-n {
  flex: none; width: 1.6em; height: 1.6em; border-radius: 6px; background: var(--accent); color: #fff; font-size: 12px;
  font-weight: 700; display: flex; align-items: center; justify-content: center; margin-top: 1px;
}
.source-main { display: flex; flex-direction: column; min-width: 0; }
.source-title { font-weight: 600; font-size: 14px; }
.docno { color: var(--brand); margin-right: 6px; font-weight: 600; }
.source-section { font-size: 13px; color: var(--accent); }
.source-quote {
  font-size: 13px; color: var(--muted); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.debug-view { margin-top: 12px; font-size: 13px; background: #f7f8fa; border: 1px solid var(--line); border-radius: 8px; padding: 6px 10px; }
.debug-view summary { cursor: pointer; color: var(--muted); font-weight: 600; }
.debug-view dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.debug-view dt { color: var(--muted); }
.debug-view dd { margin: 0; }
.hit-notice { color: var(--brand); }
.table-wrap { overflow-x: auto; max-width: 100%; }
.debug-view table, .notice-table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.5; }
.debug-view th, .debug-view td, .notice-table th, .notice-table td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
.debug-view td:not(.sec) { white-space: nowrap; font-variant-numeric: tabular-nums; }
.debug-view th, .notice-table th { background: #eef1f5; font-weight: 600; white-space: nowrap; }

/* composer */
.composer {
  position: fixed; left: 0; right: 0; bottom: 0; z-index: 15; display: flex; gap: 8px; align-items: flex-end;
  padding: 12px max(20px, calc((100vw - 780px) / 2)) calc(12px + env(safe-area-inset-bottom));
  background: linear-gradient(to top, var(--bg) 75%, transparent);
}
body.panel-open .composer { right: var(--panel-w); padding-left: 20px; padding-right: 20px; }
.composer textarea {
  flex: 1; resize: none; min-height: 48px; max-height: 160px; padding: 11px 14px; border: 1px solid #c5ced8;
  border-radius: 12px; background: var(--card); line-height: 1.6; box-shadow: 0 2px 8px rgba(20, 40, 70, 0.08);
}
.composer textarea:focus { border-color: var(--accent); outline: none; box-shadow: 0 0 0 3px rgba(26, 86, 168, 0.2); }
.composer .count { position: absolute; right: 110px; bottom: 16px; font-size: 12px; color: var(--muted); }
.send {
  flex: none; height: 48px; min-width: 76px; padding: 0 18px; border: 0; border-radius: 12px; background: var(--accent);
  color: #fff; font-weight: 600;
}
.send:disabled { background: #8aa3c7; cursor: progress; }

/* side panel */
.panel {
  position: fixed; top: 0; right: 0; bottom: 0; width: var(--panel-w); z-index: 30; display: flex; flex-direction: column;
  background: var(--card); border-left: 1px solid var(--line); box-shadow: -8px 0 24px rgba(20, 40, 70, 0.1);
}
.panel-head { display: flex; align-items: flex-start; gap: 8px; padding: 14px 16px 6px; border-bottom: 1px solid var(--line); }
.panel-head h2 { flex: 1; margin: 0; font-size: 17px; line-height: 1.5; }
.panel-head h2:focus { outline: none; }
.icon-btn { flex: none; border: 1px solid var(--line); background: var(--card); border-radius: 8px; min-width: 36px; height: 36px; padding: 0 8px; }
.panel-meta { padding: 6px 16px 8px; border-bottom: 1px solid var(--line); font-size: 13px; color: var(--muted); }
.panel-meta p { margin: 2px 0; }
.section-path { color: var(--accent); font-weight: 600; }
.cite-n { display: inline-block; min-width: 1.5em; text-align: center; margin-right: 6px; border-radius: 5px; background: var(--accent); color: #fff; font-size: 12px; }
.panel-body { flex: 1; overflow-y: auto; padding: 8px 18px 40px; text-align: justify; line-height: 1.9; }
.panel-body p { margin: 0.5em 0; text-indent: 2em; }
.panel-body p.meta { text-indent: 0; text-align: center; color: var(--muted); }
.panel-body p.item { text-indent: 0; padding-left: 1em; }
.panel-body p.muted { text-indent: 0; font-size: 13px; }
.panel-body h3, .panel-body h4, .panel-body h5, .panel-body h6 { margin: 1.1em 0 0.3em; line-height: 1.5; }
.panel-body h3 { font-size: 17px; }
.panel-body h4 { font-size: 16px; }
.panel-body h5, .panel-body h6 { font-size: 15px; }
.panel-body .cited { background: var(--cited); box-shadow: -6px 0 0 var(--cited), 6px 0 0 var(--cited); border-left: 3px solid var(--mark-line); }
.panel-body tr.cited td { background: var(--cited); }
mark.quote { background: var(--mark); color: inherit; border-bottom: 2px solid var(--mark-line); padding: 1px 0; }
.notice-table caption { text-align: left; font-weight: 600; padding: 6px 0; }
.notice-table td { min-width: 4.2em; }
.filter { width: 100%; margin: 10px 0; padding: 8px 12px; border: 1px solid #c5ced8; border-radius: 8px; }
.notice-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.notice-item { width: 100%; text-align: left; border: 1px solid var(--line); border-radius: 8px; background: var(--card); padding: 8px 12px; display: flex; flex-direction: column; line-height: 1.55; }
.notice-item:hover, .notice-item:focus-visible { border-color: var(--accent); background: var(--accent-soft); }
.notice-title { font-weight: 600; }
.notice-meta { font-size: 13px; color: var(--muted); }

/* phone width */
@media (max-width: 760px) {
  :root { --panel-w: 100vw; font-size: 15.5px; }
  .top { padding: 8px 12px; flex-wrap: wrap; }
  .brand h1 { font-size: 18px; }
  .brand p { display: none; }
  .tool { padding: 2px 10px; font-size: 13px; min-height: 34px; }
  main { padding: 14px 12px 130px; }
  body.panel-open main, body.panel-open .top { margin-right: 0; }
  body.panel-open .composer { display: none; }
  .composer { padding: 10px 12px calc(10px + env(safe-area-inset-bottom)); }
  .bot { padding: 12px 14px; }
  .bubble { max-width: 92%; }
  .answer-text { font-size: 16px; }
  .panel { border-left: 0; box-shadow: none; }
  .panel-body { padding: 8px 14px 40px; }
}
@media (prefers-reduced-motion: reduce) { .answer-text.streaming::after { animation: none; } }
`;
