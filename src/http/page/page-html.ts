// The chat page's markup as a string; script and style are separate files so the CSP needs no inline allowances.

const html = String.raw`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>静安政策问答</title>
<meta name="description" content="静安区政府政策文件问答：答案逐句引自公开文件，可点开原文核对。">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<a class="skip" href="#question">跳到提问框</a>
<header class="top">
  <div class="brand">
    <h1>静安政策问答</h1>
    <p>答案引自静安区政府公开文件，点击角标可查看原文</p>
  </div>
  <nav class="tools" aria-label="工具">
    <button type="button" class="tool" id="open-notices">文件库</button>
    <label class="tool switch" title="培训师调试：显示改写后的查询和各检索阶段得分"><input type="checkbox" id="debug-toggle"><span>调试</span></label>
    <button type="button" class="tool" id="new-chat">新对话</button>
  </nav>
</header>
<div class="layout">
  <main id="main">
    <section id="welcome" class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">想了解哪项政策？</h2>
      <p>直接提问即可，可以接着追问。每句回答都标有出处，点击角标即可打开原文并高亮引文。</p>
      <div class="examples">
        <div class="group">
          <h3>居民<small>住房、托育、健身</small></h3>
          <div class="chips">
            <button type="button" class="chip" data-q="持居住证在静安上班，能申请公租房吗？需要什么条件？">持居住证在静安上班，能申请公租房吗？需要什么条件？</button>
            <button type="button" class="chip" data-q="公租房审核通过以后要公示几天？">公租房审核通过以后要公示几天？</button>
            <button type="button" class="chip" data-q="静安的公租房在哪里申请，电话是多少？">静安的公租房在哪里申请，电话是多少？</button>
          </div>
        </div>
        <div class="group">
          <h3>工作人员<small>指标、分工、时间</small></h3>
          <div class="chips">
            <button type="button" class="chip" data-q="大宁功能区“十四五”期间税收收入年均增长目标是多少？">大宁功能区“十四五”期间税收收入年均增长目标是多少？</button>
            <button type="button" class="chip" data-q="每年在公办幼儿园新增公办托班，由哪个部门牵头？">每年在公办幼儿园新增公办托班，由哪个部门牵头？</button>
            <button type="button" class="chip" data-q="促进人力资源服务产业高质量发展的实施意见是几号文？哪天印发的？">促进人力资源服务产业高质量发展的实施意见是几号文？哪天印发的？</button>
          </div>
        </div>
        <div class="group">
          <h3>培训师<small>比较、追问、边界</small></h3>
          <div class="chips">
            <button type="button" class="chip" data-q="新增跨国公司地区总部，大宁和市北哪个目标更多？">新增跨国公司地区总部，大宁和市北哪个目标更多？</button>
            <button type="button" class="chip" data-q="物业党建联建的四级联席会议是哪四级？">物业党建联建的四级联席会议是哪四级？</button>
            <button type="button" class="chip" data-q="徐汇区的公租房申请条件是什么？">徐汇区的公租房申请条件是什么？（文件外的问题）</button>
          </div>
        </div>
      </div>
    </section>
    <ol id="conversation" class="conversation" aria-label="对话"></ol>
  </main>
  <aside id="panel" class="panel" aria-labelledby="panel-title" hidden>
    <div class="panel-head">
      <button type="button" class="icon-btn" id="panel-back" hidden>‹ 列表</button>
      <h2 id="panel-title" tabindex="-1"></h2>
      <button type="button" class="icon-btn" id="panel-close" aria-label="关闭原文面板">✕</button>
    </div>
    <div id="panel-meta" class="panel-meta"></div>
    <div id="panel-body" class="panel-body"></div>
  </aside>
</div>
<form id="ask" class="composer" aria-label="提问">
  <label for="question" class="sr-only">你的问题</label>
  <textarea id="question" name="question" rows="1" maxlength="__MAX_CHARS__" placeholder="输入问题，回车发送" autocomplete="off"></textarea>
  <span id="count" class="count" aria-live="polite"></span>
  <button type="submit" id="send" class="send">发送</button>
</form>
</body>
</html>
`;

/** The page with the configured question limit applied to the text box. */
export function pageHtml(maxQuestionChars: number): string {
  return html.replace('__MAX_CHARS__', String(maxQuestionChars));
}
