// `npm run docs`: regenerates schema/shipgate.schema.json and the README's generated sections.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { configJsonSchema, updatedReadme } from './docs-lib.ts';

await mkdir('schema', { recursive: true });
await writeFile('schema/shipgate.schema.json', configJsonSchema());
const readme = await readFile('README.md', 'utf8');
await writeFile('README.md', updatedReadme(readme, await readFile('action.yml', 'utf8')));
console.log('Updated schema/shipgate.schema.json and README.md');
