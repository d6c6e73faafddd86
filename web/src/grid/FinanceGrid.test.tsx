// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FinanceGrid, type GridRow } from './FinanceGrid';

const columns = [
  { key: '2016/17', label: '2016/17' },
  { key: '2017/18', label: '2017/18' },
];
const rows: GridRow[] = [
  {
    id: 'expenditure',
    label: 'Net revenue expenditure',
    values: { '2016/17': '187000000.00', '2017/18': '188500000.5' },
    children: [{ id: 'pay', label: 'Pay', values: { '2016/17': '120000000.00', '2017/18': '121000000.00' } }],
  },
  { id: 'gap', label: 'Gap', values: { '2016/17': '-1500000.00', '2017/18': null }, total: true },
];

afterEach(cleanup);

describe('FinanceGrid', () => {
  it('has proper column and row headers, and right-aligned pounds with separators and brackets', () => {
    render(<FinanceGrid caption="MTFP" columns={columns} rows={rows} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Line', '2016/17', '2017/18']);
    const gap = screen.getByRole('row', { name: /Gap/ });
    expect(
      within(gap)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['(1,500,000.00)', '–']);
    expect(within(gap).getAllByRole('cell')[0].className).toContain('num');
    expect(gap.className).toContain('total');
  });

  it('expands a line to show what it is made of', () => {
    render(<FinanceGrid caption="MTFP" columns={columns} rows={rows} />);
    expect(screen.queryByRole('rowheader', { name: 'Pay' })).toBeNull();
    const expander = screen.getByRole('button', { name: /Net revenue expenditure/ });
    expect(expander.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expander);
    expect(expander.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('rowheader', { name: 'Pay' })).toBeTruthy();
  });

  it('copies a selected block as tab-separated text with its headers, figures as plain decimals', () => {
    render(<FinanceGrid caption="MTFP" columns={columns} rows={rows} />);
    const cells = screen.getAllByRole('cell');
    fireEvent.mouseDown(cells[0]);
    fireEvent.mouseEnter(cells[3]);
    fireEvent.mouseUp(cells[3]);
    const setData = vi.fn();
    fireEvent.copy(screen.getByRole('table'), { clipboardData: { setData } });
    expect(setData).toHaveBeenCalledWith(
      'text/plain',
      '\t2016/17\t2017/18\nNet revenue expenditure\t187000000.00\t188500000.5\nGap\t-1500000.00\t',
    );
  });

  it('extends a selection with shift-click', () => {
    render(<FinanceGrid caption="MTFP" columns={columns} rows={rows} />);
    const cells = screen.getAllByRole('cell');
    fireEvent.mouseDown(cells[1]);
    fireEvent.mouseUp(cells[1]);
    fireEvent.mouseDown(cells[3], { shiftKey: true });
    expect(cells.filter((c) => c.getAttribute('data-selected') === 'true')).toHaveLength(2);
  });

  it('makes each figure a button that asks where it comes from', () => {
    const onFigure = vi.fn();
    render(<FinanceGrid caption="MTFP" columns={columns} rows={rows} onFigure={onFigure} />);
    fireEvent.click(screen.getByRole('button', { name: /Gap, 2016\/17: \(1,500,000.00\)/ }));
    expect(onFigure).toHaveBeenCalledWith(rows[1], columns[0]);
  });
});
