import { describe, expect, it } from 'vitest';
import { doc, findings, FM_LINES, lintWith } from '../helpers.js';
import feitMening from '../../rules/feit-mening/index.js';
import { DETECTORS, MESSAGES } from '../../rules/feit-mening/detectors/index.js';
import { assertNoDuplicates, ruleTester, runCase } from '../section-rule-tester.js';

const L = (n: number) => FM_LINES + n;
/** [line, quoted cue] of each finding in a Feiten section with these paragraphs (spans and message ids: the ruleTester cases below). */
const cueList = async (body: string[]) =>
  (await lintWith(doc(`## Feiten\n\n${body.join('\n\n')}\n`), 'feit-mening')).messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]]);
const run = async (lines: string[], section = 'Feiten') => (await findings(doc(`## ${section}\n\n${lines.join('\n\n')}\n`), 'feit-mening')).map((f) => [f.line]);

describe('feit-mening', () => {
  it('reports unattributed judgements, hedges, the writer\'s opinion, generalisations, inner states and interpretations', async () => {
    expect(
      await run([
        'Moeder is onverantwoordelijk [@school-2025].', // L3: judgement, a citation does not make it a fact
        'Vader drinkt vermoedelijk elke avond.', // L5: hedge
        'Ik vind dat de ouders te weinig grenzen stellen.', // L7: writer's opinion
        'Vader komt nooit op tijd.', // L9: generalisation
        'Sem is bang voor vader.', // L11: inner state
        'Moeder kwam te laat, wat laat zien dat zij geen prioriteit geeft aan Sem.', // L13: interpretation
        'Vader zou moeder hebben geslagen.', // L15: hearsay
      ]),
    ).toEqual([[L(3)], [L(5)], [L(7)], [L(9)], [L(11)], [L(13)], [L(15)]]);
  });

  it('stays silent for attributed views, quotes, concrete behaviour and negated facts', async () => {
    expect(
      await run([
        'Moeder vindt dat de school te streng is.',
        'Volgens de leerkracht is Sem onrustig in de klas.',
        'Sem is bang voor de hond, zegt moeder.',
        'Sem vertelt dat hij bang is in het donker.',
        'Sem huilde en rende de kamer uit.',
        'Vader was niet aanwezig bij het gesprek op 4 maart.',
        'Sem woont nog steeds bij oma.',
        'Moeder: "Hij luistert nooit naar mij."',
      ]),
    ).toEqual([]);
  });

  it('does not check analyse sections', async () => {
    expect(await run(['Ik denk dat moeder onverantwoordelijk is.'], 'Analyse')).toEqual([]);
  });
});

describe('feit-mening: judgements without a judging word', () => {
  const cues = async (lines: string[], fm = '') => {
    const r = await lintWith(doc(`## Feiten\n\n${lines.join('\n\n')}\n`, fm), 'feit-mening');
    // The words between the first pair of double quotes in the message: the cue that was found.
    return r.messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]]);
  };

  it('finds a person characterised with a subjective adjective, figurative language, intention and little insight', async () => {
    expect(
      await cues([
        'Vader is een betrokken en liefdevolle vader.', // L3
        'De pleegouders zijn warme, stabiele mensen [@school-2025].', // L5
        'Vader heeft een kort lontje.', // L7
        'Moeder heeft haar handen van Sem afgetrokken.', // L9: idiom with a gap
        'De ouders houden Sem de hand boven het hoofd.', // L11
        'Sem zoekt bewust gevaarlijke situaties op.', // L13: intention as fact
        'Moeder heeft geen enkel inzicht in haar eigen gedrag.', // L15
        'Sem zit na elk bezoek helemaal in de knoop.', // L17: inner state as idiom
        'Sem heeft ADHD-achtige trekken.', // L19
        'Sem zou eigenlijk getest moeten worden.', // L21: the writer's view of what should happen
        'Het huis is een zwijnenstal.', // L23
      ]),
    ).toEqual([
      [L(3), 'een betrokken en liefdevolle vader'],
      [L(5), 'warme, stabiele mensen'],
      [L(7), 'kort lontje'],
      [L(9), 'handen van Sem afgetrokken'],
      [L(11), 'de hand boven het hoofd'],
      [L(13), 'bewust'],
      [L(15), 'geen enkel inzicht'],
      [L(17), 'in de knoop'],
      [L(19), 'ADHD-achtige trekken'],
      [L(21), 'zou eigenlijk getest moeten'],
      [L(23), 'een zwijnenstal'],
    ]);
  });

  it('stays silent for descriptive adjectives, attributed characterisations and literal looking away', async () => {
    expect(
      await cues([
        'Moeder is een alleenstaande moeder met twee kinderen.',
        'Sem is een twaalfjarige jongen.',
        'Vader is een zieke man.',
        'Volgens de leerkracht is Sem een vrolijke jongen.',
        'De school vindt dat Sem eigenlijk getest zou moeten worden.',
        'Sem keek weg toen ik hem een vraag stelde.',
        'Het gezin woont in een kleine flat.',
      ]),
    ).toEqual([]);
  });

  it('an item under an attributed colon lead is that informant\'s account', async () => {
    expect(
      await cues(['De mentor noemt de volgende punten [@school-2025]:\n\n- Sem is er altijd op tijd;\n- hij is een vrolijke jongen.']),
    ).toEqual([]);
    // Under the writer's own lead the same item is a generalisation.
    expect(await cues(['Ik zag het volgende:\n\n- Sem is er altijd op tijd.'])).toEqual([[L(5), 'altijd']]);
  });

  it('"de gezinsvoogd" is the writer in a gezinsplan, an informant in a raadsrapport', async () => {
    const text = (type: string) => `---\ntype: ${type}\ndatum: 2025-03-14\nkinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\n---\n\n## Feiten\n\nVolgens de gezinsvoogd loopt Sem steeds weg.\n`;
    expect((await lintWith(text('raadsrapport'), 'feit-mening')).messages).toEqual([]);
    expect((await lintWith(text('gezinsplan'), 'feit-mening')).messages.map((m) => [m.line])).toEqual([[11]]);
  });

  it("'mogelijk' as a guess, not as a possibility", async () => {
    expect(
      await cues([
        'Sem is erg stil en mogelijk autistisch.', // L3
        'Het is mogelijk dat moeder drinkt.', // L5
        'Vader is mogelijk in Marokko.', // L7: a guess about a person
        'Moeder belt de school zo snel mogelijk.',
        'Het is mogelijk om de school te bellen.',
        'Een bezoek is niet mogelijk.',
        'Indien mogelijk komt vader mee.',
        'Omgang is mogelijk op zaterdag.',
        'De mogelijke oorzaak is onbekend.',
      ]),
    ).toEqual([[L(3), 'mogelijk'], [L(5), 'mogelijk'], [L(7), 'mogelijk']]);
  });

  it('reflexive feelings as fact; worry as an attributed view or as the writer\'s own opinion', async () => {
    expect(
      await cues([
        'Sem schaamt zich voor zijn vader.', // L3: inner state
        'Moeder vertelt dat Sem zich schaamt voor zijn vader.',
        'De mentor maakt zich zorgen over de keren dat Sem niet naar school wil.',
        'Ik maak me ernstig zorgen over Sem.', // L9: the writer's opinion
      ]),
    ).toEqual([[L(3), 'schaamt'], [L(9), 'Ik maak me ernstig zorgen']]);
  });

  it('a family framed by its group, and children called pawns', async () => {
    expect(
      await cues([
        'Zoals in veel Eritrese gezinnen is slaan hier een manier van straffen.',
        'De ouders gebruiken Sem als pion in hun strijd.',
        'Zoals afgesproken belt moeder de school.',
        'Moeder gebruikt de fiets als vervoer.',
      ]),
    ).toEqual([[L(3), 'Zoals in veel'], [L(5), 'als pion']]);
  });

  it('a guess in a sentence that only goes on from an attributed one is the writer\'s guess', async () => {
    expect(
      await cues(['Vader vertelt dat hij twee jaar in de gevangenis zat. Hij heeft daar vermoedelijk een trauma aan overgehouden. Hij zegt ook dat hij slecht slaapt.']),
    ).toEqual([[L(3), 'vermoedelijk']]);
  });

  it('inflected judging adjectives about a person, labels from youth care, and school marks', async () => {
    expect(
      await cues([
        'Vader is een manipulatieve man.', // L3
        'Moeder is niet leerbaar.', // L5
        'Vader speelt de kinderen tegen moeder uit.', // L7
        'Sem heeft het thuis zwaar.', // L9
        'Sem kreeg een onvoldoende voor rekenen.',
        'Sem haalde drie onvoldoendes.',
        'Sem speelt de bal tegen de muur.',
        'Moeder vertelt dat Sem het thuis zwaar heeft.',
      ]),
    ).toEqual([
      [L(3), 'manipulatieve'],
      [L(5), 'niet leerbaar'],
      [L(7), 'speelt de kinderen tegen moeder uit'],
      [L(9), 'heeft het thuis zwaar'],
    ]);
  });
});

describe('feit-mening: the writer\'s view as an attribution to the writer', () => {
  const text = (type: string, lines: string[]) =>
    `---\ntype: ${type}\ndatum: 2025-03-14\nkinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\n---\n\n## Feiten\n\n${lines.join('\n\n')}\n`;
  const cues = async (type: string, lines: string[]) =>
    (await lintWith(text(type, lines), 'feit-mening')).messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]]);

  it('"de raad" is the writer in a raadsrapport: its opinion, judgement or worry is flagged', async () => {
    expect(
      await cues('raadsrapport', [
        'De raad is van mening dat Sem beter bij oma kan wonen.', // line 11
        'Naar het oordeel van de raad is de thuissituatie onveilig.', // 13
        'De raad maakt zich zorgen over de ontwikkeling van Sem.', // 15
        'De raad heeft op 3 maart gesproken met de mentor.',
        'Naar de mening van de school is Sem een harde werker.',
      ]),
    ).toEqual([
      [11, 'De raad is van mening'],
      [13, 'Naar het oordeel van de raad'],
      [15, 'De raad maakt zich zorgen'],
    ]);
  });

  it('in a gezinsplan "de raad" is an informant, and "de gezinsvoogd vindt" is the writer', async () => {
    expect(
      await cues('gezinsplan', [
        'De raad is van mening dat Sem beter bij oma kan wonen.',
        'Naar het oordeel van de raad is de thuissituatie onveilig.',
        'De gezinsvoogd vindt dat Sem beter bij oma kan wonen.', // 15
      ]),
    ).toEqual([[15, 'De gezinsvoogd vindt']]);
  });
});

describe('feit-mening: visible manner is behaviour', () => {
  it("'reageerde boos', 'keek erg angstig' describe what was seen; 'is boos' states a feeling", async () => {
    const r = await lintWith(doc('## Feiten\n\nVader reageerde boos toen ik de zorgen benoemde.\n\nSem keek erg angstig naar zijn vader.\n\nVader is boos op de school.\n'), 'feit-mening');
    expect(r.messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]])).toEqual([[FM_LINES + 7, 'boos']]);
  });
});

describe('feit-mening: labels, idioms and carers from the family', () => {
  const fm = `---\ntype: gezinsplan\ndatum: 2025-03-14\nkinderen:\n  - naam: Sem\n    geboortedatum: 2014-06-02\nbetrokkenen:\n  - naam: Gerda Vos\n    rol: grootouder\n  - naam: Lisa\n    rol: moeder\n---\n\n## Feiten\n\n`;
  const cues = async (lines: string[], head = fm) =>
    (await lintWith(head + lines.join('\n\n') + '\n', 'feit-mening')).messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]]);

  it('"oma" is family when a grootouder is a betrokkene; her strain as fact is flagged', async () => {
    expect(await cues(['Oma is overbelast.', 'Oma kan de zorg voor Sem eigenlijk niet aan.'])).toEqual([
      [16, 'overbelast'],
      [18, 'kan de zorg voor Sem eigenlijk niet aan'],
    ]);
    // Without a grootouder in the frontmatter, "oma" is an informant like the neighbour.
    const noOma = fm.replace('  - naam: Gerda Vos\n    rol: grootouder\n', '');
    expect(await cues(['Oma is overbelast.'], noOma)).toEqual([]);
  });

  it('idioms and labels: stoking, stuck between parents, a follower, bad company', async () => {
    expect(
      await cues([
        'Moeder stookt Sem op tegen vader.',
        'Sem zit klem tussen zijn ouders.',
        'Sem is een meeloper.',
        'Sem gaat om met foute vrienden.',
        'Sem kan niet aan de bal komen.',
        'De jeugdarts acht het waarschijnlijk dat Sem te weinig eet.',
      ]),
    ).toEqual([
      [16, 'stookt Sem op'],
      [18, 'zit klem'],
      [20, 'meeloper'],
      [22, 'foute vrienden'],
    ]);
  });
});

describe('feit-mening: more guesses and judgements of attitude', () => {
  it('finds "valt te verwachten", "het kan zijn dat", goedpraten and shifting the blame; an attributed guess stays silent', async () => {
    const r = await lintWith(
      doc(
        [
          '## Feiten',
          '',
          'Het valt te verwachten dat Sem terugvalt.',
          '',
          'Vader praat het geweld goed.',
          '',
          'Moeder schuift de verantwoordelijkheid af naar de school.',
          '',
          'Moeder vermoedt dat vader weer drinkt.',
          '',
        ].join('\n'),
      ),
      'feit-mening',
    );
    expect(r.messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]])).toEqual([
      [FM_LINES + 3, 'valt te verwachten'],
      [FM_LINES + 5, 'praat het geweld goed'],
      [FM_LINES + 7, 'schuift de verantwoordelijkheid'],
    ]);
  });
});

describe('feit-mening: a subjective adjective as the predicate of a family member', () => {
  it('flags "Vader is afstandelijk" and "Moeder is lief voor Sem"; not a thing, a professional, a negation or a description', async () => {
    const body = ['Vader is afstandelijk.', 'Moeder is erg lief voor Sem.', 'De uitslagen waren negatief.', 'De mentor is streng.', 'Vader is niet aardig.', 'Moeder is ziek.'];
    const r = await lintWith(doc(`## Feiten\n\n${body.join('\n\n')}\n`), 'feit-mening');
    expect(r.messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]])).toEqual([
      [FM_LINES + 3, 'afstandelijk'],
      [FM_LINES + 5, 'lief'],
    ]);
  });
});

describe('feit-mening: the writer\'s evaluative adverbs, motives, plural inner verbs and capacity', () => {
  it('finds "terecht", a motive, "De ouders begrijpen niet", "beschouwt … als" and "kan de signalen niet lezen"', async () => {
    const body = [
      'De pleegouders zijn terecht voorzichtig.', // L3
      'Vader heeft er belang bij dat de zaak blijft slepen.', // L5
      'De ouders begrijpen niet wat de school vraagt.', // L7
      'Sem beschouwt de pleegouders als zijn echte ouders.', // L9
      'Moeder kan de signalen van Sem niet lezen.', // L11
      'Moeder vindt het terecht dat de school belde.',
      'Moeder kan het rapport niet lezen omdat het in het Nederlands is.',
      'De school beschouwt Sem als een goede leerling.',
    ];
    const r = await lintWith(doc(`## Feiten\n\n${body.join('\n\n')}\n`), 'feit-mening');
    expect(r.messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]])).toEqual([
      [FM_LINES + 3, 'terecht'],
      [FM_LINES + 5, 'heeft er belang bij'],
      [FM_LINES + 7, 'begrijpen'],
      [FM_LINES + 9, 'beschouwt'],
      [FM_LINES + 11, 'kan de signalen van Sem niet'],
    ]);
  });
});

describe('feit-mening: an informant after the cue does not take over the feeling', () => {
  it('"Sem begrijpt niet waarom hij naar oma moet" is flagged; "Oma is bang dat …" is oma\'s own view', async () => {
    const r = await lintWith(doc('## Feiten\n\nSem begrijpt niet waarom hij naar oma moet.\n\nOma is bang dat Sem wegloopt.\n'), 'feit-mening');
    expect(r.messages.map((m) => [m.line, /^"([^"]+)"/.exec(m.message)?.[1]])).toEqual([[FM_LINES + 3, 'begrijpt']]);
  });
});


describe('feit-mening: clinical labels as a character, preferences, "niemand" and "heeft moeite"', () => {
  it('finds a diagnosis as a characterisation, a preference, a present-tense "niemand" and a judged "moeite"', async () => {
    const body = [
      'Moeder is borderline en reageert heftig.', // L3
      'Vader is een alcoholist.', // L5
      'Sem vertoont ADHD-achtig gedrag in de klas.', // L7
      'Sem woont liever bij vader.', // L9
      'Thuis let niemand op Sem.', // L11
      'Vader heeft moeite om zijn boosheid te beheersen.', // L13
      'Moeder is vooral met haar telefoon bezig.', // L15
      'Moeder is niet autistisch.',
      'Bij moeder is in 2021 door een psychiater borderline vastgesteld; zij is sindsdien in behandeling.',
      'Vader is verslaafd aan cocaïne.',
      'Sem speelt volgens moeder graag buiten.',
      'De school wil graag een gesprek met moeder.',
      'De school is bezorgd over Sem.',
      'Tijdens het huisbezoek was er niemand thuis.',
      'Niemand weet waar vader woont.',
      'Sem heeft moeite met rekenen.',
      'Moeder is druk bezig met de verhuizing.',
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 3, 'borderline'],
      [FM_LINES + 5, 'een alcoholist'],
      [FM_LINES + 7, 'ADHD-achtig'],
      [FM_LINES + 9, 'liever'],
      [FM_LINES + 11, 'niemand'],
      [FM_LINES + 13, 'heeft moeite'],
      [FM_LINES + 15, 'vooral met haar telefoon bezig'],
    ]);
  });
});

describe('feit-mening: norms, needs, weighing frames, situation judgements and attitude idioms', () => {
  it('finds the writer\'s norms and judgements of the home situation; attributed ones and facts stay silent', async () => {
    const body = [
      'Sem heeft baat bij een vaste plek.', // L3
      'Moeder heeft hulp nodig bij de opvoeding.', // L5
      'Het is belangrijk dat moeder hulp accepteert.', // L7
      'De opvoedsituatie is onveilig.', // L9
      'Moeder staat niet open voor hulp.', // L11
      'Moeder moet leren om grenzen te stellen.', // L13
      'Volgens de school heeft Sem baat bij een vaste plek.',
      'Vader heeft zijn auto nodig voor zijn werk.',
      'Het is onduidelijk waar vader woont.',
      'Het is mogelijk om de omgang op zaterdag te laten plaatsvinden.',
      'Veilig Thuis schrijft dat de thuissituatie onveilig was.',
      'De woning is niet onveilig, zag de jeugdbeschermer.',
      'Moeder moet zich elke week melden bij de reclassering.',
      'Vader werkt niet meer sinds januari.',
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 3, 'heeft baat bij'],
      [FM_LINES + 5, 'heeft hulp nodig'],
      [FM_LINES + 7, 'Het is belangrijk'],
      [FM_LINES + 9, 'onveilig'],
      [FM_LINES + 11, 'staat niet open voor'],
      [FM_LINES + 13, 'moet leren'],
    ]);
  });
});

describe('feit-mening: excess, culture as explanation, lost grip and no remorse', () => {
  it('finds "veel te streng", "In de Eritrese cultuur", "geen grip op", "geen enkel berouw"; "te laat" and a culture lesson stay silent', async () => {
    const body = [
      'Stiefvader is veel te streng.', // L3
      'In de Eritrese cultuur wordt niet over psychische problemen gepraat.', // L5
      'Moeder heeft geen grip op Sem.', // L7
      'Vader toont geen enkel berouw.', // L9
      'Moeder was te laat voor de afspraak op 3 mei.',
      'Sem leert in de klas over de Nederlandse cultuur.',
      'Het huis is te klein voor vijf personen.',
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 3, 'te streng'],
      [FM_LINES + 5, 'In de Eritrese cultuur'],
      [FM_LINES + 7, 'geen grip op'],
      [FM_LINES + 9, 'geen enkel berouw'],
    ]);
  });
});

describe('feit-mening: character traits in the present tense', () => {
  it('"Moeder is passief", "een stil en teruggetrokken meisje"; not in the past, not "druk met zijn werk", not "verantwoordelijk voor"', async () => {
    const body = [
      'Moeder is passief.', // L3
      'Lisa is een stil en teruggetrokken meisje.', // L5
      'Sem was stil tijdens het gesprek.',
      'Vader is druk met zijn werk.',
      'Vader is verantwoordelijk voor de financiën.',
      'Moeder is een alleenstaande moeder.',
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 3, 'passief'],
      [FM_LINES + 5, 'een stil en teruggetrokken meisje'],
    ]);
  });
});

describe("feit-mening: the writer's inference and certainty", () => {
  it('"moet het hebben gezien" and "ongetwijfeld" are flagged; an obligation ("moet om acht uur op school zijn") is not', async () => {
    const body = [
      'Moeder moet het geweld hebben gezien.', // L3
      'Vader heeft ongetwijfeld gedronken.', // L5
      'Sem moet om acht uur op school zijn.',
      'Sem moet worden opgehaald door oma.',
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 3, 'moet'],
      [FM_LINES + 5, 'ongetwijfeld'],
    ]);
  });
});

describe('feit-mening: influence, problem labels, dated wishes and help with a task', () => {
  it('finds "wordt door moeder beïnvloed" and "een agressieprobleem"; a dated wish and help with a named task stay silent', async () => {
    const body = [
      'Sem wordt door moeder beïnvloed.', // L3
      'Vader heeft een agressieprobleem.', // L5
      'In 2023 willen de pleegouders stoppen met de plaatsing.',
      'Moeder heeft hulp nodig bij het klaarmaken van de fles.',
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 3, 'wordt door moeder beïnvloed'],
      [FM_LINES + 5, 'agressieprobleem'],
    ]);
  });
});

describe('feit-mening: a pronoun after an attributed sentence, a diagnosis as cause, parentification', () => {
  it('"Moeder schrijft dat … Zij wil …" goes on with moeder; after "De mentor vertelt dat Sem …" a "Hij" may be Sem', async () => {
    const body = [
      'Moeder schrijft dat zij de evaluaties miste. Zij wil het gezag houden.',
      'De mentor vertelt dat Sem twee keer een klasgenoot schopte. Hij heeft een kort lontje.', // L5 col 61
      'Moeder heeft een angststoornis, waardoor zij haar angsten op Sem overdraagt.', // L7
      'Lisa neemt de rol van moeder over.', // L9
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 5, 'kort lontje'],
      [FM_LINES + 7, 'waardoor'],
      [FM_LINES + 9, 'neemt de rol van moeder over'],
    ]);
  });
});

describe('feit-mening: the writer\'s interpretation of what was seen, intense feelings and labels', () => {
  it("the writer's observation does not cover the writer's interpretation; 'doodsbang', 'wat … bevestigt', 'loverboy'; 'aantrekken' is no trait", async () => {
    const body = [
      'Bij het huisbezoek zag ik twaalf lege wijnflessen staan, wat laat zien dat moeder haar drinken niet onder controle heeft.', // L3
      'Sem is doodsbang voor zijn vader.', // L5
      'Sem kwam vier keer zonder ontbijt op school, wat bevestigt dat de ouders de zorg niet aankunnen.', // L7
      'Dee is een loverboy.', // L9
      'Ik zag dat Lisa moeder hielp met het aantrekken van haar steunkousen.',
      'Ik zag dat Sem bang was toen vader binnenkwam.',
      'Vader wil vooral weg vanwege zijn nieuwe relatie en denkt daarbij te weinig aan Sem.', // L15
    ];
    expect(await cueList(body)).toEqual([
      [FM_LINES + 3, 'wat laat zien dat'],
      [FM_LINES + 5, 'doodsbang'],
      [FM_LINES + 7, 'wat'],
      [FM_LINES + 9, 'loverboy'],
      [FM_LINES + 15, 'wil'],
    ]);
  });

  it('a pronoun with a family member named again in its own sentence is the informant', async () => {
    expect(await cueList(['De huisarts schrijft dat Sem alleen voor kinderkwalen kwam. Hij heeft Sem nooit doorverwezen.'])).toEqual([]);
  });
});

describe('feit-mening: predictions, labels after a time phrase, credibility and group generalisations', () => {
  it('a prediction, a label after a time phrase, credibility, a group generalisation, not believing someone', async () => {
    expect(
      await cueList([
        'Vader zal niet meer veranderen.', // L3
        'Vader is al twintig jaar een verslaafde.', // L5
        'Het verhaal van Sem is daarom geloofwaardig.', // L7
        'Zoals vaak bij arbeidsmigranten staat werk op de eerste plaats.', // L9
        'Moeder gelooft Sem niet en kiest voor haar partner.', // L11
        'Sem zal na de zomer naar groep 5 gaan.',
        'Moeder gelooft dat Sem liegt.',
        'Sem liegt, denkt moeder.',
      ]),
    ).toEqual([
      [FM_LINES + 3, 'zal'],
      [FM_LINES + 5, 'al twintig jaar een verslaafde'],
      [FM_LINES + 7, 'geloofwaardig'],
      [FM_LINES + 9, 'Zoals vaak bij'],
      [FM_LINES + 11, 'gelooft'],
    ]);
  });
});

describe('feit-mening: comments after a report, inferred views and hedged opinion verbs', () => {
  it("the writer's comment after a report, an inferred view with 'want', a hedge before an opinion verb, 'van slag'", async () => {
    expect(
      await cueList([
        'Sem vertelt dat hij pas na middernacht gaat slapen, wat laat zien dat de ouders geen grenzen stellen.', // L3
        'Vader vindt zijn werk belangrijker dan zijn kinderen, want hij plant zijn diensten niet rond de bezoeken.', // L5
        'Blijkbaar vinden de ouders het normaal dat de meisjes geen eigen bed hebben.', // L7
        'Lisa is na een gemist bezoek dagen van slag.', // L9
        'Moeder vertelt dat zij te laat was, wat volgens haar kwam doordat de bus niet reed.',
        'Vader vindt dat de school te streng is.',
      ]),
    ).toEqual([
      [FM_LINES + 3, 'wat laat zien dat'],
      [FM_LINES + 5, 'want'],
      [FM_LINES + 7, 'Blijkbaar'],
      [FM_LINES + 9, 'van slag'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Detectors, spans and message ids (RuleTester: each invalid case names messageId and the span of its cue)
// ---------------------------------------------------------------------------------------------


ruleTester('feit-mening: the professional register of reports is judged as the writer\'s', feitMening, {
  valid: [
    { name: 'a complaint that can be observed, with its source, is a fact', code: 'Sem eet slecht sinds de verhuizing (bron: gesprek met moeder op 3 maart 2025).' },
    { name: 'a feeling with a (bron: …) note that names who reported it', code: 'Sem voelt zich onveilig thuis (bron: gesprek met Sem op 3 maart 2025).' },
    { name: '"sindsdien altijd" says how long, not how often', code: 'Vader en Sem wonen daar sindsdien altijd.' },
    { name: 'an attributed conclusion framed as existence', code: 'Volgens de mentor is er sprake van een loyaliteitsconflict.' },
    { name: '"sprake van" with a neutral event', code: 'Er is sprake van een verhuizing naar Utrecht in mei.' },
    { name: 'a negated conclusion', code: 'Er is geen sprake van verwaarlozing.' },
    { name: 'a cause of a plain event is no interpretation', code: 'De bus had vertraging, waardoor Sem te laat op school kwam.' },
    { name: 'a passive agent "door" is no cause of a feeling', code: 'Sem is op 3 maart door de hond gebeten.' },
    { name: 'a dated plan is no prediction', code: 'Sem zal na de zomer naar groep 5 gaan.' },
    { name: 'a plain manner word before a participle describes', code: 'Sem heeft die nacht slecht geslapen.' },
    { name: 'capacity in the past, as an event', code: 'Moeder was op 3 maart niet in staat om te komen.' },
    { name: 'an attributed label', code: 'Moeder zegt dat het verhaal van vader een smoes was.' },
    { name: 'a prognosis given by a named source', code: 'Volgens de behandelaar zijn de vooruitzichten ongunstig.' },
    { name: 'the school weighs what is good for the child', code: 'De school vindt dat de reistijd te zwaar is voor Sem.' },
  ],
  invalid: [
    { name: 'a problem noun after "er is sprake van"', code: 'Er is sprake van een zorgelijke hechtingsrelatie.', errors: [{ messageId: 'oordeel-situatie', line: 1, column: 7, endColumn: 49, cue: 'sprake van een zorgelijke hechtingsrelatie' }] },
    { name: 'a compound problem noun ("-problematiek")', code: 'Bij moeder is sprake van opvoedproblematiek.', errors: [{ messageId: 'oordeel-situatie', line: 1, column: 15, cue: 'sprake van opvoedproblematiek' }] },
    { name: '"toont zich" with an evaluative predicate', code: 'Vader toont zich weinig betrokken bij de school.', errors: [{ messageId: 'oordeel-persoon', line: 1, column: 7, cue: 'toont zich weinig betrokken' }] },
    { name: '"stelt zich … op" with an evaluative predicate', code: 'Moeder stelt zich afwachtend op.', errors: [{ messageId: 'oordeel-persoon', line: 1, column: 8, cue: 'stelt zich afwachtend op' }] },
    { name: 'a graded capacity: "onvoldoende in staat"', code: 'Moeder is onvoldoende in staat om grenzen te stellen.', errors: [{ messageId: 'oordeel-vermogen', line: 1, column: 11, cue: 'onvoldoende in staat' }] },
    { name: '"kan onvoldoende" whatever follows', code: 'Moeder kan onvoldoende afstemmen op Sem.', errors: [{ messageId: 'oordeel-vermogen', line: 1, column: 8, cue: 'kan onvoldoende' }] },
    { name: 'the interest of a child weighed by the writer', code: 'Een terugkeer naar huis is niet in het belang van Sem.', errors: [{ messageId: 'belang-norm', line: 1, column: 28, cue: 'niet in het belang van' }] },
    { name: 'a norm: too heavy for a child', code: 'De reistijd is te zwaar voor Sem.', errors: [{ messageId: 'belang-norm', line: 1, column: 16, cue: 'te zwaar voor' }] },
    { name: 'an interpretive relative clause with a verb of effect', code: 'Vader kwam niet, wat het zelfvertrouwen van Sem heeft geschaad.', errors: [{ messageId: 'verband', line: 1, column: 18, cue: 'wat' }] },
    { name: '"hetgeen" with a verb of meaning', code: 'Moeder vergat de afspraak, hetgeen haar chaos illustreert.', errors: [{ messageId: 'verband', line: 1, column: 28, cue: 'hetgeen' }] },
    { name: 'a cause of an inner state', code: 'Door de vele verhuizingen is Sem onzeker geworden.', errors: [{ messageId: 'verband', line: 1, column: 1 }] },
    { name: '"dit wijst op"', code: 'Dit wijst op een gebrek aan toezicht.', errors: [{ messageId: 'uitleg', line: 1, column: 5, cue: 'wijst op' }] },
    { name: 'a prognosis with an evaluative adjective', code: 'De vooruitzichten zijn ongunstig.', errors: [{ messageId: 'voorspelling', line: 1, column: 4, cue: 'vooruitzichten zijn ongunstig' }] },
    { name: '"er valt … te verwachten"', code: 'Er valt geen verbetering te verwachten.', errors: [{ messageId: 'voorspelling', line: 1, column: 4, cue: 'valt geen verbetering te verwachten' }] },
    { name: 'a sweeping quantifier over all areas of life', code: 'Op alle vlakken gaat het slechter met Sem.', errors: [{ messageId: 'veralgemening', line: 1, column: 1, cue: 'Op alle vlakken' }] },
    { name: '"nergens blijkt uit"', code: 'Nergens blijkt uit dat vader wil veranderen.', errors: [{ messageId: 'veralgemening', line: 1, column: 1, cue: 'Nergens blijkt' }] },
    { name: 'an evaluative adverb of manner before a participle', code: 'Moeder heeft de overstap zorgvuldig voorbereid.', errors: [{ messageId: 'oordeel-handelwijze', line: 1, column: 26, cue: 'zorgvuldig voorbereid' }] },
    { name: 'a label on what someone said', code: 'Dat was een smoes.', errors: [{ messageId: 'etiket', line: 1, column: 9, endColumn: 18, cue: 'een smoes' }] },
    { name: 'the span is the cue, on the line where it stands', code: 'Op 3 maart kwam vader te laat.\nHij is vermoedelijk vergeten dat de afspraak om negen uur was.', errors: [{ messageId: 'vermoeden', line: 2, column: 8, endLine: 2, endColumn: 20, cue: 'vermoedelijk' }] },
    { name: 'a judgement of a situation is not called a judgement of a person', code: 'De opvoedsituatie is onveilig.', errors: [{ messageId: 'oordeel-situatie', line: 1, column: 22, cue: 'onveilig' }] },
    { name: 'a detector switched off by id stays silent, the others still speak', code: 'Moeder is onverantwoordelijk en komt nooit op tijd.', options: { uit: ['oordeelwoord', 'gezegde-oordeel'] }, errors: [{ messageId: 'veralgemening', line: 1, column: 38, cue: 'nooit' }] },
  ],
});

describe('feit-mening: every detector has a name, a message and an example that works', () => {
  it('detector ids are unique Dutch kebab-case names, and every message id has a message', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DETECTORS) {
      expect(d.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(MESSAGES[d.messageId]('x')).toMatch(/^"x" /);
    }
  });

  for (const d of DETECTORS) {
    it(`${d.id}: its wrong example gets one finding with message '${d.messageId}', its right example none`, () => {
      const fout = runCase(feitMening, { code: d.example.fout });
      expect(fout.map((f) => f.messageId)).toEqual([d.messageId]);
      expect(runCase(feitMening, { code: d.example.goed })).toEqual([]);
    });
  }

  it('the examples are all different sentences', () => {
    expect(() => assertNoDuplicates(DETECTORS.flatMap((d) => [{ code: d.example.fout }, { code: d.example.goed }]))).not.toThrow();
  });

  it('a duplicate case is rejected by the tester', () => {
    expect(() => assertNoDuplicates([{ code: 'Sem is bang.' }, { code: 'Sem is bang.' }])).toThrow(/Dubbele testcase/);
  });
});

describe('feit-mening and bronvermelding: one finding for one cue', () => {
  it('a sentence flagged as the writer\'s own opinion does not also get "vermeld de bron"; another judgement still does', async () => {
    const r = await lintWith(doc('## Feiten\n\nHet is duidelijk dat moeder de zorg niet aankan.\n\nMoeder is onverantwoordelijk.\n'));
    const on = (line: number) => r.messages.filter((m) => m.line === L(line)).map((m) => m.ruleId);
    expect(on(3)).toEqual(['feit-mening']);
    expect(on(5).sort()).toEqual(['bronvermelding', 'feit-mening']);
  });
});

describe('feit-mening: the doc page lists every detector and every message', () => {
  const readme = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../rules/feit-mening/README.md'), 'utf8') as string;
  it('each detector has a row with its category and both examples', () => {
    for (const d of DETECTORS) expect(readme, d.id).toContain(`| \`${d.id}\` | \`${d.category}\` | ${d.example.fout} | ${d.example.goed} |`);
  });
  it('each message id has its exact text in the Meldingen table', () => {
    for (const [id, message] of Object.entries(MESSAGES)) expect(readme, id).toContain(`| \`${id}\` | \`${message('{woord}')}\` |`);
  });
});
