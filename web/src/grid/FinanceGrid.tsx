import { Fragment, useState, type ClipboardEvent, type ReactNode } from 'react';
import { formatPounds } from '../format/money';
import { inRange, normalise, toTsv, type CellRange } from './selection';

export interface GridColumn {
  key: string;
  label: string;
}

export interface GridRow {
  id: string;
  label: string;
  /** The API's decimal strings by column key; null or missing shows a dash. */
  values: Record<string, string | null | undefined>;
  /** A total or subtotal line: bold, ruled above. */
  total?: boolean;
  /** Shown indented under their parent, behind an expand button. */
  children?: GridRow[];
  /** A note shown after the label (e.g. a warning), in words. */
  note?: string;
  /** Words, not figures (e.g. how a year's Band D was set): shown as given, never a button. */
  text?: boolean;
}

export interface FinanceGridProps {
  caption: string;
  columns: GridColumn[];
  rows: GridRow[];
  /** When given, every figure is a button that asks where it comes from. */
  onFigure?: (row: GridRow, column: GridColumn) => void;
  /** Header of the label column. */
  labelHeader?: string;
}

interface Visible {
  row: GridRow;
  depth: number;
}

/** Rows in display order: children follow an expanded parent. */
export function visibleRows(rows: GridRow[], expanded: ReadonlySet<string>, depth = 0): Visible[] {
  return rows.flatMap((row) => [
    { row, depth },
    ...(row.children && expanded.has(row.id) ? visibleRows(row.children, expanded, depth + 1) : []),
  ]);
}

/**
 * A table that behaves like a finance spreadsheet: sticky header and first column, pounds
 * right-aligned with thousands separators and negatives in brackets, totals ruled, lines
 * expandable, and a selected block of cells (drag, or shift-click) copied as tab-separated text.
 */
export function FinanceGrid({ caption, columns, rows, onFigure, labelHeader = 'Line' }: FinanceGridProps) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [range, setRange] = useState<CellRange | null>(null);
  const [dragging, setDragging] = useState(false);
  const shown = visibleRows(rows, expanded);

  const toggle = (id: string) =>
    setExpanded((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (!range) return;
    const { top, bottom, left, right } = normalise(range);
    const cells = shown
      .slice(top, bottom + 1)
      .map(({ row }) => columns.slice(left, right + 1).map((column) => row.values[column.key] ?? ''));
    const header = columns.slice(left, right + 1).map((c) => c.label);
    const labelled = [['', ...header], ...cells.map((line, i) => [shown[top + i].row.label, ...line])];
    event.clipboardData.setData('text/plain', toTsv(labelled));
    event.preventDefault();
  };

  const press = (row: number, col: number, shift: boolean) => {
    setRange((before) =>
      shift && before ? { anchor: before.anchor, focus: { row, col } } : { anchor: { row, col }, focus: { row, col } },
    );
    setDragging(true);
  };
  const enter = (row: number, col: number) => {
    if (dragging) setRange((before) => (before ? { anchor: before.anchor, focus: { row, col } } : before));
  };

  return (
    <div
      className="grid-scroll"
      tabIndex={0}
      role="region"
      aria-label={caption}
      onCopy={onCopy}
      onMouseUp={() => setDragging(false)}
      onMouseLeave={() => setDragging(false)}
    >
      <table className="finance-grid">
        <caption>
          {caption}
          <span className="hint"> – figures in £; drag or shift-click to select, then copy (Ctrl+C) to paste into Excel</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {columns.map((column) => (
              <th scope="col" key={column.key} className="num">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map(({ row, depth }, r) => (
            <tr key={`${row.id}-${r}`} className={row.total ? 'total' : undefined}>
              <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
                <RowLabel row={row} open={expanded.has(row.id)} onToggle={() => toggle(row.id)} />
              </th>
              {columns.map((column, c) => (
                <td
                  key={column.key}
                  className={`num${inRange(range, r, c) ? ' selected' : ''}`}
                  data-selected={inRange(range, r, c) || undefined}
                  onMouseDown={(e) => press(r, c, e.shiftKey)}
                  onMouseEnter={() => enter(r, c)}
                >
                  {row.text ? (
                    <span>{row.values[column.key] ?? '–'}</span>
                  ) : (
                    <Figure
                      value={row.values[column.key]}
                      onClick={onFigure && (() => onFigure(row, column))}
                      label={`${row.label}, ${column.label}`}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowLabel({ row, open, onToggle }: { row: GridRow; open: boolean; onToggle: () => void }): ReactNode {
  const label = (
    <Fragment>
      {row.label}
      {row.note ? <span className="row-note"> ({row.note})</span> : null}
    </Fragment>
  );
  if (!row.children?.length) return label;
  return (
    <button type="button" className="expander" aria-expanded={open} onClick={onToggle}>
      <span aria-hidden="true">{open ? '▾' : '▸'}</span> {label}
    </button>
  );
}

function Figure({ value, onClick, label }: { value: string | null | undefined; onClick?: () => void; label: string }) {
  const text = formatPounds(value);
  const negative = text.startsWith('(');
  if (!onClick || value === null || value === undefined) return <span className={negative ? 'negative' : undefined}>{text}</span>;
  return (
    <button
      type="button"
      className={`figure${negative ? ' negative' : ''}`}
      onClick={onClick}
      title="Where this figure comes from"
      aria-label={`${label}: ${text}. Show where it comes from`}
    >
      {text}
    </button>
  );
}
