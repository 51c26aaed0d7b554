/** `toets init`: write a starter .toetsrc.yaml (never over an existing one without --force). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../util/paths.js';
import { atomicWrite } from '../util/atomic-write.js';
import { OutputError, UsageError, writeProblem } from './errors.js';

/**
 * The starter configuration: it changes no default (every setting is a
 * comment), so `toets check` gives the same result with it as without it.
 */
export const STARTER_CONFIG = `# Configuratie van toets. Wat hier niet staat, houdt de standaardwaarde.
# Alle sleutels met uitleg: .toetsrc.example.yaml in het pakket toets.
# Zie 'toets regels' voor alle regels.
#
# Een regel uitzetten of strenger maken:
# regels:
#   feit-mening: fout
#   verouderde-tijd: uit
#
# Bestanden overslaan (zoals .gitignore):
# negeren:
#   - archief/**
regels: {}
`;

export async function runInit(cwd: string, force: boolean): Promise<string> {
  const target = join(cwd, '.toetsrc.yaml');
  if (existsSync(target) && !force) {
    throw new UsageError(`Er staat al een .toetsrc.yaml in ${cwd}. Gebruik --force om die te overschrijven.`);
  }
  // toets reads .toetsrc.yaml before .toetsrc.yml: a second file would silently take over from the first.
  if (existsSync(join(cwd, '.toetsrc.yml'))) {
    throw new UsageError(`Er staat al een .toetsrc.yml in ${cwd}; toets gebruikt die al. Pas dat bestand aan (of verwijder het eerst).`);
  }
  try {
    await atomicWrite(target, STARTER_CONFIG);
  } catch (err) {
    throw new OutputError(`Kon ${target} niet schrijven: ${writeProblem(err)}.`);
  }
  return `Geschreven: ${target}\nDeze configuratie verandert nog niets. Alle sleutels met uitleg staan in ${packagePath('.toetsrc.example.yaml')}; 'toets check' gebruikt .toetsrc.yaml vanzelf.\n`;
}
