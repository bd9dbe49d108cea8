import type { Alignment, ContentStack, ContentText } from 'pdfmake/interfaces';
import { layoutText } from './bidi-lines';
import { startAlignment, type DocumentContext } from './context';
import { FONT_FAMILY, type FaceName } from './fonts';

export const MEDIUM_FAMILY = `${FONT_FAMILY}Medium`;

export interface TextOptions {
  /** The width the lines must fit, in points; the whole content width unless given. */
  width?: number;
  face?: FaceName;
  fontSize?: number;
  alignment?: Alignment;
  color?: string;
  /** 'content' for values staff typed: see LayoutOptions.base. */
  base?: 'document' | 'content';
}

/** pdfmake knows a family and a bold flag; the medium face is registered as its own family. */
export function faceStyle(face: FaceName): { font: string; bold: boolean } {
  if (face === 'medium') return { font: MEDIUM_FAMILY, bold: false };
  return { font: FONT_FAMILY, bold: face === 'bold' };
}

/**
 * Text laid out by the bidi layer, one pdfmake node per line. `noWrap` stops pdfmake from
 * wrapping again by its own (left-to-right) rules; a page can still break between lines.
 */
export function textLines(ctx: DocumentContext, text: string, options: TextOptions = {}): ContentText[] {
  const face = options.face ?? 'regular';
  const fontSize = options.fontSize ?? ctx.fontSize;
  const alignment = options.alignment ?? startAlignment(ctx.dir);
  const lines = layoutText(text, {
    dir: ctx.dir,
    ...(options.base ? { base: options.base } : {}),
    width: options.width ?? ctx.contentWidth,
    face,
    fontSize,
    measure: ctx.measure,
    bidi: ctx.bidi,
  });
  return lines.map((line) => ({
    text: line.pieces.length === 1 ? line.pieces[0]! : line.pieces.map((piece) => ({ text: piece })),
    noWrap: true,
    alignment,
    fontSize,
    ...faceStyle(face),
    ...(options.color ? { color: options.color } : {}),
  }));
}

/** The lines of one block of text as a single node. */
export function textBlock(ctx: DocumentContext, text: string, options: TextOptions = {}): ContentStack {
  return { stack: textLines(ctx, text, options) };
}
