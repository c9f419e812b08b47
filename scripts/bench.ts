// `npm run bench`: prints Shipgate's speed and memory figures. Each module in scripts/bench/
// exports a default function returning (or resolving to) the lines it prints; figures live here,
// never in timed tests.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv[2];
for (const file of (await readdir(dir))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const bench = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default: () => string[] | Promise<string[]>;
  };
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  for (const line of await bench.default()) console.log(line);
}
