import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/output/write.ts';

const scratch = () => mkdtemp(path.join(tmpdir(), 'shipgate-outputs-'));

describe('writeOutputs', () => {
  it('writes each file, creating its directory, and returns its absolute path', async () => {
    const dir = await scratch();
    const written = await writeOutputs([
      { kind: 'report', path: path.join(dir, 'a/b/report.json'), text: () => '{}\n' },
      { kind: 'sarif', path: path.join(dir, 'out.sarif'), text: () => Promise.resolve('[]\n') },
    ]);
    expect(written.problems).toEqual([]);
    expect(written.paths).toEqual({
      report: path.join(dir, 'a/b/report.json'),
      sarif: path.join(dir, 'out.sarif'),
    });
    expect(await readFile(path.join(dir, 'a/b/report.json'), 'utf8')).toBe('{}\n');
  });

  it('names the file and its path when the path is a directory, and still writes the others', async () => {
    const dir = await scratch();
    await mkdir(path.join(dir, 'taken'));
    const written = await writeOutputs([
      { kind: 'report', path: path.join(dir, 'taken'), text: () => '{}\n' },
      { kind: 'markdown', path: path.join(dir, 'signoff.md'), text: () => '# ok\n' },
    ]);
    expect(written.problems).toEqual([
      `Could not write the report to ${path.join(dir, 'taken')}: it is a directory.`,
    ]);
    expect(written.paths).toEqual({ markdown: path.join(dir, 'signoff.md') });
  });

  it('says a part of the path is a file when a parent directory cannot be made', async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, 'blocked'), 'a file');
    const written = await writeOutputs([
      { kind: 'sarif', path: path.join(dir, 'blocked/x.sarif'), text: () => '' },
    ]);
    expect(written.problems).toEqual([
      `Could not write the SARIF file to ${path.join(dir, 'blocked/x.sarif')}: a part of the path is a file, not a directory.`,
    ]);
  });

  it('reports a renderer that throws as a problem of that file', async () => {
    const dir = await scratch();
    const written = await writeOutputs([
      {
        kind: 'sarif',
        path: path.join(dir, 'x.sarif'),
        text: () => {
          throw new Error('boom');
        },
      },
    ]);
    expect(written.problems).toEqual([
      `Could not write the SARIF file to ${path.join(dir, 'x.sarif')}: boom.`,
    ]);
  });
});
