/**
 * The one way the renderer writes a data table: wrapped to scroll sideways on a narrow page,
 * headers with `scope`, a row header per row when asked, numbers right-aligned, an optional
 * total row, and findings in a row of their own under the row they concern.
 */
import type { Element } from 'hast';
import { h, type Child, type Props } from './hast';

export interface Column<Row> {
  header: Child;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The cell is the row's header (`<th scope="row">`). */
  rowHeader?: boolean;
  cell: (row: Row, index: number) => Child;
  /** Extra classes of a cell, from a fixed list (never from plan text). */
  cellClass?: (row: Row) => string | undefined;
}

interface TableOptions<Row> {
  className: string[];
  /** What the table is called: the name of its scroll region, and its caption when `caption` is set. */
  name: string;
  /** Give the table a caption (read to screen readers only) with its name. */
  caption?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Attributes of a row's `<tr>` (class, data-line, tabindex). */
  rowProps?: (row: Row, index: number) => Props;
  /** Under a row, spanning every column: its findings. */
  after?: (row: Row) => Child;
  /** A total row, one cell per column (the first is its header). */
  footer?: readonly Child[];
}

/** A row of one cell across `columns` columns (findings under a table row). */
export function spanningRow(columns: number, content: Child): Element {
  return h('tr', { className: ['iplan-finding-row'] }, h('td', { colSpan: Math.max(1, columns) }, content));
}

/**
 * A table in its scroll wrapper. A wide table scrolls sideways on a narrow page; the wrapper can
 * take the focus, so that it scrolls from the keyboard too (WCAG 2.1.1), and says what it holds.
 */
export function wrapTable(table: Element, name: string): Element {
  return h('div', { className: ['iplan-table-wrap'], tabIndex: 0, role: 'group', ariaLabel: name }, table);
}

function classes(numeric: boolean | undefined, extra?: string): string[] | undefined {
  const names = [numeric ? 'num' : undefined, extra].filter((c): c is string => c !== undefined);
  return names.length > 0 ? names : undefined;
}

export function dataTable<Row>(options: TableOptions<Row>): Element {
  const { columns } = options;
  const head = h(
    'tr',
    null,
    columns.map((column) => h('th', { scope: 'col', className: classes(column.numeric) }, column.header)),
  );
  const body = options.rows.flatMap((row, index) => {
    const cells = columns.map((column) => {
      const props = { className: classes(column.numeric, column.cellClass?.(row)) };
      return column.rowHeader ? h('th', { scope: 'row', ...props }, column.cell(row, index)) : h('td', props, column.cell(row, index));
    });
    const tr = h('tr', options.rowProps?.(row, index) ?? null, cells);
    const after = options.after?.(row);
    return after ? [tr, spanningRow(columns.length, after)] : [tr];
  });
  const footer = options.footer
    ? h(
        'tfoot',
        null,
        h(
          'tr',
          null,
          options.footer.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { className: classes(columns[i]?.numeric) }, cell))),
        ),
      )
    : undefined;
  return wrapTable(
    h(
      'table',
      { className: options.className },
      options.caption ? h('caption', { className: ['iplan-sr-only'] }, options.name) : undefined,
      h('thead', null, head),
      h('tbody', null, body),
      footer,
    ),
    options.name,
  );
}
