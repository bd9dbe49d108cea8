import bidiFactory from 'bidi-js';
import type { FaceName } from './fonts';
import { piecesToDraw } from './glyph-order';
import type { MeasureText } from './measure';

export type Direction = 'rtl' | 'ltr';

export interface TextStyle {
  face: FaceName;
  fontSize: number;
}

export interface LayoutOptions extends TextStyle {
  dir: Direction;
  /**
   * 'content': each paragraph takes the direction of its first strong letter (UBA rules P2–P3),
   * falling back to `dir` when it has none. For what staff typed (a Hebrew address in an English
   * plan, an English employer name in a Hebrew one); labels and prose keep the document's.
   */
  base?: 'document' | 'content';
  /** The column's text width in points; no line is wider. */
  width: number;
  measure: MeasureText;
  /**
   * false skips the bidi algorithm: lines are broken the same way and drawn in logical order,
   * as plain pdfmake would draw them (wrong for Hebrew). Only the benchmark's baseline uses it.
   */
  bidi?: boolean;
}

/** One line ready to draw: `pieces` left to right as pdfmake must receive them. */
export interface VisualLine {
  /** The line as a reader sees it, left to right (for tests and debugging). */
  visual: string;
  pieces: string[];
  width: number;
}

const bidi = bidiFactory();

/** The direction of the first strong letter, or undefined for digits and punctuation only. */
export function firstStrongDirection(text: string): Direction | undefined {
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return undefined;
}

/*
 * pdfmake moves an inline to the next line when the sum of widths exceeds the column by any
 * amount; lines are kept this much narrower so its own rounding can never split one.
 */
const SLACK = 0.01;

interface Range {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Grapheme-ish clusters: a base character with the combining marks (niqqud) after it. */
function clusterEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  const pattern = /\P{M}\p{M}*|\p{M}+/gu;
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    ends.push(Math.min(match.index + match[0].length, end));
  }
  return ends;
}

/** Visual order of one line of a paragraph whose levels were resolved once for the whole. */
function visualLine(text: string, levels: ReturnType<typeof bidi.getEmbeddingLevels>, range: Range): string {
  const last = range.end - 1;
  const order: number[] = [];
  for (let i = range.start; i <= last; i += 1) order.push(i);
  for (const [from, to] of bidi.getReorderSegments(text, levels, range.start, last)) {
    if (from === undefined || to === undefined) continue;
    const slice = order.slice(from - range.start, to - range.start + 1).reverse();
    order.splice(from - range.start, slice.length, ...slice);
  }
  // bidi-js wants the levels array here, not the result object (which silently mirrors nothing).
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, range.start, last);
  const chars = order.map((i) => mirrored.get(i) ?? text[i] ?? '');
  // Reversal splits surrogate pairs; put each pair back in order.
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const code = chars[i]!.charCodeAt(0);
    const next = chars[i + 1]!.charCodeAt(0);
    if (code >= 0xdc00 && code <= 0xdfff && next >= 0xd800 && next <= 0xdbff) {
      [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      i += 1;
    }
  }
  return chars.join('');
}

function drawnLine(visual: string, style: TextStyle, measure: MeasureText): VisualLine {
  const pieces = piecesToDraw(visual);
  let width = 0;
  for (const piece of pieces) width += measure(piece, style.face, style.fontSize);
  return { visual, pieces, width };
}

/** A line drawn as stored, without reordering (the bidi-disabled baseline). */
function logicalLine(line: string, style: TextStyle, measure: MeasureText): VisualLine {
  return { visual: line, pieces: [line], width: measure(line, style.face, style.fontSize) };
}

/** Collapses runs of white space: the documents' text is prose, never preformatted. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Lays one paragraph out in lines no wider than `width`: the bidi algorithm runs once over the
 * whole paragraph with the document's base direction (or the paragraph's own, see `base`); lines are broken in logical order at
 * spaces only (so dates, phones and IDs are never split), by the widths pdfkit will draw; a
 * word wider than the column is broken between letters; then each line is reordered for
 * display with its brackets mirrored.
 */
function layoutOneParagraph(raw: string, options: LayoutOptions): VisualLine[] {
  const text = normaliseSpaces(raw);
  if (!text) return [];
  const { measure, face, fontSize } = options;
  const limit = options.width - SLACK;
  const dir = options.base === 'content' ? (firstStrongDirection(text) ?? options.dir) : options.dir;
  const levels = options.bidi === false ? undefined : bidi.getEmbeddingLevels(text, dir);
  const words: Range[] = [];
  for (const match of text.matchAll(/\S+/g)) words.push({ start: match.index, end: match.index + match[0].length });
  const widthOf = (range: Range) => measure(text.slice(range.start, range.end), face, fontSize);
  const spaceWidth = measure(' ', face, fontSize);
  const drawn = (range: Range) =>
    levels
      ? drawnLine(visualLine(text, levels, range), options, measure)
      : logicalLine(text.slice(range.start, range.end), options, measure);

  const lines: VisualLine[] = [];
  let index = 0;
  while (index < words.length) {
    const first = words[index]!;
    if (widthOf(first) > limit) {
      lines.push(...hardBreak(first, text, limit, widthOf, drawn));
      index += 1;
      continue;
    }
    let lastIndex = index;
    let width = widthOf(first);
    while (lastIndex + 1 < words.length) {
      const next = words[lastIndex + 1]!;
      const candidate = width + spaceWidth + widthOf(next);
      if (candidate > limit) break;
      width = candidate;
      lastIndex += 1;
    }
    // Kerning differs between logical and visual order: confirm with what will be drawn.
    let line = drawn({ start: first.start, end: words[lastIndex]!.end });
    while (line.width > limit && lastIndex > index) {
      lastIndex -= 1;
      line = drawn({ start: first.start, end: words[lastIndex]!.end });
    }
    lines.push(line);
    index = lastIndex + 1;
  }
  return lines;
}

/** Breaks one word wider than the column between its letters (never inside a letter and its marks). */
function hardBreak(
  word: Range,
  text: string,
  limit: number,
  widthOf: (range: Range) => number,
  drawn: (range: Range) => VisualLine,
): VisualLine[] {
  const lines: VisualLine[] = [];
  const ends = clusterEnds(text, word.start, word.end);
  let start = word.start;
  let next = 0;
  while (next < ends.length) {
    // A line holds ends[first..last]; at least one cluster, however narrow the column.
    const first = next;
    let last = first;
    while (last + 1 < ends.length && widthOf({ start, end: ends[last + 1]! }) <= limit) last += 1;
    let line = drawn({ start, end: ends[last]! });
    while (line.width > limit && last > first) {
      last -= 1;
      line = drawn({ start, end: ends[last]! });
    }
    lines.push(line);
    start = ends[last]!;
    next = last + 1;
  }
  return lines;
}

/** Lays text out; each `\n` starts a new paragraph (its own bidi pass). */
export function layoutText(text: string, options: LayoutOptions): VisualLine[] {
  return text.split(/\r?\n/).flatMap((paragraph) => layoutOneParagraph(paragraph, options));
}
