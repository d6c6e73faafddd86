import type { Money } from '../common/money';

/** An amount the way a finance officer reads it in a message: "£4,450,000.00", "-£550,000.00". */
export function formatPounds(amount: Money): string {
  const pence = amount.toPence();
  const negative = pence.startsWith('-') && !/^-0\.00$/.test(pence);
  const [whole, fraction] = pence.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}£${grouped}.${fraction}`;
}
