/** The parts of the API's answers the figures journeys compare the screens with. */
export interface Fig {
  value: string;
}

export interface MonitoringRow {
  name: string;
  budget: Fig;
  outturn: Fig;
  variance: Fig;
}

export interface Monitoring {
  basis: string;
  lines: (MonitoringRow & { code: string })[];
  nre: MonitoringRow;
}

export interface MtfpYear {
  year: string;
  funding: {
    precept: { bandD: { value: string; basis: string }; councilTaxRequirement: { value: string } };
    specificGrants: { name: string; kind: string; amount: Fig; funds: { name: string } | null }[];
  };
  expenditure: {
    payGroups: { awardFullYear: Fig; awardInYear: Fig; onCosts: { pension: Fig; nationalInsurance: Fig; apprenticeshipLevy: Fig } }[];
  };
  monitoring: Monitoring | null;
  reservesByPurpose: {
    purposeCategory: string;
    closing: { value: string };
    plannedAndActual: { drawdowns: { actual: Fig | null } };
  }[];
  generalReserve: { aboveGuidanceCeiling: boolean } | null;
}

export interface BoardProgramme {
  programmeCode: string;
  name: string;
  years: {
    year: string;
    costsToAchieve: string;
    netBenefit: string;
    varianceExplanation: { explanation: string; recordedAt: string } | null;
  }[];
}
