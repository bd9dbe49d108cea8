// Runs after `vite build` (npm run build): draws the sign-in screen into dist/renderer/index.html
// so a new window shows it before the app's script has loaded (issue 12, item 12, start-up).
//  1. The sign-in page is rendered to HTML in Node, once per language, by the app's own
//     components (renderer/src/prerender/sign-in-markup.tsx, built for Node by Vite).
//  2. The CSP forbids style="" attributes in a served page (style-src has a nonce, no
//     'unsafe-inline'), so each one becomes a data attribute and a rule in a <style> that
//     carries the response's nonce, with !important to keep the attribute's precedence.
//  3. Each language's markup goes into a <template>; the page's first script
//     (renderer/src/prerender/boot.ts, bundled here) shows one of them, or none, and starts
//     the app's script, which the page now only preloads.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererOut = path.join(root, 'dist', 'renderer');
// Inside the checkout, so the Node build's imports resolve from its node_modules.
const ssrOut = path.join(root, 'dist', '.prerender');

const entities = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const unescapeHtml = (text) => text.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (entity) => entities[entity]);

/** The markup with its style="" attributes moved into one nonce-carrying <style>. */
function withoutStyleAttributes(markup, attributeName) {
  const rules = new Map();
  const body = markup.replace(/ style="([^"]*)"/g, (_, escaped) => {
    const declarations = unescapeHtml(escaped);
    if (!rules.has(declarations)) rules.set(declarations, rules.size);
    return ` ${attributeName}="${rules.get(declarations)}"`;
  });
  const css = [...rules]
    .map(([declarations, n]) => {
      const important = declarations
        .split(';')
        .filter((d) => d.trim())
        .map((d) => `${d.trim()} !important`)
        .join(';');
      return `[${attributeName}="${n}"]{${important}}`;
    })
    .join('');
  if (css.includes('</')) throw new Error('prerender: a style value would close its <style> element');
  return `${body}<style nonce="__CSP_NONCE__">${css}</style>`;
}

function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`prerender: expected one ${what} in index.html, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

async function renderMarkup() {
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { ssr: 'src/prerender/sign-in-markup.tsx', outDir: ssrOut, emptyOutDir: true },
  });
  try {
    const module = await import(pathToFileURL(path.join(ssrOut, 'sign-in-markup.mjs')).href);
    const drawn = module.drawnLanguages.map(({ language, dir }) => ({
      language,
      dir,
      markup: module.signInMarkup(language),
    }));
    return { ids: module.PRERENDER, drawn };
  } finally {
    rmSync(ssrOut, { recursive: true, force: true });
  }
}

async function bundleBoot() {
  const result = await esbuild({
    entryPoints: [path.join(root, 'renderer', 'src', 'prerender', 'boot.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].contents;
  const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
  writeFileSync(path.join(rendererOut, 'assets', name), code);
  return `/assets/${name}`;
}

const { ids, drawn } = await renderMarkup();
const boot = await bundleBoot();
const indexPath = path.join(rendererOut, 'index.html');
let html = readFileSync(indexPath, 'utf8');
if (!html.includes(ids.startPlaceholder)) throw new Error(`prerender: index.html has no ${ids.startPlaceholder}`);
// The app's script is fetched at once but started by the boot script, after the first paint.
html = replaceOnce(
  html,
  /<script type="module" crossorigin src="([^"]+)"><\/script>/,
  `<link rel="modulepreload" crossorigin href="$1" ${ids.entryAttribute}>`,
  'module script',
);
// One <template> per language, the default first: the boot script falls back to the first.
const templates = drawn.map(
  ({ language, dir, markup }) =>
    `<template id="${ids.templatePrefix}${language}" lang="${language}" dir="${dir}">` +
    `${withoutStyleAttributes(markup, 'data-kesher-style')}</template>`,
);
html = replaceOnce(
  html,
  /<div id="root"><\/div>/,
  ['<div id="root"></div>', `<div id="${ids.hostId}"></div>`, ...templates, `<script src="${boot}"></script>`].join(
    '\n    ',
  ),
  'root element',
);
writeFileSync(indexPath, html);
console.log(
  `prerender: sign-in drawn into index.html (${(html.length / 1024).toFixed(0)} KB), start-up script ${boot}`,
);
