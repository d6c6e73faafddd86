import { escapeHtml, html } from './html';

describe('html: text from anyone never becomes markup', () => {
  it('escapes every value put into a template, and keeps what html itself made', () => {
    const reason = `<img src=x onerror="alert('x')"> & more`;
    const cell = html`<td>${reason}</td>`;
    expect(cell.text).toBe('<td>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; more</td>');
    const cells = [cell, html`<td>${'<b>'}</td>`];
    // (Prettier lays out markup inside html`...`; the row's own spacing is beside the point.)
    expect(
      html`<tr>
        ${cells}
      </tr>`.text.replace(/>\s+</g, '><'),
    ).toBe(`<tr>${cell.text}<td>&lt;b&gt;</td></tr>`);
  });

  it('leaves nothing out but null and undefined, and writes numbers as they are', () => {
    expect(html`${null}|${undefined}|${0}|${''}|${12.5}`.text).toBe('||0||12.5');
    expect(escapeHtml('"quoted" \'too\'')).toBe('&quot;quoted&quot; &#39;too&#39;');
  });
});
