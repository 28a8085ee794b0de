/** Styles of the HTML report, inlined into the page (allowed by hash in its CSP). */
export const PAGE_STYLE = `
:root{--bg:#fff;--fg:#1d232a;--muted:#5b6570;--line:#e3e6ea;--panel:#f6f7f9;--accent:#1f6feb;
--heap:#d1242f;--noalloc:#bf8700;--leak:#9a6700;--stack:#1a7f37;--inl:#8250df;--sel:#fff3c4;
--kw:#cf222e;--str:#0a3069;--com:#6e7781;--num:#0550ae;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9aa4ae;--line:#30363d;--panel:#161b22;--accent:#58a6ff;
--heap:#ff7b72;--noalloc:#d29922;--leak:#e3b341;--stack:#56d364;--inl:#d2a8ff;--sel:#3b2e00;--kw:#ff7b72;--str:#a5d6ff;--com:#8b949e;--num:#79c0ff}}
*{box-sizing:border-box}
html,body{margin:0;height:100%;background:var(--bg);color:var(--fg);font:14px/1.4 system-ui,-apple-system,Segoe UI,sans-serif}
a{color:var(--accent)}
button{font:inherit;color:inherit}
:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
#app{display:grid;grid-template-rows:auto 1fr;height:100vh}
header{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:8px 12px;border-bottom:1px solid var(--line);background:var(--panel)}
header h1{font-size:16px;margin:0 12px 0 0}
header h1 a{color:inherit;text-decoration:none}
header input,header select{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px;background:var(--bg);color:var(--fg)}
header input[type=search]{width:240px}
header select{max-width:210px}
.count-shown{color:var(--muted);margin-left:auto}
main{display:grid;grid-template-columns:300px 1fr 380px;min-height:0}
main.nodetail{grid-template-columns:300px 1fr 0}
aside,section{min-height:0;overflow:hidden;display:flex;flex-direction:column}
#side{border-right:1px solid var(--line)}
#detail{border-left:1px solid var(--line);overflow:auto;padding:10px 12px}
main.nodetail #detail{display:none}
.tabs{display:flex;border-bottom:1px solid var(--line)}
.tabs button{flex:1;border:0;background:none;padding:6px;cursor:pointer;border-bottom:2px solid transparent}
.tabs button[aria-selected=true]{border-bottom-color:var(--accent);font-weight:600}
.scroll{flex:1;overflow:auto;position:relative;min-height:0}
.vspacer{position:relative}
.vrow{position:absolute;left:0;right:0;white-space:nowrap}
.tree details{margin-left:8px}
.tree summary{cursor:pointer;padding:2px 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tree a{display:flex;gap:6px;padding:1px 4px 1px 18px;text-decoration:none;color:inherit;white-space:nowrap}
.tree a:hover,.tree a.current{background:var(--sel)}
.tree .fname{overflow:hidden;text-overflow:ellipsis;flex:1}
.n{font-variant-numeric:tabular-nums;color:var(--muted);font-size:12px}
.n.h{color:var(--heap);font-weight:600}
.flist .vrow{height:40px;padding:3px 8px;border-bottom:1px solid var(--line);cursor:pointer;overflow:hidden;display:block;text-decoration:none;color:inherit}
.flist .vrow.sel,.flist .vrow:hover{background:var(--sel)}
.flist .msg{font-family:var(--mono);font-size:12px;overflow:hidden;text-overflow:ellipsis}
.flist .loc{font-size:11px;color:var(--muted);overflow:hidden;text-overflow:ellipsis}
.badge{display:inline-block;padding:0 5px;border-radius:8px;font-size:11px;border:1px solid currentColor;margin-right:4px;vertical-align:1px}
.k-heap{color:var(--heap)}.k-alloc{color:var(--heap)}.k-noalloc{color:var(--noalloc)}.k-leak{color:var(--leak)}.k-stack{color:var(--stack)}.k-inl{color:var(--inl)}.k-error{color:var(--heap)}
#view{overflow:auto;padding:0}
.overview{padding:12px 16px;overflow:auto}
.overview h2{font-size:15px;margin:18px 0 6px}
.overview table{border-collapse:collapse;font-size:13px}
.overview td,.overview th{padding:2px 10px 2px 0;text-align:left;vertical-align:top}
.overview td.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:130px;background:var(--panel)}
.card .big{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums}
.card .lbl{color:var(--muted);font-size:12px}
.bars{display:grid;grid-template-columns:minmax(120px,340px) 1fr 60px;gap:2px 8px;align-items:center;font-size:12px;max-width:900px}
.bars .lbl{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-family:var(--mono)}
.bar{height:12px;background:var(--heap);border-radius:2px;min-width:1px}
.cmd{font-family:var(--mono);font-size:12px;background:var(--panel);padding:4px 6px;border-radius:4px;word-break:break-all}
.filehead{padding:6px 12px;overflow:hidden;white-space:nowrap;border-bottom:1px solid var(--line);font-family:var(--mono);font-size:13px;display:flex;gap:12px;align-items:center;background:var(--panel)}
.legend{font-family:system-ui,sans-serif;font-size:11px;color:var(--muted);display:flex;gap:8px;margin-left:auto;white-space:nowrap}
.legend i{display:inline-block;width:8px;height:8px;margin-right:3px;border-radius:2px}
.src{font-family:var(--mono);font-size:12.5px}
.src .vrow{height:19px;line-height:19px;display:flex}
.src .vrow.target{background:var(--sel)}
.ln{width:60px;flex:none;text-align:right;padding-right:8px;color:var(--muted);user-select:none;text-decoration:none}
.mk{width:5px;flex:none;margin-right:8px}
.m-heap .mk{background:var(--heap)}.m-noalloc .mk{background:var(--noalloc)}.m-leak .mk{background:var(--leak)}.m-stack .mk{background:var(--stack)}.m-inl .mk{background:var(--inl)}
.code{white-space:pre;tab-size:4}
.ann{margin-left:auto;padding-left:16px;display:inline-flex;gap:4px;position:sticky;right:6px;max-width:min(460px,45vw);overflow:hidden;flex-shrink:0;background:linear-gradient(90deg,transparent,var(--bg) 16px)}
.ann button{flex:0 1 auto;min-width:40px;white-space:nowrap;border:1px solid currentColor;background:var(--bg);border-radius:8px;font-size:11px;line-height:15px;padding:0 6px;cursor:pointer;font-family:system-ui,sans-serif;max-width:220px;overflow:hidden;text-overflow:ellipsis}
.ann button.sel{background:var(--sel)}
.t-kw{color:var(--kw)}.t-str{color:var(--str)}.t-com{color:var(--com);font-style:italic}.t-num{color:var(--num)}
#detail h2{font-size:15px;margin:4px 0 8px;word-break:break-word}
#detail dl{display:grid;grid-template-columns:90px 1fr;gap:3px 8px;margin:0 0 10px;font-size:13px}
#detail dt{color:var(--muted)}#detail dd{margin:0;word-break:break-word}
#detail ol{padding-left:22px;margin:4px 0 10px}
#detail li{margin-bottom:6px;font-size:13px}
#detail code{font-family:var(--mono);font-size:12px}
.advice{border-left:3px solid var(--stack);padding:4px 8px;background:var(--panel);white-space:pre-wrap;font-size:13px}
.muted{color:var(--muted)}
.close{float:right;border:0;background:none;cursor:pointer;font-size:16px}
.empty{padding:20px;color:var(--muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;
