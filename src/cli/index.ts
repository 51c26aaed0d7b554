/**
 * The command-line interface (commander). All help and messages are Dutch;
 * every error ends in a clear message and exit code 2, never a stack trace
 * (set TOETS_DEBUG=1 to see one).
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import type { RunSummary } from '../engine/types.js';
import { OutputError, UsageError, writeProblem } from './errors.js';
import { VERGELIJK_FORMATS } from './formats.js';
import { toolVersion } from './version.js';

// Subcommands, the engine and the language layer are imported inside each
// action (start-up: `toets --version` and `toets --help` load none of them).

const TITLES: [RegExp, string][] = [
  [/^Usage:/gm, 'Gebruik:'],
  [/^Options:/gm, 'Opties:'],
  [/^Commands:/gm, 'Opdrachten:'],
  [/^Arguments:/gm, 'Argumenten:'],
  [/\bdefault: /g, 'standaard: '],
  [/\[options\]/g, '[opties]'],
  [/\[command\]/g, '[opdracht]'],
  [/\(choices: /g, '(keuzes: '],
];

class DutchHelp extends Help {
  override formatHelp(cmd: Command, helper: Help): string {
    let text = super.formatHelp(cmd, helper);
    for (const [re, nl] of TITLES) text = text.replace(re, nl);
    return text;
  }
}

function translateCommanderError(err: CommanderError): string {
  const m = err.message.replace(/^error: /, '');
  const q = /'([^']*)'/.exec(m)?.[1] ?? '';
  switch (err.code) {
    case 'commander.unknownOption':
      return `onbekende optie '${q}'. Zie 'toets --help'.`;
    case 'commander.unknownCommand':
      return `onbekende opdracht '${q}'. Beschikbaar: check, vergelijk, regels, init.`;
    case 'commander.optionMissingArgument':
      return `de optie '${q}' heeft een waarde nodig.`;
    case 'commander.missingArgument':
      return `er ontbreekt een argument ('${q}').`;
    case 'commander.invalidArgument': {
      // "option '-f, --format <formaat>' argument 'xml' is invalid. Allowed choices are a, b."
      const parts = /^option '(?:-\w, )?([^ ']+)[^']*' argument '([^']*)' is invalid\. ?(.*)$/s.exec(m);
      if (!parts) return m;
      const [, option, value, rest] = parts;
      const choices = /^Allowed choices are (.*)\.$/.exec(rest ?? '');
      return `ongeldige waarde '${value}' voor ${option}. ${choices ? `Kies uit: ${choices[1]}.` : rest}`.trimEnd();
    }
    case 'commander.excessArguments':
      return 'te veel argumenten.';
    default:
      return m;
  }
}

function intArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`'${value}' is geen geheel getal van 0 of meer.`);
  return Number(value);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}


export function buildProgram(io: { out: (s: string) => void; err: (s: string) => void; setExit: (n: number) => void }): Command {
  const program = new Command();
  const configure = (cmd: Command): void => {
    cmd.createHelp = () => Object.assign(new DutchHelp(), cmd.configureHelp());
  };
  program
    .name('toets')
    .description('Controleert gezinsplannen en raadsrapporten (Markdown) op feiten en meningen, bronnen, tijd, krachten en diagnoses.')
    .version(toolVersion(), '-v, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon hulp bij een opdracht')
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
  configure(program);

  const check = program
    .command('check')
    .description('controleer documenten (mappen worden doorzocht op .md- en .docx-bestanden)')
    .argument('[paden...]', "bestanden, mappen of patronen (glob); '-' leest één document van de standaardinvoer", [])
    .addOption(new Option('-f, --format <formaat>', 'uitvoerformaat').choices(['stylish', 'json', 'sarif', 'html', 'markdown']).default('stylish'))
    .option('-o, --output <bestand>', 'schrijf de uitvoer naar dit bestand in plaats van naar het scherm')
    .option('-c, --config <bestand>', 'gebruik dit configuratiebestand (anders: de dichtstbijzijnde .toetsrc.yaml)')
    .option('--rule <regel:ernst>', 'zet een regel op uit, waarschuwing of fout (herhaalbaar)', collect, [])
    .option('--max-warnings <aantal>', 'meer waarschuwingen dan dit geeft afsluitcode 1', intArg)
    .option('-q, --quiet', 'toon alleen fouten, geen waarschuwingen')
    .option('--no-inline-config', 'negeer toets-opmerkingen (<!-- toets-disable … -->) in de documenten')
    .option('--ignore-pattern <patroon>', 'sla bestanden over die op dit patroon lijken (herhaalbaar)', collect, [])
    .option('--color', 'uitvoer altijd in kleur')
    .option('--no-color', 'uitvoer nooit in kleur')
    .option('--redact', 'vervang namen (uit het kopje en de tekst), scholen, geboortedatums, e-mail, telefoon, BSN, IBAN, postcode, adres en HTML-opmerkingen in de uitvoer (voor CI-logboeken); bestandsnamen blijven staan')
    .option('--plugins', 'laad de plug-ins uit de configuratie (een plug-in is code die met uw rechten draait: alleen als u ze vertrouwt)')
    .option('--fix', 'verbeter wat veilig kan in de bestanden zelf (datums in JJJJ-MM-DD, ongebruikte toets-opmerkingen); de rest wordt gemeld')
    .option('--stdin-filename <naam>', "bij '-': de naam van het document op de standaardinvoer (voor meldingen, .toetsrc.yaml en .docx)")
    .option('--cache', 'onthoud de uitkomst per bestand en controleer alleen wat sinds de vorige keer is veranderd')
    .option('--cache-location <pad>', 'bestand (of map) voor de cache (standaard: .toetscache in de huidige map)')
    .helpOption('-h, --help', 'toon deze hulp')
    .action(async (paths: string[], o: Record<string, unknown>) => {
      const { runCheck } = await import('./check.js');
      const redactSummary = o.redact ? (await import('../privacy/redact.js')).redactSummary : undefined;
      const outcome = await runCheck(paths, {
        format: o.format as string,
        ...(o.output !== undefined ? { output: o.output as string } : {}),
        ...(o.config ? { config: o.config as string } : {}),
        rule: o.rule as string[],
        ...(o.maxWarnings !== undefined ? { maxWarnings: o.maxWarnings as number } : {}),
        quiet: Boolean(o.quiet),
        inlineConfig: o.inlineConfig !== false,
        ...(typeof o.color === 'boolean' ? { color: o.color } : {}),
        ignorePattern: o.ignorePattern as string[],
        ...(redactSummary ? { transform: (summary: RunSummary) => redactSummary(summary) } : {}),
        fix: Boolean(o.fix),
        plugins: Boolean(o.plugins),
        ...(o.stdinFilename ? { stdinFilename: o.stdinFilename as string } : {}),
        ...(o.cache || o.cacheLocation !== undefined ? { cache: true } : {}),
        ...(o.cacheLocation !== undefined ? { cacheLocation: o.cacheLocation as string } : {}),
      });
      if (outcome.text) io.out(outcome.text);
      io.setExit(outcome.exitCode);
    });
  configure(check);

  const vergelijk = program
    .command('vergelijk')
    .description('vergelijk twee versies van een document: meldingen opgelost, nieuw en gebleven; zinnen verwijderd, toegevoegd en gewijzigd; zienswijze van ouders en kind')
    .argument('<oud>', 'de oude versie')
    .argument('<nieuw>', 'de nieuwe versie')
    .addOption(new Option('-f, --format <formaat>', 'uitvoerformaat').choices([...VERGELIJK_FORMATS]).default('stylish'))
    .option('-o, --output <bestand>', 'schrijf de uitvoer naar dit bestand in plaats van naar het scherm')
    .option('-c, --config <bestand>', 'gebruik dit configuratiebestand (anders: de dichtstbijzijnde .toetsrc.yaml)')
    .option('--rule <regel:ernst>', 'zet een regel op uit, waarschuwing of fout (herhaalbaar)', collect, [])
    .option('--no-inline-config', 'negeer toets-opmerkingen (<!-- toets-disable … -->) in de documenten')
    .option('--color', 'uitvoer altijd in kleur')
    .option('--no-color', 'uitvoer nooit in kleur')
    .option('--redact', 'vervang namen, geboortedatums en andere persoonsgegevens in de uitvoer')
    .option('--plugins', 'laad de plug-ins uit de configuratie (alleen als u ze vertrouwt)')
    .option('--force', 'vergelijk ook als de documenten over andere kinderen gaan, van een ander type zijn of de nieuwe versie ouder is')
    .helpOption('-h, --help', 'toon deze hulp')
    .action(async (oud: string, nieuw: string, o: Record<string, unknown>) => {
      const { runVergelijk } = await import('./vergelijk.js');
      const outcome = await runVergelijk(oud, nieuw, {
        format: o.format as string,
        ...(o.output !== undefined ? { output: o.output as string } : {}),
        ...(o.config ? { config: o.config as string } : {}),
        rule: o.rule as string[],
        inlineConfig: o.inlineConfig !== false,
        ...(typeof o.color === 'boolean' ? { color: o.color } : {}),
        redact: Boolean(o.redact),
        plugins: Boolean(o.plugins),
        force: Boolean(o.force),
      });
      if (outcome.text) io.out(outcome.text);
      io.setExit(outcome.exitCode);
    });
  configure(vergelijk);

  const regels = program
    .command('regels')
    .description('toon alle regels met id, standaard-ernst, actielijn en beschrijving')
    .addOption(new Option('-f, --format <formaat>', 'uitvoerformaat').choices(['tekst', 'text', 'json']).default('tekst'))
    .option('-c, --config <bestand>', 'configuratiebestand (voor plug-ins)')
    .option('--plugins', 'laad de plug-ins uit de configuratie (alleen als u ze vertrouwt)')
    .helpOption('-h, --help', 'toon deze hulp')
    .action(async (o: { format: string; config?: string; plugins?: boolean }) => {
      const { runRegels } = await import('./regels.js');
      io.out(await runRegels(o.format, process.cwd(), o.config, Boolean(o.plugins)));
      io.setExit(0);
    });
  configure(regels);

  const init = program
    .command('init')
    .description('schrijf een start-configuratie .toetsrc.yaml in de huidige map')
    .option('--force', 'overschrijf een bestaande .toetsrc.yaml')
    .helpOption('-h, --help', 'toon deze hulp')
    .action(async (o: { force?: boolean }) => {
      const { runInit } = await import('./init.js');
      io.out(await runInit(process.cwd(), Boolean(o.force)));
      io.setExit(0);
    });
  configure(init);
  return program;
}

/**
 * Errors on the output streams end the run with a Dutch message, never a
 * stack trace: a reader that stopped early (`toets check | head -1`, EPIPE)
 * ends it quietly; a full disk (`> /dev/full`) or a closed stdout is an
 * error (exit code 2), so a CI step does not pass with its report lost.
 */
export function guardOutputStreams(): void {
  for (const [stream, name] of [[process.stdout, 'de uitvoer'], [process.stderr, 'de foutuitvoer']] as const) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      if (stream !== process.stderr) {
        try {
          process.stderr.write(`toets: kon niet naar ${name} schrijven: ${writeProblem(err)}.\n`);
        } catch {
          // stderr is gone too: the exit code still tells
        }
      }
      process.exit(2);
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  let exit = 0;
  const io = {
    out: (s: string) => void process.stdout.write(s),
    err: (s: string) => void process.stderr.write(s),
    setExit: (n: number) => {
      exit = n;
    },
  };
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      // `toets` without a command shows the help on stderr: a usage error.
      if (err.code === 'commander.help') return err.exitCode === 0 ? 0 : 2;
      io.err(`toets: ${translateCommanderError(err)}\n`);
      return 2;
    }
    // Error classes are looked up only when something went wrong (they live in the heavy modules).
    const [{ ConfigError }, { RuleLoadError }, { printablePath }] = await Promise.all([
      import('../config/types.js'),
      import('../engine/rules.js'),
      import('./check.js'),
    ]);
    if (err instanceof ConfigError) {
      const where = err.file ? `${printablePath(err.file)}${err.line ? `:${err.line}${err.column ? `:${err.column}` : ''}` : ''}: ` : '';
      io.err(`toets: configuratiefout: ${where}${err.message}\n`);
      return 2;
    }
    if (err instanceof UsageError || err instanceof RuleLoadError || err instanceof OutputError) {
      io.err(`toets: ${err.message}\n`);
      return 2;
    }
    io.err(`toets: onverwachte fout: ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.TOETS_DEBUG) io.err(`${(err as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
