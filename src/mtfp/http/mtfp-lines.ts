/**
 * The figures of one MTFP year (as JSON) by "line": the path to the figure with "/" between
 * steps and list entries named by their code, item id or reserve id rather than position –
 * "gap", "funding/precept/income", "expenditure/items/{itemId}/amount",
 * "reserves/budget-support/closing", "reservesByPurpose/within_mtfp/closing"; budget monitoring's
 * "monitoring/lines/{code}/variance", "monitoring/items/{itemId}/outturn", "monitoring/nre/variance" (the
 * net over/underspend) and "monitoring/generalReserve/closingAfterOutturn", each citing the forecast or
 * actual and the budget it is compared with; "funding/specificGrants/{grantId}/amount"; "expenditure/payGroups/officers/awardInYear";
 * "capitalFinancing/total", "capitalFinancing/debtCharges/{schemeId}:{2016-17}/mrp", "capitalProgramme/schemes/{schemeId}/cost". ("/" because
 * codes may contain dots.)
 */
export interface MtfpLine {
  line: string;
  figure: { value: string; sources: string[]; [detail: string]: unknown };
}

const ENTRY_NAMES = ['code', 'itemId', 'reserveId', 'purposeCategory', 'grantId', 'group', 'schemeId'] as const;

export function mtfpLines(year: object): MtfpLine[] {
  const lines: MtfpLine[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (isFigure(node)) {
      lines.push({ line: path.join('/'), figure: node });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((entry, i) => visit(entry, [...path, entryName(entry) ?? String(i)]));
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
    }
  };
  visit(year, []);
  return lines;
}

function isFigure(node: unknown): node is MtfpLine['figure'] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  const candidate = node as Record<string, unknown>;
  return typeof candidate.value === 'string' && Array.isArray(candidate.sources);
}

function entryName(entry: unknown): string | null {
  if (entry === null || typeof entry !== 'object') return null;
  const record = entry as Record<string, unknown>;
  for (const name of ENTRY_NAMES) if (typeof record[name] === 'string') return record[name] as string;
  return null;
}
