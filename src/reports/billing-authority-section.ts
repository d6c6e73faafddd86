import type { MtfpAnswer } from '../mtfp/http/mtfp.queries';
import { pounds } from './figures';
import { html, type Html } from './html';

type MtfpYear = MtfpAnswer['years'][number];

/** The precept issued to each billing authority, as the MTFP splits the council tax requirement by their tax bases. */
export function billingAuthoritySection(forceName: string, year: string, mtfpYear: MtfpYear | null): Html {
  const authorities = mtfpYear?.funding.precept.byBillingAuthority ?? [];
  if (authorities.length === 0)
    return html`<h2>Precept by billing authority</h2>
      <p>
        No precept by billing authority is recorded for ${forceName} in ${year}: the plan records the precept for the force as a whole (Band
        D and tax base).
      </p>`;
  const rows = authorities.map(
    (a) =>
      html`<tr>
        <th scope="row">${a.name}</th>
        <td class="num">${a.taxBase.value}</td>
        <td class="num">${pounds(a.precept.value)}</td>
      </tr>`,
  );
  return html`<h2>Precept by billing authority</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">Billing authority</th>
          <th scope="col" class="num">Tax base (Band D equivalents)</th>
          <th scope="col" class="num">Precept</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Council tax requirement</th>
          <td></td>
          <td class="num">${pounds(mtfpYear?.funding.precept.councilTaxRequirement.value)}</td>
        </tr>
      </tfoot>
    </table>`;
}
