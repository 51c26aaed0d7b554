/**
 * `toets vergelijk --redact`: the comparison with the personal data of both
 * versions replaced in every text it shows (src/privacy/redact.ts).
 */
import { createRedactor, mergePersonalData, personalDataFromText, redactFinding } from '../privacy/redact.js';
import { wordDiff } from './compare.js';
import type { BronInfo, GeblevenMelding, Vergelijking, ZinPlaats } from './model.js';

export function redactVergelijking(v: Vergelijking, sources: { oud: string; nieuw: string }): Vergelijking {
  const r = createRedactor(mergePersonalData(personalDataFromText(sources.oud), personalDataFromText(sources.nieuw)));
  const zin = (z: ZinPlaats): ZinPlaats => ({ ...z, tekst: r.redact(z.tekst), sectie: r.redact(z.sectie) });
  const bron = (b: BronInfo): BronInfo => ({ ...b, ...(b.van !== undefined ? { van: r.redact(b.van) } : {}), ...(b.titel !== undefined ? { titel: r.redact(b.titel) } : {}) });
  const paar = (g: GeblevenMelding): GeblevenMelding => ({ oud: redactFinding(g.oud, r), nieuw: redactFinding(g.nieuw, r) });
  return {
    ...v,
    meldingen: {
      opgelost: v.meldingen.opgelost.map((f) => redactFinding(f, r)),
      nieuw: v.meldingen.nieuw.map((f) => redactFinding(f, r)),
      gebleven: v.meldingen.gebleven.map(paar),
      uitgeschakeld: v.meldingen.uitgeschakeld.map(paar),
    },
    zinnen: {
      ...v.zinnen,
      verwijderd: v.zinnen.verwijderd.map(zin),
      verplaatst: v.zinnen.verplaatst.map((m) => ({
        oud: zin(m.oud),
        nieuw: zin(m.nieuw),
        ...(m.delen ? { delen: m.delen.map((d) => ({ ...d, tekst: r.redact(d.tekst) })) } : {}),
      })),
      toegevoegd: v.zinnen.toegevoegd.map(zin),
      gewijzigd: v.zinnen.gewijzigd.map((g) => {
        const oud = zin(g.oud);
        const nieuw = zin(g.nieuw);
        // The word diff of the redacted sentences: a piece of a diff ("Brouwer") has lost the words that show it is a name.
        return { oud, nieuw, delen: wordDiff(oud.tekst, nieuw.tekst) };
      }),
    },
    correcties: v.correcties.map((c) => ({ ...c, onjuist: r.redact(c.onjuist), nieuw: c.nieuw.map(zin) })),
    zienswijzen: v.zienswijzen.map((z) => ({ ...z, kop: r.redact(z.kop), tekstOud: z.tekstOud.map((t) => r.redact(t)), tekstNieuw: z.tekstNieuw.map((t) => r.redact(t)) })),
    kopje: {
      velden: v.kopje.velden.map((f) => ({ ...f, oud: r.redact(f.oud), nieuw: r.redact(f.nieuw) })),
      bronnen: {
        toegevoegd: v.kopje.bronnen.toegevoegd.map(bron),
        verwijderd: v.kopje.bronnen.verwijderd.map(bron),
        gewijzigd: v.kopje.bronnen.gewijzigd.map((g) => ({ id: g.id, velden: g.velden.map((f) => ({ ...f, oud: r.redact(f.oud), nieuw: r.redact(f.nieuw) })) })),
      },
    },
    waarschuwingen: v.waarschuwingen.map((w) => r.redact(w)),
  };
}
