// Makes fixtures/voorbeelden/gezinsplan-word.docx: an invented gezinsplan as a
// gezinsmanager would write it in Word (heading styles, a data table at the
// top, a table with a Bron column, a list, a footnote, a sources table).
// Run: node scripts/maak-voorbeeld-docx.mjs   (uses the devDependency `docx`)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'fixtures', 'voorbeelden', 'gezinsplan-word.docx');

const p = (text) => new Paragraph({ children: [new TextRun(text)] });
const h1 = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const h2 = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const bullet = (text, level = 0) => new Paragraph({ text, bullet: { level } });
const table = (rows) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c)] })) })),
  });

const doc = new Document({
  creator: 'toets (voorbeeld)',
  title: 'Gezinsplan Noa en Daan Willems',
  footnotes: {
    1: { children: [p('Gesprek met moeder op 2 oktober 2025, verslag in het dossier.')] },
  },
  sections: [
    {
      children: [
        h1('Gezinsplan Noa en Daan Willems'),
        table([
          ['Type', 'gezinsplan'],
          ['Datum', '2025-10-20'],
          ['Auteur', 'R. de Boer, gezinsmanager'],
          ['Organisatie', 'Jeugdbescherming Regio Voorbeeld'],
          ['Kinderen', 'Noa (2015-04-11), Daan (2018-09-30)'],
          ['Betrokkenen', 'Sanne Willems (moeder), Erik Willems (vader)'],
        ]),
        h2('Aanleiding'),
        p('De school en de huisarts maken zich zorgen over de thuissituatie van Noa en Daan [@school-2025].'),
        h2('Feiten'),
        p('Volgens de mentor is Noa dit schooljaar elf keer te laat gekomen [@school-2025].'),
        new Paragraph({
          children: [new TextRun('Moeder vertelt dat zij sinds de zomer weer werkt in de thuiszorg.'), new FootnoteReferenceRun(1)],
        }),
        p('Vader is een onbetrouwbare man die zijn afspraken nooit nakomt.'),
        p('Daan heeft waarschijnlijk een hechtingsstoornis.'),
        table([
          ['Datum', 'Gebeurtenis'],
          ['2025-09-03', 'Noa komt zonder ontbijt op school [@school-2025].'],
          ['2025-09-17', 'Daan is vaak moe op school, vertelt de leerkracht.'],
        ]),
        h2('Wat gaat goed'),
        p('Moeder brengt Daan elke ochtend op tijd naar school, vertelt de leerkracht.'),
        p('Noa zit met plezier op voetbal, zegt vader.'),
        h2('Zorgen'),
        bullet('De ouders maken veel ruzie waar de kinderen bij zijn, vertelt Noa.'),
        bullet('Er is een betalingsachterstand bij de woningcorporatie.'),
        h2('Zienswijze ouders'),
        p('Moeder wil graag hulp bij de opvoeding van Daan. Vader vindt dat de school overdrijft.'),
        h2('Afspraken'),
        bullet('Moeder meldt zich voor 1 november 2025 bij de schuldhulpverlening.'),
        bullet('De gezinsmanager spreekt Noa eens per maand op school.'),
        h2('Bronnen'),
        table([
          ['Id', 'Soort', 'Van', 'Datum', 'Titel'],
          ['school-2025', 'verslag', 'Basisschool De Linde', '2025-10-01', 'Zorgoverzicht Noa en Daan'],
        ]),
      ],
    },
  ],
});

writeFileSync(out, await Packer.toBuffer(doc));
process.stdout.write(`Geschreven: ${out}\n`);
