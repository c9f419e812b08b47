// Stands in for `next build`, so that the fixture needs no `next` package: it lists the routes
// under app/ the way Next's build summary does and fails when a page is missing its default
// export. It writes nothing.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const appDir = new URL('../app/', import.meta.url).pathname;
const pages = (await readdir(appDir, { recursive: true })).filter((f) => /(^|\/)page\.tsx$/.test(f));
let broken = 0;
for (const page of pages.sort()) {
  const source = await readFile(path.join(appDir, page), 'utf8');
  const route = `/${path.dirname(page)}`.replace(/\/\.$/, '/');
  if (!/export default/.test(source)) {
    broken++;
    console.error(`✗ ${route}: app/${page} has no default export`);
  } else {
    console.log(`○ ${route}`);
  }
}
if (broken > 0) process.exit(1);
console.log(`✓ Compiled ${pages.length} routes`);
