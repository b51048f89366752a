/**
 * `--report FILE.html`: one self-contained review page of a run. Totals, charts of findings by
 * rule and by variant (inline SVG), and per file a side-by-side view of every finding (the
 * text as read with the span struck out, next to the text with the edit in place), with
 * filters by rule, by file and by text.
 *
 * The page loads nothing: CSS and JavaScript are inline, and a Content-Security-Policy meta tag
 * forbids every fetch and allows only this page's own style and script, by hash. Every piece of
 * document text (paths, copy, messages) is escaped, so `<script>` in the copy shows as text.
 *
 * Sections are written as files finish, so the page never has to be held in memory; the totals
 * come last in the file and are shown first by the style sheet.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { FileResult, Message } from '../core/types.js';

/** What the page says about the run. */
export interface ReviewContext {
  /** `check` or `fix`. */
  command: 'check' | 'fix';
  /** copyguard's version. */
  version: string;
}

/** Characters kept on each side of a finding. */
const contextChars = 120;

/** Bars shown per chart. */
const chartRows = 25;

/** The page's style sheet. */
const style = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--del:#ffebe9;--del-strong:#ff818266;--ins:#dafbe1;--ins-strong:#4ac26b66;--bar:#0969da}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);display:flex;flex-direction:column;gap:1rem}
#summary{order:-1}
h1{font-size:1.4rem;margin:0 0 .5rem}
h2{font-size:1rem;margin:0;padding:.5rem .75rem;background:#f6f8fa;border-bottom:1px solid var(--line);word-break:break-all}
dl.totals{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0}
dl.totals div{display:flex;flex-direction:column}
dl.totals dt{color:var(--muted);font-size:.8rem}
dl.totals dd{margin:0;font-size:1.3rem;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.chart h3{font-size:.9rem;margin:.5rem 0}
.chart svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
.chart rect.bar{fill:var(--bar)}
.chart rect.suggested{fill:#bf8700}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid var(--line)}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
.filters input,.filters select{font:inherit;padding:.25rem .4rem;min-width:14rem}
section.file{border:1px solid var(--line);border-radius:6px;overflow:hidden}
section.file .counts{font-weight:400;color:var(--muted);margin-left:.5rem}
p.error{margin:0;padding:.5rem .75rem;background:var(--del)}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-top:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
th{font-size:.8rem;color:var(--muted);font-weight:500}
col.where{width:6.5rem}col.side{width:38%}
td pre{margin:0;white-space:pre-wrap;word-break:break-word;font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace}
td.before{background:#fff8f8}td.after{background:#f7fff8}
del{background:var(--del-strong);text-decoration:line-through}
ins{background:var(--ins-strong);text-decoration:none}
ins.suggestion{background:#fff1c2;outline:1px dashed #bf8700}
.sev{display:inline-block;font-size:.75rem;padding:0 .35rem;border-radius:.6rem;border:1px solid var(--line)}
.sev.error{color:#cf222e}.sev.warning{color:#9a6700}.sev.info{color:#0969da}
.state{font-size:.75rem;color:var(--muted)}
.message{color:var(--muted);font-size:.8rem;margin-top:.25rem}
.rule{font-size:.75rem;word-break:break-all}
footer{color:var(--muted);font-size:.8rem}
`;

/** The page's script: the filters. */
const script = `
(function () {
  var rule = document.getElementById('filter-rule');
  var file = document.getElementById('filter-file');
  var text = document.getElementById('filter-text');
  var shown = document.getElementById('shown');
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.file'));
  function apply() {
    var wantedRule = rule.value;
    var wantedFile = file.value.trim().toLowerCase();
    var wantedText = text.value.trim().toLowerCase();
    var count = 0;
    sections.forEach(function (section) {
      var path = section.getAttribute('data-path').toLowerCase();
      var pathMatches = wantedFile === '' || path.indexOf(wantedFile) >= 0;
      var visible = 0;
      Array.prototype.forEach.call(section.querySelectorAll('tr.finding'), function (row) {
        var matches = pathMatches &&
          (wantedRule === '' || row.getAttribute('data-rule') === wantedRule) &&
          (wantedText === '' || row.getAttribute('data-text').indexOf(wantedText) >= 0 || path.indexOf(wantedText) >= 0);
        row.hidden = !matches;
        if (matches) visible += 1;
      });
      var failedShown = section.classList.contains('failed') && pathMatches && wantedRule === '' &&
        (wantedText === '' || path.indexOf(wantedText) >= 0);
      section.hidden = visible === 0 && !failedShown;
      count += visible;
    });
    shown.textContent = String(count);
  }
  rule.addEventListener('change', apply);
  file.addEventListener('input', apply);
  text.addEventListener('input', apply);
  apply();
})();
`;

/**
 * Escapes text for HTML content and attribute values.
 * @param text any text.
 * @returns the text with `&`, `<`, `>`, `"` and `'` as entities.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => {
    switch (character) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

/**
 * A CSP source for an inline element's content.
 * @param content the exact text between the tags.
 * @returns `'sha256-…'`.
 */
function hashSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Counts of the run. */
interface Totals {
  /** Files in the run. */
  files: number;
  /** Files with at least one finding. */
  filesWithFindings: number;
  /** Files that could not be processed. */
  failed: number;
  /** Findings by severity. */
  severities: Record<string, number>;
  /** Findings with a confident fix. */
  fixable: number;
  /** Findings whose edit is in the output (`fix`). */
  applied: number;
  /** Findings by rule. */
  rules: Map<string, number>;
  /** Findings by variant: restoration → confident fixes and suggestions only. */
  variants: Map<string, { fixes: number; suggestions: number }>;
}

/**
 * The review page of one run, written as results arrive.
 */
export class ReviewReport {
  /** The file being written. */
  private readonly stream: WriteStream;
  /** The run. */
  private readonly context: ReviewContext;
  /** Counts so far. */
  private readonly totals: Totals = {
    files: 0,
    filesWithFindings: 0,
    failed: 0,
    severities: { error: 0, warning: 0, info: 0 },
    fixable: 0,
    applied: 0,
    rules: new Map(),
    variants: new Map(),
  };
  /** The first write error, reported when the page is closed. */
  private failure: Error | undefined;

  /**
   * Opens the page and writes its head.
   * @param file where to write it.
   * @param context the run.
   */
  constructor(file: string, context: ReviewContext) {
    this.context = context;
    this.stream = createWriteStream(file, { encoding: 'utf8' });
    this.stream.on('error', (error) => {
      this.failure ??= error;
    });
    const policy = [
      "default-src 'none'",
      `style-src ${hashSource(style)}`,
      `script-src ${hashSource(script)}`,
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    this.stream.write(
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
        `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="referrer" content="no-referrer">\n` +
        `<title>copyguard ${escapeHtml(context.command)} review</title>\n<style>${style}</style>\n</head>\n<body>\n<main id="files">\n`,
    );
  }

  /**
   * Adds one file: counts it, and writes its section when it has findings or failed.
   * @param result the file's result (with `source` to show context).
   * @returns when the section is written (or buffered).
   */
  async add(result: FileResult): Promise<void> {
    const totals = this.totals;
    totals.files += 1;
    if (result.error !== undefined) totals.failed += 1;
    if (result.messages.length > 0) totals.filesWithFindings += 1;
    for (const message of result.messages) {
      totals.severities[message.severity] = (totals.severities[message.severity] ?? 0) + 1;
      if (message.fix) totals.fixable += 1;
      if (message.applied === true) totals.applied += 1;
      totals.rules.set(message.ruleId, (totals.rules.get(message.ruleId) ?? 0) + 1);
      const restoration = message.fix?.text ?? message.expected[0] ?? message.suggestions[0]?.text;
      if (restoration !== undefined) {
        const variant = totals.variants.get(restoration) ?? { fixes: 0, suggestions: 0 };
        if (message.fix) variant.fixes += 1;
        else variant.suggestions += 1;
        totals.variants.set(restoration, variant);
      }
    }
    if (result.messages.length === 0 && result.error === undefined) return;
    await this.write(this.renderFile(result));
  }

  /**
   * Writes the totals, the charts, the filters and the script, and closes the page.
   * @throws Error when the page could not be written.
   */
  async close(): Promise<void> {
    await this.write(`</main>\n${this.renderSummary()}<script>${script}</script>\n</body>\n</html>\n`);
    // `close` follows both `finish` and an error, so waiting for it covers both.
    await new Promise<void>((resolve) => {
      if (this.stream.closed) resolve();
      else {
        this.stream.once('close', () => resolve());
        if (!this.stream.destroyed) this.stream.end();
      }
    });
    if (this.failure) throw this.failure;
  }

  /**
   * Writes text, waiting when the stream's buffer is full.
   * @param text the HTML.
   */
  private async write(text: string): Promise<void> {
    if (this.failure) return;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
      });
    }
  }

  /**
   * The section of one file.
   * @param result the file's result.
   * @returns its HTML.
   */
  private renderFile(result: FileResult): string {
    const failed = result.error !== undefined;
    const counts = `${result.messages.length} finding${result.messages.length === 1 ? '' : 's'}`;
    let html = `<section class="file${failed ? ' failed' : ''}" data-path="${escapeHtml(result.path)}">\n`;
    html += `<h2>${escapeHtml(result.path)}<span class="counts">${counts}</span></h2>\n`;
    if (result.error) html += `<p class="error">${escapeHtml(`${result.error.code}: ${result.error.message}`)}</p>\n`;
    if (result.messages.length > 0) {
      html += '<table>\n<colgroup><col class="where"><col class="side"><col class="side"><col></colgroup>\n';
      html += '<thead><tr><th>Where</th><th>As read</th><th>With the edit</th><th>Finding</th></tr></thead>\n<tbody>\n';
      for (const message of result.messages) html += this.renderFinding(message, result.source);
      html += '</tbody>\n</table>\n';
    }
    return `${html}</section>\n`;
  }

  /**
   * The row of one finding: the text as read and with the edit, side by side.
   * @param message the finding.
   * @param source the text as read, when kept.
   * @returns its HTML.
   */
  private renderFinding(message: Message, source: string | undefined): string {
    const start = message.start.offset;
    const end = message.end.offset;
    const edit = message.fix ?? message.suggestions[0];
    const editRange: [number, number] = edit ? [Math.min(edit.range[0], start), Math.max(edit.range[1], end)] : [start, end];
    let before: string;
    let after: string;
    if (source === undefined) {
      before = `<del>${escapeHtml(message.actual)}</del>`;
      after = edit ? `<ins${message.fix ? '' : ' class="suggestion"'}>${escapeHtml(edit.text)}</ins>` : '';
    } else {
      const from = contextStart(source, editRange[0]);
      const to = contextEnd(source, editRange[1]);
      const head = `${from > 0 && !isLineBreak(source.charCodeAt(from - 1)) ? '…' : ''}${escapeHtml(source.slice(from, editRange[0]))}`;
      const tail = `${escapeHtml(source.slice(editRange[1], to))}${to < source.length && !isLineBreak(source.charCodeAt(to)) ? '…' : ''}`;
      before = `${head}<del>${escapeHtml(source.slice(editRange[0], editRange[1]))}</del>${tail}`;
      if (edit) {
        // The edit's own range may be narrower than the finding's span; keep the rest as read.
        const inner = `${escapeHtml(source.slice(editRange[0], edit.range[0]))}<ins${message.fix ? '' : ' class="suggestion"'}>${escapeHtml(edit.text)}</ins>${escapeHtml(source.slice(edit.range[1], editRange[1]))}`;
        after = `${head}${inner}${tail}`;
      } else after = `${head}${escapeHtml(source.slice(editRange[0], editRange[1]))}${tail}`;
    }
    let state = message.fix ? 'confident fix' : edit ? 'suggestion only' : 'no edit';
    if (this.context.command === 'fix') state = message.applied === true ? 'fixed' : `${state}, not applied`;
    const searchable = [message.actual, ...message.expected, message.reason, message.ruleId].join('\n').toLowerCase();
    return (
      `<tr class="finding" data-rule="${escapeHtml(message.ruleId)}" data-text="${escapeHtml(searchable)}">` +
      `<td>${message.start.line}:${message.start.column}<br><span class="sev ${escapeHtml(message.severity)}">${escapeHtml(message.severity)}</span></td>` +
      `<td class="before"><pre>${before}</pre></td>` +
      `<td class="after"><pre>${after}</pre><div class="state">${escapeHtml(state)}</div></td>` +
      `<td><div class="rule">${escapeHtml(message.ruleId)}</div><div class="message">${escapeHtml(message.reason)}</div>` +
      `<div class="message">${escapeHtml(message.explanation)}</div></td></tr>\n`
    );
  }

  /**
   * The totals, charts and filters.
   * @returns their HTML.
   */
  private renderSummary(): string {
    const totals = this.totals;
    const findings = (totals.severities['error'] ?? 0) + (totals.severities['warning'] ?? 0) + (totals.severities['info'] ?? 0);
    const figures: Array<[string, string, number]> = [
      ['total-files', 'Files', totals.files],
      ['total-files-with-findings', 'Files with findings', totals.filesWithFindings],
      ['total-failed', 'Files failed', totals.failed],
      ['total-findings', 'Findings', findings],
      ['total-errors', 'Errors', totals.severities['error'] ?? 0],
      ['total-warnings', 'Warnings', totals.severities['warning'] ?? 0],
      ['total-infos', 'Infos', totals.severities['info'] ?? 0],
      ['total-fixable', 'Confident fixes', totals.fixable],
    ];
    if (this.context.command === 'fix') figures.push(['total-applied', 'Applied', totals.applied]);
    let html = `<header id="summary">\n<h1>copyguard ${escapeHtml(this.context.command)} review</h1>\n<dl class="totals">`;
    for (const [id, label, value] of figures) html += `<div><dt>${escapeHtml(label)}</dt><dd id="${id}">${value}</dd></div>`;
    html += '</dl>\n<div class="charts">\n';
    const rules = [...totals.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    html += renderChart('chart-rules', 'Findings by rule', rules.map(([rule, count]) => ({ label: rule, value: count, second: 0 })));
    const variants = [...totals.variants].sort((a, b) => b[1].fixes + b[1].suggestions - (a[1].fixes + a[1].suggestions) || (a[0] < b[0] ? -1 : 1));
    html += renderChart(
      'chart-variants',
      'Findings by variant (restored text; blue: confident fix, amber: suggestion only)',
      variants.map(([text, counts]) => ({ label: text === '' ? '(removed)' : text, value: counts.fixes, second: counts.suggestions })),
    );
    html += '</div>\n<form class="filters" autocomplete="off">\n';
    html += '<label>Rule<select id="filter-rule"><option value="">all rules</option>';
    for (const [rule] of rules) html += `<option value="${escapeHtml(rule)}">${escapeHtml(rule)}</option>`;
    html += '</select></label>\n<label>File<input id="filter-file" type="search" placeholder="part of a path"></label>\n';
    html += '<label>Text<input id="filter-text" type="search" placeholder="text, expected text or message"></label>\n';
    html += `<span>Showing <strong id="shown">${findings}</strong> of ${findings} findings</span>\n</form>\n`;
    html += `<footer>copyguard ${escapeHtml(this.context.version)}; this page loads nothing from the network.</footer>\n</header>\n`;
    return html;
  }
}

/**
 * A horizontal bar chart in inline SVG.
 * @param id the element id.
 * @param title the caption.
 * @param rows label, main value and second (stacked) value of each bar, largest first.
 * @returns its HTML.
 */
function renderChart(id: string, title: string, rows: ReadonlyArray<{ label: string; value: number; second: number }>): string {
  const shown = rows.slice(0, chartRows);
  const maximum = Math.max(1, ...shown.map((row) => row.value + row.second));
  const labelWidth = 220;
  const barWidth = 260;
  const rowHeight = 20;
  const height = Math.max(1, shown.length) * rowHeight + 4;
  let svg = `<svg id="${id}" role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}">`;
  shown.forEach((row, index) => {
    const y = index * rowHeight + 2;
    const main = Math.round((row.value / maximum) * barWidth);
    const second = Math.round((row.second / maximum) * barWidth);
    const label = row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label;
    svg += `<g class="row" data-label="${escapeHtml(row.label)}" data-value="${row.value + row.second}">`;
    svg += `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(label)}</text>`;
    if (main > 0) svg += `<rect class="bar" x="${labelWidth}" y="${y + 2}" width="${main}" height="${rowHeight - 6}"></rect>`;
    if (second > 0) svg += `<rect class="suggested" x="${labelWidth + main}" y="${y + 2}" width="${second}" height="${rowHeight - 6}"></rect>`;
    svg += `<text x="${labelWidth + main + second + 6}" y="${y + 13}">${row.value + row.second}</text></g>`;
  });
  if (shown.length === 0) svg += '<text x="0" y="14">no findings</text>';
  svg += '</svg>';
  const more = rows.length > shown.length ? `<p class="message">and ${rows.length - shown.length} more</p>` : '';
  return `<figure class="chart"><h3>${escapeHtml(title)}</h3>${svg}${more}</figure>\n`;
}

/**
 * Where the context before a span starts: the start of its line, at most `contextChars` back.
 * @param text the text.
 * @param offset the span's start.
 * @returns the context's start.
 */
function contextStart(text: string, offset: number): number {
  const limit = Math.max(0, offset - contextChars);
  for (let index = offset; index > limit; index--) {
    if (isLineBreak(text.charCodeAt(index - 1))) return index;
  }
  return limit;
}

/**
 * Where the context after a span ends: the end of its line, at most `contextChars` on.
 * @param text the text.
 * @param offset the span's end.
 * @returns the context's end.
 */
function contextEnd(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + contextChars);
  for (let index = offset; index < limit; index++) {
    if (isLineBreak(text.charCodeAt(index))) return index;
  }
  return limit;
}

/**
 * Whether a code unit ends a line.
 * @param code a UTF-16 code unit.
 * @returns true for `\n` and `\r`.
 */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
