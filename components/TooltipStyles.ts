/**
 * Styles for the tooltip, scoped by its shadow root so the page's CSS can't reach in and ours can't
 * leak out. `:host { all: initial }` resets inherited page styles (fonts, colours, line-height).
 */
export const tooltipCss = `
:host { all: initial; }
.card {
  position: fixed; box-sizing: border-box; max-width: min(380px, calc(100vw - 16px)); max-height: min(60vh, 420px);
  overflow: auto; padding: 10px 12px 10px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #1d1d1f; background: #ffffff; border: 1px solid rgba(0,0,0,.15);
  box-shadow: 0 6px 24px rgba(0,0,0,.18); outline: none; pointer-events: auto;
}
.card:focus-visible { box-shadow: 0 0 0 3px rgba(0,120,230,.55), 0 6px 24px rgba(0,0,0,.18); }
header { display: flex; align-items: baseline; gap: 8px; padding-right: 18px; }
h2 { margin: 0; font-size: 15px; font-weight: 600; }
h3 { margin: 8px 0 2px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: #6b6b70; }
.kind { font-size: 11px; color: #6b6b70; }
ul { margin: 0; padding: 0 0 0 16px; }
li { margin: 2px 0; }
.date { font-variant-numeric: tabular-nums; color: #6b6b70; }
a { color: #0a58ca; }
.quote { margin: 6px 0 0; padding-left: 8px; border-left: 3px solid rgba(170,60,200,.6); font-style: italic; }
.empty, .loading { margin: 6px 0 0; color: #6b6b70; }
.error { margin: 6px 0 0; color: #b00020; }
.close {
  position: absolute; top: 4px; right: 6px; border: 0; background: transparent; color: inherit;
  font: inherit; font-size: 16px; line-height: 1; cursor: pointer; padding: 2px 4px; border-radius: 4px;
}
.close:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid #0a58ca; outline-offset: 1px; }
.primary {
  font: inherit; padding: 3px 10px; border-radius: 5px; border: 1px solid #0a58ca; background: #0a58ca;
  color: #fff; cursor: pointer;
}
.primary[disabled] { opacity: .6; cursor: progress; }
.track { margin: 8px 0 0; }
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #202124; border-color: rgba(255,255,255,.18); box-shadow: 0 6px 24px rgba(0,0,0,.6); }
  h3, .kind, .date, .empty, .loading { color: #a8a8b3; }
  a { color: #8ab4f8; }
  .error { color: #ff8a80; }
  .primary { background: #8ab4f8; border-color: #8ab4f8; color: #202124; }
}
`;
