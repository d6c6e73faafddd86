import { Money } from '../common/money';
import { formatPounds } from '../force-finance/format-pounds';

/** A penny string from an answer ("48800000.00") as a finance officer reads it: "£48,800,000.00". */
export function pounds(pence: string | null | undefined): string {
  if (pence === null || pence === undefined) return '–';
  return formatPounds(Money.parse(pence));
}

/** A percentage string from an answer ("3.40") with its sign: "+3.40 %". */
export function signedPercent(value: string): string {
  return `${value.startsWith('-') ? '' : '+'}${value} %`;
}

/** A change in pounds with its sign: "+£5.00", "-£0.55". */
export function signedPounds(pence: string): string {
  const text = pounds(pence);
  return text.startsWith('-') ? text : `+${text}`;
}
