import { describe, expect, it } from 'vitest';
import { ApiError } from './client';

const refusal = (details: { field: string; message: string }[], message = 'id: must be lower-case letters, digits and hyphens') =>
  new ApiError(400, { statusCode: 400, error: 'invalid_input', message, details });

describe('a refusal summarised under a form', () => {
  const labels = { id: 'Short code (in links)', name: 'Name', basedOn: 'Start from' };

  it('names the one field at fault by its label, its problem being shown beside it', () => {
    const error = refusal([{ field: 'id', message: 'must be lower-case letters, digits and hyphens' }]);
    expect(error.formSummary(labels)).toBe('Check Short code (in links): what is wrong is shown beside it.');
  });

  it('names several fields once each, in the order of their problems', () => {
    const error = refusal([
      { field: 'name', message: 'should not be empty' },
      { field: 'id', message: 'must be shorter' },
      { field: 'name', message: 'must be shorter' },
    ]);
    expect(error.formSummary(labels)).toBe('Check Name and Short code (in links): what is wrong is shown beside each.');
    expect(refusal([...error.body.details!, { field: 'basedOn', message: 'x' }]).formSummary(labels)).toBe(
      'Check Name, Short code (in links) and Start from: what is wrong is shown beside each.',
    );
  });

  it("keeps the service's sentence when a problem is with a field the form does not show, or there are none", () => {
    const elsewhere = refusal([{ field: 'force', message: 'is not a force' }], 'force: is not a force');
    expect(elsewhere.formSummary(labels)).toBe('force: is not a force');
    const rule = new ApiError(422, { statusCode: 422, error: 'rule_violated', message: 'The scenario is kept already.', details: [] });
    expect(rule.formSummary(labels)).toBe('The scenario is kept already.');
  });

  it('lets a label stand for the fields under its name, and only those', () => {
    const under = { 'distributions.payAward': 'Pay award' };
    expect(refusal([{ field: 'distributions.payAward.min', message: 'x' }]).formSummary(under)).toBe(
      'Check Pay award: what is wrong is shown beside it.',
    );
    const other = refusal([{ field: 'distributions.payAwardExtra', message: 'x' }], 'distributions.payAwardExtra: x');
    expect(other.formSummary(under)).toBe('distributions.payAwardExtra: x');
  });
});
