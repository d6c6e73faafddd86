// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeFromName, CreateScenario } from './ScenarioForms';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('codeFromName', () => {
  it.each([
    ['Pay 3.5 %', 'pay-3-5'],
    ['Précept +£10 a year', 'precept-10-a-year'],
    ['  --Prudent case--  ', 'prudent-case'],
    ['£', ''],
  ])('makes %j into the short code %j', (name, code) => {
    expect(codeFromName(name)).toBe(code);
  });

  it('keeps to 64 characters, never ending in a hyphen', () => {
    const code = codeFromName(`${'a'.repeat(63)} b`);
    expect(code).toBe('a'.repeat(63));
    expect(code).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });
});

describe('CreateScenario', () => {
  const CREATED = new Response(JSON.stringify({ stream: 'scenario-x', revision: '0', position: '1', events: [] }), { status: 201 });
  function show(scenarios: { id: string; name: string }[] = [], answer: () => Response = () => CREATED.clone()) {
    const posted: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init?: RequestInit) => {
        posted.push(JSON.parse(String(init?.body ?? '{}')));
        return answer();
      }),
    );
    const created = vi.fn();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CreateScenario force="herts" scenarios={scenarios} onCreated={created} />
      </QueryClientProvider>,
    );
    return { posted, created };
  }

  it('fills the short code from the name, and leaves it alone once the officer has changed it', () => {
    show();
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    const code = screen.getByLabelText('Short code (in links)') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Pay 3.5 %' } });
    expect(code.value).toBe('pay-3-5');
    fireEvent.change(code, { target: { value: 'prudent' } });
    fireEvent.change(name, { target: { value: 'Pay 3.5 %, prudent case' } });
    expect(code.value).toBe('prudent');
  });

  it("starts from the baseline, or from one of the force's scenarios, sends what was chosen, then empties for the next", async () => {
    const { posted, created } = show([{ id: 'pay-3-5', name: 'Pay 3.5 %' }]);
    const from = screen.getByLabelText('Start from') as HTMLSelectElement;
    expect(from.value).toBe('baseline');
    expect([...from.options].map((o) => o.textContent)).toEqual(['The baseline', 'Pay 3.5 % (pay-3-5)']);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Pay 4 %' } });
    fireEvent.change(from, { target: { value: 'pay-3-5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith('pay-4'));
    expect(posted).toEqual([{ id: 'pay-4', name: 'Pay 4 %', basedOn: 'pay-3-5', force: 'herts' }]);
    // Ready for the next scenario, not for the same one again.
    await vi.waitFor(() => expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe(''));
    expect((screen.getByLabelText('Short code (in links)') as HTMLInputElement).value).toBe('');
    expect(from.value).toBe('baseline');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Pay 5 %' } });
    expect((screen.getByLabelText('Short code (in links)') as HTMLInputElement).value).toBe('pay-5');
  });

  it("names a refused field by its label under the form, with the service's words beside the field", async () => {
    const problem = 'must be lower-case letters, digits and hyphens, starting with a letter or digit';
    show([], () =>
      Response.json(
        { statusCode: 400, error: 'invalid_input', message: `id: ${problem}`, details: [{ field: 'id', message: problem }] },
        { status: 400 },
      ),
    );
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '£' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Check Short code (in links): what is wrong is shown beside it.');
    expect(screen.getByText(problem)).toBeTruthy();
  });
});
