import { describe, expect, it } from 'vitest';
import { formatMillions, formatPounds, formatQuantity, formatRate } from './money';

describe('formatPounds', () => {
  it('groups thousands and always shows pence', () => {
    expect(formatPounds('190012345.6')).toBe('190,012,345.60');
    expect(formatPounds('152')).toBe('152.00');
    expect(formatPounds('0.05')).toBe('0.05');
  });
  it('puts negatives in brackets, and never brackets a zero', () => {
    expect(formatPounds('-1234.5')).toBe('(1,234.50)');
    expect(formatPounds('-0.00')).toBe('0.00');
  });
  it('adds the pound sign when asked, inside the brackets', () => {
    expect(formatPounds('15000000.00', { symbol: true })).toBe('£15,000,000.00');
    expect(formatPounds('-5.00', { symbol: true })).toBe('(£5.00)');
  });
  it('keeps every digit the API sent (no floating point)', () => {
    expect(formatPounds('12345678901234567.89')).toBe('12,345,678,901,234,567.89');
  });
  it('shows a dash for a missing figure and passes anything unexpected through', () => {
    expect(formatPounds(null)).toBe('–');
    expect(formatPounds('n/a')).toBe('n/a');
  });
});

describe('formatRate', () => {
  it('moves the decimal point two places as text', () => {
    expect(formatRate('0.035')).toBe('3.5 %');
    expect(formatRate('0.0199')).toBe('1.99 %');
    expect(formatRate('-0.02')).toBe('-2 %');
    expect(formatRate('1.5')).toBe('150 %');
  });
});

describe('formatMillions', () => {
  it('labels figures to the nearest £0.1m', () => {
    expect(formatMillions('190012345.00')).toBe('£190.0m');
    expect(formatMillions('6100000.00')).toBe('£6.1m');
    expect(formatMillions('5349999.99')).toBe('£5.3m');
    expect(formatMillions('9999999.00')).toBe('£10.0m');
    expect(formatMillions('-2500000.00')).toBe('(£2.5m)');
    expect(formatMillions('1234567890.00')).toBe('£1,234.6m');
  });
});

describe('formatQuantity', () => {
  it('groups thousands and drops trailing zeros without rounding', () => {
    expect(formatQuantity('431517.00')).toBe('431,517');
    expect(formatQuantity('447340.42553')).toBe('447,340.42553');
    expect(formatQuantity('425578.410')).toBe('425,578.41');
    expect(formatQuantity('-1200')).toBe('-1,200');
    expect(formatQuantity(null)).toBe('–');
  });
});
