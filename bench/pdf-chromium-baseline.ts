// Reference point for bench/pdf-render.ts (the micro-benchmark on the test fixture, no database):
// headless Chromium printing comparable HTML (the same articles, annex tables, two signature images,
// header and footer with page numbers) with one reused page, as an HTML-to-PDF service would.
// `npm run bench` compares against Chromium printing the real public page instead (bench/pdf.ts).
import type { Block, ClauseDoc } from "../lib/agreements/types";
import type { PdfVersion } from "../lib/pdf/index";
import { pdfTestControllerSignature, pdfTestProcessorSignature } from "../lib/pdf/test-fixture";
import { launchChromium, printOptions } from "./lib/chromium";
import { median } from "./lib/stats";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function blocks(content: Block[]): string {
  return content
    .map((block) =>
      block.type === "paragraph"
        ? `<p>${block.runs.map((r) => (r.bold ? `<b>${escape(r.text)}</b>` : r.italic ? `<i>${escape(r.text)}</i>` : escape(r.text))).join("")}</p>`
        : `<${block.ordered ? "ol type=a" : "ul"}>${block.items.map((item) => `<li>${escape(item.map((r) => r.text).join(""))}</li>`).join("")}</${block.ordered ? "ol" : "ul"}>`,
    )
    .join("");
}

function clause(c: ClauseDoc, number: string): string {
  return `<div class="clause"><span class="n">${number}</span><div>${blocks(c.content)}${c.children.map((child, k) => clause(child, `${number}.${k + 1}`)).join("")}</div></div>`;
}

/** Print-oriented HTML of a version: what an HTML-to-PDF service would be given. */
export function html(version: PdfVersion, reference: string): string {
  const img = (png: Buffer) => `<img src="data:image/png;base64,${png.toString("base64")}" style="height:54pt">`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
  body{font-family:"DejaVu Sans Condensed",sans-serif;font-size:9.5pt;line-height:1.45;hyphens:manual}
  h1{font-size:17pt} h2{font-size:11pt;break-after:avoid} .clause{display:flex;gap:6pt;break-inside:avoid}
  .n{width:30pt;flex:none} p{margin:0 0 4pt} table{border-collapse:collapse;width:100%;font-size:8pt}
  td,th{border:0.75pt solid #b4b4b4;padding:4pt;vertical-align:top} tr{break-inside:avoid}
  .annex{break-before:page} .sig{display:flex;gap:24pt} .sig>div{flex:1}</style></head><body>
  <h1>${escape(version.title)}</h1><p>Referentie ${reference}</p>
  ${version.preamble.split("\n").map((r) => `<p>${escape(r)}</p>`).join("")}
  ${version.articles.map((a, i) => `<h2>Artikel ${i + 1}. ${escape(a.title)}</h2>${a.clauses.map((c, m) => clause(c, `${i + 1}.${m + 1}`)).join("")}`).join("")}
  <div class="annex"><h2>Bijlage 1</h2><table><tr><th>Categorie</th><th>Persoonsgegeven</th><th>Bewaartermijn</th></tr>
  ${version.dataCategories.flatMap((c) => c.items.map((item) => `<tr><td>${escape(c.name)}</td><td>${escape(item.name)}</td><td>${escape(item.retention)}</td></tr>`)).join("")}</table></div>
  <div class="annex"><h2>Bijlage 2</h2><table><tr><th>Onderdeel</th><th>Doeleinden</th><th>Gegevens</th><th>Subverwerker</th><th>Locatie</th></tr>
  ${version.subProcessors.map((s) => `<tr><td>${escape(s.serviceArea)}</td><td>${escape(s.purposes)}</td><td>${escape(s.dataConcerned)}</td><td>${escape(s.name)}</td><td>${s.country}</td></tr>`).join("")}</table></div>
  <div class="annex"><h2>Aldus overeengekomen en ondertekend</h2><div class="sig"><div>${img(pdfTestControllerSignature.imagePng)}</div><div>${img(pdfTestProcessorSignature.imagePng)}</div></div></div>
  </body></html>`;
}

export async function chromiumBaseline(version: PdfVersion, runs: number): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i <= runs; i++) {
      const reference = `VWO-2026-BENCH${i}`;
      const start = performance.now();
      await page.setContent(html(version, reference));
      const pdf = await page.pdf(printOptions(version.title, reference));
      if (i > 0) times.push(performance.now() - start); // the first is the warm-up
      size = pdf.length;
    }
    console.log(`chromium page.pdf          warm median ${median(times).toFixed(1)} ms  min ${Math.min(...times).toFixed(1)} ms   ${(size / 1024).toFixed(0)} KiB`);
  } finally {
    await browser.close();
  }
}
