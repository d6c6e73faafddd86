import { Html, html } from './html';

/** A4 portrait: margins a Police and Crime Panel's or a board's printer keeps, tables that do not split a row. */
const PRINT_CSS = `
@page { size: A4 portrait; margin: 15mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 8.5pt; color: #111; margin: 0; }
main { width: 100%; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 10.5pt; margin: 4mm 0 1.2mm; border-bottom: 0.4mm solid #444; padding-bottom: 0.8mm; }
h3 { font-size: 9.5pt; margin: 3mm 0 1mm; }
p { margin: 1mm 0; }
.meta { color: #444; font-size: 8pt; margin-bottom: 3mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; page-break-inside: auto; font-size: 7.8pt; }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
th, td { border: 0.2mm solid #999; padding: 0.4mm 0.9mm; vertical-align: top; }
th { background: #eee; text-align: left; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 0.5mm solid #333; }
.statement { border: 0.4mm solid #333; padding: 1.5mm 2mm; margin: 2mm 0; font-weight: 600; }
.within { background: #e3f3e3; }
.outside { background: #fbe3e3; }
.rag { font-weight: 700; font-size: 7pt; padding: 0 0.6mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rag-green { background: #2e7d32; color: #fff; }
.rag-amber { background: #f9a825; color: #000; }
.rag-red { background: #c62828; color: #fff; }
.rag-none { background: #fff; color: #444; }
.small { font-size: 7pt; color: #333; }
ul.small { margin: 0.5mm 0; padding-left: 5mm; }
.programme { page-break-inside: avoid; }
@media screen { body { padding: 10mm; background: #f4f4f4; } main { background: #fff; padding: 10mm; } }
`;

/** A whole printable page: title, print CSS and the body. */
export function printPage(title: string, body: Html): string {
  return html`<!DOCTYPE html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${new Html(PRINT_CSS)}
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html> `.text;
}
