import type { Alignment } from 'pdfmake/interfaces';
import type { Direction } from './bidi-lines';
import { loadFonts } from './fonts';
import { createMeasurer, type MeasureText } from './measure';

export type Orientation = 'portrait' | 'landscape';

/** What every builder needs to know: which way the document reads and how wide it is. */
export interface DocumentContext {
  dir: Direction;
  measure: MeasureText;
  /** Width between the page margins, in points. */
  contentWidth: number;
  /** Body text size in points; headings and tables derive theirs from it. */
  fontSize: number;
  /** false only for the benchmark's baseline: text drawn without the bidi layer. */
  bidi: boolean;
}

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** [left, top, right, bottom], as pdfmake takes them. */
export const PAGE_MARGINS: [number, number, number, number] = [42, 56, 42, 52];

export function pageWidth(orientation: Orientation): number {
  return orientation === 'portrait' ? A4.width : A4.height;
}

export function contentWidthOf(orientation: Orientation): number {
  return pageWidth(orientation) - PAGE_MARGINS[0] - PAGE_MARGINS[2];
}

let sharedMeasure: MeasureText | undefined;

/** One measurer per process, over the fonts loaded once. */
export function defaultMeasure(): MeasureText {
  sharedMeasure ??= createMeasurer(loadFonts());
  return sharedMeasure;
}

export function createContext(
  options: { dir: Direction; orientation: Orientation; fontSize?: number; bidi?: boolean },
  measure: MeasureText = defaultMeasure(),
): DocumentContext {
  return {
    dir: options.dir,
    measure,
    contentWidth: contentWidthOf(options.orientation),
    fontSize: options.fontSize ?? 11,
    bidi: options.bidi ?? true,
  };
}

/** Where the start of a line is: the right edge in Hebrew, the left in English. */
export function startAlignment(dir: Direction): Alignment {
  return dir === 'rtl' ? 'right' : 'left';
}

export function endAlignment(dir: Direction): Alignment {
  return dir === 'rtl' ? 'left' : 'right';
}

/** Items listed in reading order, placed left to right on the page. */
export function inPageOrder<T>(dir: Direction, items: readonly T[]): T[] {
  return dir === 'rtl' ? [...items].reverse() : [...items];
}
