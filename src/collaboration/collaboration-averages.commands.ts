import type { FinancialYear } from '../common/financial-year';
import type { Rate } from '../common/rate';

/** Typed by `http/to-command.ts`: shares are rates between 0 and 1. */
export type CollaborationAveragesCommand = {
  type: 'RecordNationalCollaborationAverage';
  year: FinancialYear;
  policeShareOfNre: Rate;
  nonPoliceShareOfNre: Rate;
};
