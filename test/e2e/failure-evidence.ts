import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, ConsoleMessage } from 'playwright-core';
import { afterEach } from 'vitest';

// A test that fails once in many runs (under load, say) leaves only its error message; what the
// page showed and said at that moment is what tells a race from a slow machine. Kept outside the
// repository, like the screenshots.
export const FAILURE_DIR = path.join(os.tmpdir(), 'kesher-e2e-failures');

/** The last lines each open browser context logged, oldest first. */
const openContexts = new Map<BrowserContext, string[]>();
const KEPT_LINES = 200;

export function watchContext(context: BrowserContext): void {
  const lines: string[] = [];
  openContexts.set(context, lines);
  const keep = (line: string) => {
    lines.push(`${new Date().toISOString()} ${line}`);
    if (lines.length > KEPT_LINES) lines.shift();
  };
  context.on('console', (message: ConsoleMessage) => keep(`console.${message.type()}: ${message.text()}`));
  context.on('weberror', (error) => keep(`pageerror: ${error.error().message}`));
  context.on('requestfailed', (request) => keep(`requestfailed: ${request.method()} ${request.url()}`));
  context.on('page', (page) => {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) keep(`navigated: ${frame.url().replace(/token=[^&#]+/, 'token=…')}`);
    });
    page.on('load', () => keep('load'));
  });
  context.on('close', () => openContexts.delete(context));
}

function fileSafe(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
}

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail' || openContexts.size === 0) return;
  const stem = `${fileSafe(context.task.file?.name ?? 'e2e')}--${fileSafe(context.task.name)}--${Date.now()}`;
  mkdirSync(FAILURE_DIR, { recursive: true });
  let n = 0;
  for (const [browserContext, lines] of openContexts) {
    for (const page of browserContext.pages()) {
      n += 1;
      const base = path.join(FAILURE_DIR, `${stem}-${n}`);
      // Best effort: a crashed or closing page must not turn one failure into two.
      const url = page.url().replace(/token=[^&#]+/, 'token=…');
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 }).catch(() => undefined);
      const html = await page.content().catch(() => '');
      writeFileSync(`${base}.html`, html);
      writeFileSync(`${base}.log`, [`url: ${url}`, ...lines].join('\n'));
    }
  }
  process.stderr.write(`[e2e] failure evidence for "${context.task.name}": ${FAILURE_DIR}/${stem}-*\n`);
});
