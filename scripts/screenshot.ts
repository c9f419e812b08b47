/**
 * docs/signoff-comment.png: the sign-off comment of a real run on examples/crm, rendered to
 * HTML by a GFM renderer with GitHub's Markdown styles and photographed in the headless
 * Chromium of the machine (Debian's /usr/bin/chromium, or CHROME_PATH). `npm run screenshot`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { reportSchema } from '../src/core/report-schema.ts';
import { renderComment } from '../src/github/signoff.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(mkdtempSync(path.join(tmpdir(), 'shipgate-shot-')), 'report.json');
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'dist/cli/index.js'),
    'run',
    '--root',
    path.join(root, 'examples/crm'),
    '--phase',
    'pre',
    '--format',
    'json',
    '--out',
    out,
  ],
  { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: 'true' } },
);
if (run.status !== 0 && run.status !== 1) throw new Error(`shipgate run exited ${run.status}`);
const report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
const body = renderComment(report, 'example', {
  runUrl: 'https://github.com/acme/crm/actions/runs/1',
  blobBase: `https://github.com/acme/crm/blob/${'0'.repeat(40)}`,
});
const css = readFileSync(
  createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
  'utf8',
);
const html = `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff } .markdown-body { box-sizing: border-box; width: 900px; padding: 24px; }</style>
<article class="markdown-body">${await marked.parse(body, { gfm: true })}</article>`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await page.setContent(html);
  const file = path.join(root, 'docs/signoff-comment.png');
  await page.locator('article').screenshot({ path: file });
  console.log(`Wrote ${path.relative(root, file)}`);
} finally {
  await browser.close();
}
