/**
 * `toets vergelijk --redact`: the comparison with the personal data of both
 * versions replaced in every text it shows (src/privacy/redact.ts).
 */
import { createRedactor, mergePersonalData, personalDataFromText, redactFinding } from '../privacy/redact.js';
import type { GeblevenMelding, Vergelijking, ZinPlaats } from './model.js';

export function redactVergelijking(v: Vergelijking, sources: { oud: string; nieuw: string }): Vergelijking {
  const r = createRedactor(mergePersonalData(personalDataFromText(sources.oud), personalDataFromText(sources.nieuw)));
  const zin = (z: ZinPlaats): ZinPlaats => ({ ...z, tekst: r.redact(z.tekst), sectie: r.redact(z.sectie) });
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
      toegevoegd: v.zinnen.toegevoegd.map(zin),
      gewijzigd: v.zinnen.gewijzigd.map((g) => ({
        oud: zin(g.oud),
        nieuw: zin(g.nieuw),
        // Per piece: a name is one piece of a word diff (diffWords splits on words).
        delen: g.delen.map((d) => ({ ...d, tekst: r.redact(d.tekst) })),
      })),
    },
    zienswijzen: v.zienswijzen.map((z) => ({ ...z, kop: r.redact(z.kop) })),
    correcties: v.correcties.map((c) => ({ ...c, onjuist: r.redact(c.onjuist), nieuw: c.nieuw.map(zin) })),
  };
}
