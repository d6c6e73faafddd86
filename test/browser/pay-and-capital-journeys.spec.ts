import request from 'supertest';
import { grouped, type BrowserRig } from './browser-support';
import { describeJourneys } from './describe-journeys';

interface Fig {
  value: string;
}

/** The parts of the MTFP answer this journey compares the screen with. */
interface MtfpYear {
  year: string;
  expenditure: {
    payGroups: {
      group: string;
      establishment: { baseFte: Fig; fte: Fig } | null;
      onCosts: { funding: { pension: { granted: Fig; net: Fig } } | null } | null;
    }[];
  };
  capitalProgramme: {
    schemes: { schemeId: string; name: string; cost: Fig; funding: { capitalReceipts: Fig; reserves: Fig; borrowing: Fig } }[];
    spend: Fig;
  };
}

/**
 * The figures the MTFP gained with the pay model and the capital programme – FTE by pay group,
 * the pensions grant against the employer pension, each year's capital schemes and their funding –
 * on the MTFP screen as the API answers them. Skipped, saying so, where Chromium is not installed.
 */
describeJourneys(
  "the MTFP screen shows the pay model's FTE and the capital programme as the API answers them",
  ({ started, open, checked }) => {
    let rig: BrowserRig;
    beforeAll(() => ({ rig } = started()));

    it("finance officer: Herts' 2019/20 officer FTE and pensions grant, and the 2017/18 fleet scheme with its funding", async () => {
      const token = rig.token({ role: 'force_finance', force: 'herts' });
      const answer = await request(rig.app.getHttpServer()).get('/forces/herts/mtfp').set('Authorization', `Bearer ${token}`).expect(200);
      const years = answer.body.years as MtfpYear[];
      const y2019 = years.find((y) => y.year === '2019/20') as MtfpYear;
      const officers = y2019.expenditure.payGroups.find((g) => g.group === 'officers');
      // The worked example records 1,430 officer FTE for 2019/20 (its base year for FTE, so the base is the same).
      expect([officers?.establishment?.baseFte.value, officers?.establishment?.fte.value]).toEqual(['1430.00', '1430.00']);
      const pension = officers?.onCosts?.funding?.pension;
      const fleet = (years.find((y) => y.year === '2017/18') as MtfpYear).capitalProgramme.schemes.find((s) => s.schemeId === 'fleet-2017');
      // The fleet scheme: £1,500,000 = receipts £300,000 + reserves £200,000 + borrowing £1,000,000.
      expect([
        fleet?.cost.value,
        fleet?.funding.capitalReceipts.value,
        fleet?.funding.reserves.value,
        fleet?.funding.borrowing.value,
      ]).toEqual(['1500000.00', '300000.00', '200000.00', '1000000.00']);

      const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
      await page.goto(`${rig.base}/app/forces/herts/mtfp`);
      const pay = page.getByTestId('pay-groups');
      await pay.getByRole('combobox', { name: 'Year' }).selectOption('2019/20');
      const firstCell = async (label: string) =>
        (
          await pay
            .getByRole('row')
            .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
            .getByRole('cell')
            .allTextContents()
        )[0];
      expect(await firstCell('FTE in the year')).toBe('1,430');
      expect(await firstCell('Base budget FTE')).toBe('1,430');
      expect(await firstCell('Pension grant against the employer pension')).toBe(grouped(pension?.granted.value as string));
      expect(await firstCell('Employer pension net of grant')).toBe(grouped(pension?.net.value as string));

      const capital = page.getByTestId('capital-programme-2017/18');
      const scheme = capital.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Vehicle fleet replacement' }) });
      const cells = await scheme.getByRole('cell').allTextContents();
      expect(cells.slice(0, 6)).toEqual(['£1,500,000.00', '£0.00', '£300,000.00', '£0.00', '£200,000.00', '£1,000,000.00']);
      expect(cells[0]).toBe(`£${grouped(fleet?.cost.value as string)}`);
      await capital.scrollIntoViewIfNeeded();
      await checked(page, 'force-mtfp-capital-programme');
      await page.context().close();
    });
  },
);
