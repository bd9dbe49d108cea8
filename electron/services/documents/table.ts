import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { startAlignment, type DocumentContext } from './context';
import { textLines } from './text-nodes';

/** A fixed width in points, `'*'` for an equal share of what is left, or `'2*'` for two shares. */
export type ColumnWidth = number | '*' | `${number}*`;

export interface TableColumn {
  header: string;
  width: ColumnWidth;
}

export interface CellSpec {
  text: string;
  /** Covers this many columns, counted in reading order from this cell. */
  colSpan?: number;
  bold?: boolean;
  fill?: string;
  align?: 'start' | 'center' | 'end';
}

export type CellInput = string | CellSpec;

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly CellInput[])[];
  /** Rows above the column headers (such as group titles spanning columns); repeated with them. */
  groupRows?: readonly (readonly CellInput[])[];
  /** Keeps each row whole on one page (fixed-height sign-in rows). */
  dontBreakRows?: boolean;
  /** Every body row at least this tall, in points (room for a signature). */
  minRowHeight?: number;
  fontSize?: number;
  /** Width of the whole table including rules and padding; the content width unless given. */
  width?: number;
}

const PADDING_X = 4;
const PADDING_Y = 2.5;
const RULE = 0.5;
const HEADER_FILL = '#e8edf3';

export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  hLineColor: () => '#7a8794',
  vLineColor: () => '#7a8794',
  paddingLeft: () => PADDING_X,
  paddingRight: () => PADDING_X,
  paddingTop: () => PADDING_Y,
  paddingBottom: () => PADDING_Y,
};

/**
 * Column content widths in points. pdfmake adds padding and rules around each column's width,
 * so the stars share what remains of the table width after those and the fixed columns; the
 * text inside is broken to exactly these widths before pdfmake sees it.
 */
export function resolveColumnWidths(widths: readonly ColumnWidth[], tableWidth: number): number[] {
  const overhead = widths.length * 2 * PADDING_X + (widths.length + 1) * RULE;
  const shares = widths.map((width) => (typeof width === 'number' ? 0 : Number(width.slice(0, -1) || 1)));
  const fixed = widths.reduce<number>((sum, width) => sum + (typeof width === 'number' ? width : 0), 0);
  const totalShares = shares.reduce((sum, share) => sum + share, 0);
  const free = Math.max(0, tableWidth - overhead - fixed);
  return widths.map((width, i) => (typeof width === 'number' ? width : (free * shares[i]!) / totalShares));
}

/** The text width of a cell spanning `span` columns from `column`: their widths plus the gaps between. */
function spanWidth(widths: readonly number[], column: number, span: number): number {
  let width = (span - 1) * (2 * PADDING_X + RULE);
  for (let i = column; i < column + span; i += 1) width += widths[i] ?? 0;
  return width;
}

function toSpec(cell: CellInput): CellSpec {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/**
 * One row in reading order → cells in page order. A spanning cell and the placeholders after
 * it move as one group: pdfmake wants the spanning cell leftmost of its group.
 */
function layoutRow(
  ctx: DocumentContext,
  row: readonly CellInput[],
  widths: readonly number[],
  defaults: { bold: boolean; fill?: string; fontSize: number },
): TableCell[] {
  const groups: TableCell[][] = [];
  let column = 0;
  for (const input of row) {
    const cell = toSpec(input);
    const span = Math.max(1, cell.colSpan ?? 1);
    // Widths are in page order; reading-order column `column` sits at the mirrored place in RTL.
    const first = ctx.dir === 'rtl' ? widths.length - column - span : column;
    const width = spanWidth(widths, first, span);
    const alignment =
      cell.align === 'center'
        ? 'center'
        : cell.align === 'end'
          ? ctx.dir === 'rtl'
            ? 'left'
            : 'right'
          : startAlignment(ctx.dir);
    const fill = cell.fill ?? defaults.fill;
    const content: TableCell = {
      stack: textLines(ctx, cell.text, {
        width,
        face: (cell.bold ?? defaults.bold) ? 'bold' : 'regular',
        fontSize: defaults.fontSize,
        alignment,
        base: 'content',
      }),
      ...(span > 1 ? { colSpan: span } : {}),
      ...(fill ? { fillColor: fill } : {}),
    };
    groups.push([content, ...Array.from({ length: span - 1 }, () => ({}))]);
    column += span;
  }
  if (column !== widths.length) throw new Error(`A table row covers ${column} of ${widths.length} columns`);
  return (ctx.dir === 'rtl' ? groups.reverse() : groups).flat();
}

/**
 * A table read from the start side: in Hebrew the first column is on the right. Header rows
 * repeat on every page the table runs onto.
 */
export function table(ctx: DocumentContext, spec: TableSpec): Content {
  const fontSize = spec.fontSize ?? ctx.fontSize * 0.9;
  const readingWidths = resolveColumnWidths(
    spec.columns.map((column) => column.width),
    spec.width ?? ctx.contentWidth,
  );
  const widths = ctx.dir === 'rtl' ? [...readingWidths].reverse() : readingWidths;
  const head = { bold: true, fill: HEADER_FILL, fontSize };
  const headerRows = [
    ...(spec.groupRows ?? []).map((row) => layoutRow(ctx, row, widths, head)),
    layoutRow(
      ctx,
      spec.columns.map((column) => column.header),
      widths,
      head,
    ),
  ];
  const bodyRows = spec.rows.map((row) => layoutRow(ctx, row, widths, { bold: false, fontSize }));
  const minRowHeight = spec.minRowHeight;
  return {
    table: {
      headerRows: headerRows.length,
      // The headers never stand alone at the bottom of a page.
      keepWithHeaderRows: 1,
      widths,
      body: [...headerRows, ...bodyRows],
      ...(spec.dontBreakRows ? { dontBreakRows: true } : {}),
      ...(minRowHeight ? { heights: (row: number) => (row < headerRows.length ? 'auto' : minRowHeight) } : {}),
    },
    layout: TABLE_LAYOUT,
    margin: [0, 0, 0, ctx.fontSize * 0.8],
  };
}
