import Decimal from 'decimal.js';

/**
 * The one Decimal constructor the service computes with: enough significant digits that no
 * plan ever loses a penny mid-calculation, and half-up rounding (the UK finance convention)
 * whenever a figure is rounded at the edge.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = Decimal;

/** A decimal written the way people write money and rates: optional minus, digits, optional fraction. */
export const DECIMAL_STRING = /^-?(0|[1-9]\d*)(\.\d+)?$/;
