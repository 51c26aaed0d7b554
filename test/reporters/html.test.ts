import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import html, { escapeHtml } from '../../src/reporters/html.js';
import { markeer } from '../../src/reporters/html/markeringen.js';
import { packagePath } from '../../src/util/paths.js';
import { OPTIONS, finding, onleesbaar, plan, rapport, summary } from './voorbeeld.js';

describe('markeer', () => {
  it('splits overlapping spans into runs and puts each reference after its span', () => {
    const regels = markeer('abcdef\nghij\n', [
      { line: 1, column: 2, endLine: 1, endColumn: 5 },
      { line: 1, column: 4, endLine: 2, endColumn: 3 },
    ]);
    expect(regels).toEqual([
      {
        nr: 1,
        eindigtHier: [0],
        stukken: [
          { soort: 'tekst', tekst: 'a', meldingen: [] },
          { soort: 'tekst', tekst: 'bc', meldingen: [0] },
          { soort: 'tekst', tekst: 'd', meldingen: [0, 1] },
          { soort: 'verwijzing', melding: 0 },
          { soort: 'tekst', tekst: 'ef', meldingen: [1] },
        ],
      },
      {
        nr: 2,
        eindigtHier: [1],
        stukken: [
          { soort: 'tekst', tekst: 'gh', meldingen: [1] },
          { soort: 'verwijzing', melding: 1 },
          { soort: 'tekst', tekst: 'ij', meldingen: [] },
        ],
      },
    ]);
  });

  it('gives a zero-width finding only a reference, and ends a span at column 1 on the line before', () => {
    const regels = markeer('ab\ncd', [
      { line: 1, column: 2, endLine: 1, endColumn: 2 },
      { line: 1, column: 1, endLine: 2, endColumn: 1 },
    ]);
    expect(regels).toEqual([
      {
        nr: 1,
        eindigtHier: [0, 1],
        stukken: [
          { soort: 'tekst', tekst: 'a', meldingen: [1] },
          { soort: 'verwijzing', melding: 0 },
          { soort: 'tekst', tekst: 'b', meldingen: [1] },
          { soort: 'verwijzing', melding: 1 },
        ],
      },
      { nr: 2, eindigtHier: [], stukken: [{ soort: 'tekst', tekst: 'cd', meldingen: [] }] },
    ]);
  });

  it('clamps positions outside the text to its last line', () => {
    const regels = markeer('ab\n', [{ line: 9, column: 9, endLine: 9, endColumn: 12 }]);
    expect(regels).toEqual([
      { nr: 1, eindigtHier: [0], stukken: [{ soort: 'tekst', tekst: 'ab', meldingen: [] }, { soort: 'verwijzing', melding: 0 }] },
    ]);
  });
});

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
    expect(one).toContain('<div class="r" id="d1-l3"><span class="nr">3</span><span class="code">&#60;!-- toets-disable-next-line regel-a -- Citaat --&#62;</span></div>');
  });

  it('counts per actielijn from each rule meta, with totals', () => {
    expect(one).toContain(
      '<tbody>\n' +
        '<tr><th scope="row">1. Respectvolle bejegening</th><td class="getal">0</td><td class="getal">1</td><td class="getal">0</td><td><code>regel-b</code></td></tr>\n' +
        '<tr><th scope="row">2. Informeren en ondersteunen</th><td class="getal">0</td><td class="getal">0</td><td class="getal">0</td><td>—</td></tr>\n' +
        '<tr><th scope="row">3. Kwaliteit onderzoek en rapportage</th><td class="getal">1</td><td class="getal">0</td><td class="getal">1</td><td><code>regel-a</code></td></tr>\n' +
        '<tr><th scope="row">4. Rechtspositie</th><td class="getal">0</td><td class="getal">0</td><td class="getal">0</td><td>—</td></tr>\n' +
        '</tbody>\n' +
        '<tfoot><tr><th scope="row">Totaal</th><td class="getal">1</td><td class="getal">1</td><td class="getal">1</td><td></td></tr></tfoot>',
    );
  });

  it('marks overlapping spans in place, with a focusable reference after each', () => {
    expect(one).toContain(
      '<div class="r" id="d1-l1"><span class="nr">1</span><span class="code">Eerste ' +
        '<mark class="fout" data-meldingen="1" title="Melding 1">&#60;b&#62;</mark>' +
        '<mark class="fout dubbel" data-meldingen="1 2" title="Melding 1, 2">regel&#60;/b&#62;</mark>' +
        '<a class="ref fout" id="d1-v1" href="#d1-m1" aria-label="Melding 1: fout, regel-a">1</a>' +
        '<mark class="waarschuwing" data-meldingen="2" title="Melding 2"> &#38; zo.</mark></span></div>',
    );
    expect(one).toContain(
      '<div class="r" id="d1-l2"><span class="nr">2</span><span class="code"><mark class="waarschuwing" data-meldingen="2" title="Melding 2">Tweede</mark>' +
        '<a class="ref" id="d1-v2" href="#d1-m2" aria-label="Melding 2: waarschuwing, regel-b">2</a> regel hier.</span></div>',
    );
  });

  it('explains a finding below its last line: message, why, recommendation, fix, doc link', () => {
    const href = pathToFileURL(packagePath('rules/regel-a/README.md')).href;
    expect(one).toContain(
      '<div class="uitleg fout" id="d1-m1">\n' +
        '<p class="kop">Melding 1: <span class="ernst fout">fout</span> <code>regel-a</code> (regel 1, kolom 8–20) <a href="#d1-v1">terug naar de tekst</a></p>\n' +
        '<p>Oordeel &#34;&#60;b&#62;regel&#60;/b&#62;&#34; gevonden.</p>\n' +
        '<p>Tekst: <code>&#60;b&#62;regel&#60;/b&#62;</code></p>\n' +
        '<p><strong>Waarom:</strong> Waarom regel A &#60;belangrijk&#62; is.</p>\n' +
        '<p><strong>Waarop gebaseerd:</strong> Schrijf feiten &#38; meningen apart. (Rapport X (seed 002), III.1 b; actielijn 3: Kwaliteit onderzoek en rapportage)</p>\n' +
        '<p><strong>Zo lost u het op:</strong> Schrijf *wat* u zag.</p>\n' +
        `<p><a href="${href}">Uitleg van de regel regel-a</a> (<code>rules/regel-a/README.md</code>)</p>\n` +
        '</div>\n' +
        '<div class="r" id="d1-l2">',
    );
    // A web address in meta.docs is used as is (escaped).
    expect(one).toContain('<p><a href="https://voorbeeld.test/regel-b?x=1&#38;y=2">Uitleg van de regel regel-b</a>');
    expect(one.indexOf('id="d1-m2"')).toBeGreaterThan(one.indexOf('id="d1-l2"'));
    expect(one.indexOf('id="d1-m2"')).toBeLessThan(one.indexOf('id="d1-l3"'));
  });

  it('refers later findings of the same rule back to the first explanation', () => {
    const r = plan();
    r.messages.push(finding({ ruleId: 'regel-a', severity: 2, line: 4, column: 1, endLine: 4, endColumn: 6, message: 'Nog een.' }));
    const out = html(summary([r]), OPTIONS);
    expect(out).toContain(
      '<div class="uitleg fout" id="d1-m3">\n' +
        '<p class="kop">Melding 3: <span class="ernst fout">fout</span> <code>regel-a</code> (regel 4, kolom 1–6) <a href="#d1-v3">terug naar de tekst</a></p>\n' +
        '<p>Nog een.</p>\n' +
        '<p><strong>Waarom en waarop gebaseerd:</strong> zie <a href="#d1-m1">melding 1</a> (zelfde regel).</p>\n' +
        '</div>',
    );
  });

  it('lists the findings inline comments disabled, with their reasons', () => {
    expect(one).toContain(
      '<h3 id="d1-uitgeschakeld">Uitgeschakelde meldingen</h3>\n<table class="uitgeschakeld">\n' +
        '<caption>Meldingen die een toets-opmerking in het document uitschakelde</caption>\n' +
        '<thead><tr><th scope="col">Plaats</th><th scope="col">Regel</th><th scope="col">Melding</th><th scope="col">Reden</th><th scope="col">Opmerking op regel</th></tr></thead>\n' +
        '<tbody>\n<tr><th scope="row">4:1</th><td><code>regel-a</code></td><td>Oordeel &#34;Derde&#34;.</td><td>Citaat &#60;uit&#62; dossier</td><td class="getal">3</td></tr>\n</tbody>',
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
    expect(out).not.toContain('class="bron"');
  });

  it('lists findings without marks when the source is not available', () => {
    const r = plan();
    delete r.source;
    const out = html(summary([r]), OPTIONS);
    expect(out).not.toContain('<mark');
    expect(out).toContain('<h3 id="d1-meldingen">Meldingen</h3>\n<div class="uitleg fout" id="d1-m1">\n<p class="kop">Melding 1: <span class="ernst fout">fout</span> <code>regel-a</code> (regel 1, kolom 8–20)</p>');
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
      expect(many).toContain('<tr><th scope="row">Overig (geen actielijn)</th><td class="getal">1</td><td class="getal">0</td><td class="getal">0</td><td><code>toets</code></td></tr>');
    });

    it('counts per rule and shows the most frequent findings', () => {
      expect(many).toContain(
        '<tr><th scope="row"><code>regel-b</code><br><span class="oms">Regel B in één zin.</span></th><td>1. Respectvolle bejegening</td><td class="getal">0</td><td class="getal">2</td><td class="getal">0</td><td class="getal">2</td></tr>',
      );
      expect(many).toContain(
        '<tbody>\n<tr><td class="getal">2</td><th scope="row"><code>regel-b</code></th><td>Noem wat goed gaat.<br>Tekst: <code>regel&#60;/b&#62; &#38; zo.</code>, <code>Een</code></td><td class="getal">2</td></tr>\n</tbody>',
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
    expect(out).toContain('<main id="inhoud" tabindex="-1">\n<p>Er zijn geen bestanden gecontroleerd.</p>\n</main>');
  });
});
