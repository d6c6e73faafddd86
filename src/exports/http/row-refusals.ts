import type { HttpException } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { commandIndexOf, refusalsOf } from '../../event-sourcing/decide-all';
import type { SheetProblem } from '../import/read-spreadsheet';
import { refusal } from './budget-spreadsheet.interceptor';

/**
 * The refusals of an imported batch – every row a finance rule (or the parser) refused, not only
 * the first – as one answer naming each row, with the first refusal's status. `rowOf` says which
 * sheet and row the index-th command came from; `columnOf` which column a refused field is.
 * Null when the error is not a refusal of the batch's commands (a 409 or 503 passes through).
 */
export function rowRefusals(
  error: unknown,
  rowOf: (index: number) => { sheet: string; row: number },
  columnOf: (field: string) => string = (field) => field,
): HttpException | null {
  if (!(error instanceof DomainError) || commandIndexOf(error) === undefined || error.status >= 500) return null;
  const problems: SheetProblem[] = refusalsOf(error).flatMap(({ index, error: refused }) =>
    refused instanceof DomainError && refused.status === error.status
      ? [{ ...rowOf(index), column: columnOf(refused.details[0]?.field ?? ''), message: refused.message }]
      : [],
  );
  return refusal(problems, error.status, error.code);
}
