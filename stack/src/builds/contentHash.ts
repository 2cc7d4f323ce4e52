import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Hash of the files under `paths` (directories recursively), by relative path and content; `skip` leaves some out. */
export function contentHash(root: string, paths: string[], skip: RegExp = /$^/): string {
  const hash = createHash('sha256');
  const files = paths.flatMap((path) => {
    const absolute = join(root, path);
    if (!statSync(absolute).isDirectory()) return [absolute];
    return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
      .map((entry) => join(absolute, entry))
      .filter((file) => statSync(file).isFile());
  });
  for (const file of files
    .map((f) => relative(root, f))
    .filter((f) => !skip.test(f))
    .sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
