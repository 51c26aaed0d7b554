import { describe, expect, it } from 'vitest';
import html, { escapeHtml } from '../../src/reporters/html.js';
import { OPTIONS, finding, onleesbaar, plan, rapport, summary } from './voorbeeld.js';

describe('html reporter', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  const one = html(summary([plan()]), OPTIONS);

  it('writes one self-contained Dutch page with landmarks and a skip link', () => {
    expect(one.startsWith('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(one).toContain('<title>toets-rapport: map/plan &#60;1&#62;.md</title>');
    expect(one).toContain('<a class="skip" href="#inhoud">Naar de inhoud</a>\n<header>\n<h1>Rapport van toets</h1>\n<p>1 bestand gecontroleerd: 1 fout, 1 waarschuwing, 1 uitgeschakeld.</p>\n</header>');
    expect(one).toContain('<main id="inhoud" tabindex="-1">');
    expect(one).not.toMatch(/<(link|img|iframe)\b|src=|@import|url\(/);
    // One file: no overview and no navigation.
    expect(one).not.toContain('<nav');
    expect(one).not.toContain('Overzicht');
    expect(one).toContain('<section class="document eerste" id="d1" aria-labelledby="d1-titel">');
  });

  it('never lets document text through unescaped', () => {
    expect(one).not.toContain('<b>');
    expect(one).not.toContain('</b>');
    expect(one).not.toContain('<uit>');
    expect(one).not.toContain('<!-- toets');
    // toets' own comments are shown (they explain a disabled finding), as text.
    expect(one).toContain('<div class="opmerking">&#60;!-- toets-disable-next-line regel-a -- Citaat --&#62;</div>');
  });

  it('counts per actielijn from each rule meta, with totals', () => {
    expect(one).toContain(
      '<tbody>\n' +
        '<tr><th scope="row">1. Respectvolle bejegening</th><td class="getal">0</td><td class="getal">1</td><td class="getal">0</td><td><code class="regel">regel-b</code></td></tr>\n' +
        '<tr><th scope="row">2. Informeren en ondersteunen</th><td class="getal">0</td><td class="getal">0</td><td class="getal">0</td><td>—</td></tr>\n' +
        '<tr><th scope="row">3. Kwaliteit onderzoek en rapportage</th><td class="getal">1</td><td class="getal">0</td><td class="getal">1</td><td><code class="regel">regel-a</code></td></tr>\n' +
        '<tr><th scope="row">4. Rechtspositie</th><td class="getal">0</td><td class="getal">0</td><td class="getal">0</td><td>—</td></tr>\n' +
        '</tbody>\n' +
        '<tfoot><tr><th scope="row">Totaal</th><td class="getal">1</td><td class="getal">1</td><td class="getal">1</td><td></td></tr></tfoot>',
    );
  });

  it('renders the text as HTML and marks overlapping spans in it, with a focusable reference after each', () => {
    expect(one).toContain(
      '<div class="doc">\n<p>Eerste <span class="html"><mark class="fout" title="Melding 1">&#60;b&#62;</mark></span>' +
        '<mark class="fout dubbel" title="Melding 1, 2">regel</mark>' +
        '<span class="html"><mark class="fout dubbel" title="Melding 1, 2">&#60;/b&#62;</mark><a class="ref fout" id="d1-v1" href="#d1-m1" aria-label="Melding 1: fout, regel-a">1</a></span>' +
        '<mark class="waarschuwing" title="Melding 2"> &#38; zo.\nTweede</mark>' +
        '<a class="ref" id="d1-v2" href="#d1-m2" aria-label="Melding 2: waarschuwing, regel-b">2</a> regel hier.</p>',
    );
  });

  it('lists the findings per actielijn, each linking to its place in the text and to the rule', () => {
    const lijn1 = one.indexOf('<h4>Actielijn 1: Respectvolle bejegening (1)</h4>');
    const lijn3 = one.indexOf('<h4>Actielijn 3: Kwaliteit onderzoek en rapportage (1)</h4>');
    expect(lijn1).toBeGreaterThan(0);
    expect(lijn3).toBeGreaterThan(lijn1);
    expect(one.indexOf('id="d1-m2"')).toBeGreaterThan(lijn1);
    expect(one.indexOf('id="d1-m2"')).toBeLessThan(lijn3);
    expect(one).toContain(
      '<li class="melding fout" id="d1-m1" tabindex="-1" data-regel="regel-a" data-plek="1:8">\n' +
        '<p class="kop">Melding 1 <span class="ernst fout">fout</span> <code class="regel">regel-a</code> <span class="plaats">(regel 1, kolom 8–20)</span></p>\n' +
        '<p>Oordeel &#34;&#60;b&#62;regel&#60;/b&#62;&#34; gevonden.</p>\n' +
        '<p class="citaat">Tekst: <q>&#60;b&#62;regel&#60;/b&#62;</q></p>\n' +
        '<p><strong>Zo lost u het op:</strong> Schrijf *wat* u zag.</p>\n' +
        '<p class="links"><a href="#d1-v1">Naar de plek in de tekst</a> · <a href="#regel-regel-a">Waarom deze regel</a></p>\n' +
        '</li>',
    );
  });

  it('explains each rule once inside the file: what, why and the recommendation, without links out of it', () => {
    expect(one).toContain(
      '<div class="regel-uitleg" id="regel-regel-a" tabindex="-1">\n' +
        '<h3><code class="regel">regel-a</code></h3>\n' +
        '<p><strong>Wat:</strong> Regel A in één zin.</p>\n' +
        '<p><strong>Waarom:</strong> Waarom regel A &#60;belangrijk&#62; is.</p>\n' +
        '<p><strong>Waarop gebaseerd:</strong> Schrijf feiten &#38; meningen apart. (Rapport X (seed 002), III.1 b)</p>\n' +
        '<p><strong>Actielijn 3:</strong> Kwaliteit onderzoek en rapportage</p>\n' +
        '</div>',
    );
    expect(one.match(/id="regel-regel-a"/g)).toHaveLength(1);
    // No links to files of the machine that made the report, nor to the web (meta.docs of regel-b is a web address).
    expect(one).not.toContain('file:');
    expect(one).not.toContain('rules/regel-a/README.md');
    expect(one).not.toContain('voorbeeld.test');
    expect(one.match(/href="([^"]*)"/g)!.every((h) => h.startsWith('href="#'))).toBe(true);
  });

  it('forbids connections and outside resources with a Content-Security-Policy that allows only its own style and script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(one)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('shows the frontmatter as a table of facts with its findings on the row they are about', () => {
    const source = '---\ntype: gezinsplan\ndatum: 14-03-2025\nkinderen:\n  - naam: Ivy\n    geboortedatum: 2014-07-22\n---\n\n# Feiten\n\n| wie | wat |\n| --- | --- |\n| moeder | belt |\n';
    const r = { ...plan(), source, suppressedMessages: [], messages: [finding({ ruleId: 'regel-a', severity: 2 as const, line: 3, column: 8, endLine: 3, endColumn: 18, message: 'Geen datum.' })] };
    const out = html(summary([r]), OPTIONS);
    expect(out).not.toContain('type: gezinsplan');
    expect(out).toContain('<tr><th scope="row">Type</th><td>gezinsplan</td></tr>');
    expect(out).toContain('<tr><th scope="row">Datum</th><td class="gemarkeerd fout" title="Melding 1">14-03-2025 <a class="ref fout" id="d1-v1"');
    expect(out).toContain('<tr><th scope="row">Kinderen</th><td><ul class="waarden"><li><span class="sleutel">Naam:</span> Ivy<span class="scheiding"> · </span><span class="sleutel">Geboortedatum:</span> 2014-07-22</li></ul></td></tr>');
    expect(out).toContain('<h4 class="dockop dk1">Feiten</h4>');
    expect(out).toContain('<thead><tr><th scope="col">wie</th><th scope="col">wat</th></tr></thead>');
    expect(out).toContain('<tr><td>moeder</td><td>belt</td></tr>');
  });

  it('lists the findings inline comments disabled, with their reasons', () => {
    expect(one).toContain(
      '<h3 id="d1-uitgeschakeld">Uitgeschakelde meldingen</h3>\n<div class="tabel"><table class="uitgeschakeld">\n' +
        '<caption>Meldingen die een toets-opmerking in het document uitschakelde</caption>\n' +
        '<thead><tr><th scope="col">Plaats</th><th scope="col">Regel</th><th scope="col">Melding</th><th scope="col">Reden</th><th scope="col">Opmerking op regel</th></tr></thead>\n' +
        '<tbody>\n<tr><th scope="row">4:1</th><td><code class="regel">regel-a</code></td><td>Oordeel &#34;Derde&#34;.</td><td>Citaat &#60;uit&#62; dossier</td><td class="getal">3</td></tr>\n</tbody>',
    );
    const r = plan();
    delete r.suppressedMessages[0]!.suppressed!.reason;
    expect(html(summary([r]), OPTIONS)).toContain('<td><em>geen reden opgegeven</em></td>');
  });

  it('shows an unreadable file as such, without a text', () => {
    const out = html(summary([onleesbaar()]), OPTIONS);
    expect(out).toContain(
      '<h2 id="d1-titel">Document: kapot.md</h2>\n<p class="fataal"><strong>Dit bestand kon niet worden gelezen.</strong> Het bestand is geen tekst &#60;binair&#62;. (code <code>BINARY</code>)</p>\n</section>',
    );
    expect(out).not.toContain('class="doc"');
  });

  it('lists findings without marks when the source is not available', () => {
    const r = plan();
    delete r.source;
    const out = html(summary([r]), OPTIONS);
    expect(out).not.toContain('<mark');
    expect(out).not.toContain('Naar de plek in de tekst');
    expect(out).toContain('<li class="melding fout" id="d1-m1" tabindex="-1" data-regel="regel-a" data-plek="1:8">');
  });

  describe('with several files', () => {
    const many = html(summary([plan(), onleesbaar(), rapport()]), OPTIONS);

    it('starts with navigation and an overview per file', () => {
      expect(many).toContain(
        '<nav aria-label="Documenten in dit rapport">\n<ul>\n<li><a href="#overzicht-titel">Overzicht</a></li>\n<li><a href="#d1">map/plan &#60;1&#62;.md</a></li>\n<li><a href="#d2">kapot.md</a></li>\n<li><a href="#d3">rapport.md</a></li>\n</ul>\n</nav>',
      );
      expect(many).toContain('<tr><th scope="row"><a href="#d2">kapot.md</a> <strong>(niet gelezen)</strong></th><td>—</td><td>—</td><td class="getal">1</td><td class="getal">0</td><td class="getal">0</td></tr>');
      expect(many).toContain('<tfoot><tr><th scope="row">Totaal</th><td></td><td></td><td class="getal">2</td><td class="getal">2</td><td class="getal">1</td></tr></tfoot>');
    });

    it('puts findings without rule meta in a row of their own', () => {
      expect(many).toContain('<tr><th scope="row">Overig (geen actielijn)</th><td class="getal">1</td><td class="getal">0</td><td class="getal">0</td><td><code class="regel">toets</code></td></tr>');
    });

    it('counts per rule and shows the most frequent findings', () => {
      expect(many).toContain(
        '<tr><th scope="row"><code class="regel">regel-b</code><br><span class="oms">Regel B in één zin.</span></th><td>1. Respectvolle bejegening</td><td class="getal">0</td><td class="getal">2</td><td class="getal">0</td><td class="getal">2</td></tr>',
      );
      expect(many).toContain(
        '<tbody>\n<tr><td class="getal">2</td><th scope="row"><code class="regel">regel-b</code></th><td>Noem wat goed gaat.<br>Tekst: <code>regel&#60;/b&#62; &#38; zo.</code>, <code>Een</code></td><td class="getal">2</td></tr>\n</tbody>',
      );
    });

    it('gives every document its own section, each on a new page in print', () => {
      expect(many.match(/<section class="document" id="d\d"/g)).toEqual(['<section class="document" id="d1"', '<section class="document" id="d2"', '<section class="document" id="d3"']);
      expect(many).toContain('section.document { break-before: page; }');
    });
  });

  it('says so when no files were checked', () => {
    const out = html(summary([]), OPTIONS);
    expect(out).toContain('<p>0 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen.</p>');
    expect(out).toContain('<main id="inhoud" tabindex="-1">\n<p>Er zijn geen bestanden gecontroleerd.</p>\n\n</main>');
  });
});

describe('document names in the html report', () => {
  it('shows an absolute path by its file name only, and a relative one as given', () => {
    const abs = { ...plan(), filePath: '/home/gebruiker/dossiers/plan.md' };
    const win = { ...rapport(), filePath: 'C:\\Users\\jan\\rapport.md' };
    const out = html(summary([abs, win, onleesbaar()]), OPTIONS);
    expect(out).not.toContain('/home/gebruiker');
    expect(out).not.toContain('Users');
    expect(out).toContain('<h2 id="d1-titel">Document: plan.md</h2>');
    expect(out).toContain('<h2 id="d2-titel">Document: rapport.md</h2>');
    expect(out).toContain('<h2 id="d3-titel">Document: kapot.md</h2>');
  });
});
