/** `toets init`: write a starter .toetsrc.yaml (never over an existing one without --force). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../util/paths.js';
import { atomicWrite } from '../util/atomic-write.js';
import { OutputError, UsageError, writeProblem } from './errors.js';

export async function runInit(cwd: string, force: boolean): Promise<string> {
  const target = join(cwd, '.toetsrc.yaml');
  if (existsSync(target) && !force) {
    throw new UsageError(`Er staat al een .toetsrc.yaml in ${cwd}. Gebruik --force om die te overschrijven.`);
  }
  // toets reads .toetsrc.yaml before .toetsrc.yml: a second file would silently take over from the first.
  if (existsSync(join(cwd, '.toetsrc.yml'))) {
    throw new UsageError(`Er staat al een .toetsrc.yml in ${cwd}; toets gebruikt die al. Pas dat bestand aan (of verwijder het eerst).`);
  }
  const example = readFileSync(packagePath('.toetsrc.example.yaml'), 'utf8');
  try {
    await atomicWrite(target, example);
  } catch (err) {
    throw new OutputError(`Kon ${target} niet schrijven: ${writeProblem(err)}.`);
  }
  return `Geschreven: ${target}\nPas de regels en secties aan voor jullie sjablonen; 'toets check' gebruikt dit bestand vanzelf.\n`;
}
