// Captures the secretlint recommended preset's own snapshot examples (test/fixtures/secretlint/)
// from a secretlint checkout, so that the secrets gate is tested on the rule set's own positive
// and negative cases. Usage:
//   node scripts/capture-secretlint-examples.ts <secretlint>/packages/@secretlint/secretlint-rule-preset-recommend/test/snapshots <commit>
// Cases that need their own secretlint configuration (options.ts, .secretlintrc.json) and
// binary inputs (PKCS#12 files) are left out: the gate runs the preset with its defaults on text.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [snapshots, commit] = process.argv.slice(2);
if (!snapshots || !commit) {
  console.error('usage: capture-secretlint-examples.ts <preset snapshots dir> <commit>');
  process.exit(2);
}

interface Output {
  filePath: string;
  sourceContentType: string;
  messages: { ruleId: string; messageId: string; loc: { start: { line: number } } }[];
}

const examples = [];
for (const rule of readdirSync(snapshots).sort()) {
  for (const name of readdirSync(path.join(snapshots, rule)).sort()) {
    const dir = path.join(snapshots, rule, name);
    if (
      existsSync(path.join(dir, 'options.ts')) ||
      existsSync(path.join(dir, '.secretlintrc.json'))
    ) {
      continue;
    }
    const output = JSON.parse(readFileSync(path.join(dir, 'output.json'), 'utf8')) as Output;
    const file = output.filePath.split('/').at(-1) ?? 'input';
    if (output.sourceContentType !== 'text' || file.endsWith('.p12')) continue;
    examples.push({
      rule,
      name,
      file,
      input: readFileSync(path.join(dir, file), 'utf8'),
      expected: output.messages.map((m) => ({
        ruleId: m.ruleId,
        messageId: m.messageId,
        line: m.loc.start.line,
      })),
    });
  }
}
const out = path.resolve(import.meta.dirname, '../test/fixtures/secretlint/examples.json');
writeFileSync(
  out,
  `${JSON.stringify({ source: `secretlint/secretlint@${commit}`, examples }, null, 2)}\n`,
);
console.log(`${examples.length} examples written to ${path.relative(process.cwd(), out)}`);
