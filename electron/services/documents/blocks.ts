import type { Column, Content } from 'pdfmake/interfaces';
import { endAlignment, inPageOrder, startAlignment, type DocumentContext } from './context';
import { textBlock, textLines } from './text-nodes';

/** A paragraph; `base: 'content'` for one staff typed (it reads in its own direction). */
export function paragraph(
  ctx: DocumentContext,
  text: string,
  options: { width?: number; base?: 'document' | 'content' } = {},
): Content {
  return { ...textBlock(ctx, text, options), margin: [0, 0, 0, ctx.fontSize * 0.6] };
}

/** A heading; `headlineLevel` lets the page frame keep it with what follows (document-layout.ts). */
export function heading(ctx: DocumentContext, text: string, level: 1 | 2 = 1): Content {
  const fontSize = level === 1 ? ctx.fontSize * 1.6 : ctx.fontSize * 1.25;
  const lines = textLines(ctx, text, { face: 'bold', fontSize }).map((line) => ({ ...line, headlineLevel: level }));
  return {
    stack: lines,
    headlineLevel: level,
    margin: [0, level === 1 ? 0 : ctx.fontSize * 0.6, 0, ctx.fontSize * 0.5],
  };
}

const BULLET = '•';
const BULLET_COLUMN = 10;
const BULLET_GAP = 4;

/** A bulleted list; the bullet stands at the start of the line, on the right in Hebrew. */
export function bulletList(ctx: DocumentContext, items: readonly string[], options: { width?: number } = {}): Content {
  const width = options.width ?? ctx.contentWidth;
  const textWidth = width - BULLET_COLUMN - BULLET_GAP;
  return {
    stack: items.map((item) => ({
      columns: inPageOrder(ctx.dir, [
        { width: BULLET_COLUMN, text: BULLET, alignment: startAlignment(ctx.dir), fontSize: ctx.fontSize },
        { width: textWidth, stack: textLines(ctx, item, { width: textWidth, base: 'content' }) },
      ]),
      columnGap: BULLET_GAP,
      margin: [0, 0, 0, ctx.fontSize * 0.25],
    })),
    margin: [0, 0, 0, ctx.fontSize * 0.6],
  };
}

export interface KeyValue {
  key: string;
  value: string;
}

const KEY_GAP = 10;

/** Labels and their values side by side: the label at the start of the line, in bold. */
export function keyValueBlock(
  ctx: DocumentContext,
  entries: readonly KeyValue[],
  options: { width?: number } = {},
): Content {
  const width = options.width ?? ctx.contentWidth;
  const widest = Math.max(0, ...entries.map((entry) => ctx.measure(entry.key, 'bold', ctx.fontSize)));
  const keyWidth = Math.min(Math.ceil(widest) + 1, Math.floor(width * 0.4));
  const valueWidth = width - keyWidth - KEY_GAP;
  return {
    stack: entries.map((entry) => ({
      columns: inPageOrder(ctx.dir, [
        { width: keyWidth, stack: textLines(ctx, entry.key, { width: keyWidth, face: 'bold' }) },
        { width: valueWidth, stack: textLines(ctx, entry.value, { width: valueWidth, base: 'content' }) },
      ]),
      columnGap: KEY_GAP,
      margin: [0, 0, 0, ctx.fontSize * 0.2],
    })),
    margin: [0, 0, 0, ctx.fontSize * 0.6],
  };
}

export interface Signatory {
  /** What signs: "חתימת המשתתף/ת", "Coach". */
  label: string;
  /** Printed under the line when known. */
  name?: string;
}

const SIGNATURE_WIDTH = 150;
const SIGNATURE_GAP = 28;

/**
 * Signature lines side by side, starting where lines start (flush right in Hebrew); the
 * remaining width is left empty on the far side.
 */
export function signatureLines(ctx: DocumentContext, signatories: readonly Signatory[]): Content {
  const count = Math.max(1, signatories.length);
  // The empty column on the far side takes a gap too.
  const width = Math.min(SIGNATURE_WIDTH, Math.floor((ctx.contentWidth - count * SIGNATURE_GAP) / count));
  const blocks: Column[] = signatories.map((signatory) => ({
    width,
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7 }], margin: [0, 28, 0, 3] },
      ...textLines(ctx, signatory.label, { width, fontSize: ctx.fontSize * 0.9 }),
      ...(signatory.name
        ? textLines(ctx, signatory.name, { width, fontSize: ctx.fontSize * 0.9, color: '#444444', base: 'content' })
        : []),
    ],
  }));
  const filler: Column = { width: '*', text: '' };
  return {
    columns: ctx.dir === 'rtl' ? [filler, ...inPageOrder(ctx.dir, blocks)] : [...blocks, filler],
    columnGap: SIGNATURE_GAP,
    unbreakable: true,
    // No bottom margin: a signature block ending a full page would otherwise push an empty page after it.
    margin: [0, ctx.fontSize, 0, 0],
  };
}

/** A short line at the end side of the page, such as a date or reference. */
export function endNote(ctx: DocumentContext, text: string): Content {
  return {
    stack: textLines(ctx, text, { fontSize: ctx.fontSize * 0.9, alignment: endAlignment(ctx.dir), color: '#444444' }),
    margin: [0, 0, 0, ctx.fontSize * 0.6],
  };
}
