/**
 * Whether toets may trust a configuration or plugin file: it must be owned by
 * the user who runs toets (or by root), and neither it nor its folder may be
 * writable for everyone (the pattern git closed with `safe.directory`).
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Why a file may not be trusted (Dutch), or undefined when it may. */
export function untrustedReason(file: string): string | undefined {
  let info;
  let dirInfo;
  try {
    info = statSync(file);
    dirInfo = statSync(dirname(file));
  } catch {
    return undefined; // does not exist: the caller reports that
  }
  const me = typeof process.getuid === 'function' ? process.getuid() : undefined;
  if (me !== undefined && info.uid !== me && info.uid !== 0) {
    return `het bestand is van een andere gebruiker (uid ${info.uid})`;
  }
  if ((info.mode & 0o002) !== 0) return 'iedereen mag het bestand wijzigen';
  if ((dirInfo.mode & 0o002) !== 0) return `iedereen mag bestanden neerzetten in de map ${dirname(file)}`;
  return undefined;
}

