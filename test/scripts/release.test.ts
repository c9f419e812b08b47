import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { changelogSection, planRelease } from '../../scripts/release-lib.ts';
import { REPO_ROOT } from '../support/cli.ts';

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.3.0] - 2026-12-01

### Added

- The release workflow.

## [1.2.0] - 2026-11-20

### Fixed

- Something older.

[Unreleased]: https://github.com/shipgate/shipgate/compare/v1.3.0...HEAD
[1.3.0]: https://github.com/shipgate/shipgate/compare/v1.2.0...v1.3.0
`;

const plan = (tag: string, existingTags: string[] = [], packageVersion = tag.slice(1)) =>
  planRelease({ tag, packageVersion, changelog: CHANGELOG, existingTags });

describe('the release check', () => {
  it('releases a tag that names the package version, with its changelog section as the notes', () => {
    expect(plan('v1.3.0', ['v1', 'v1.2.0'])).toEqual({
      tag: 'v1.3.0',
      major: 'v1',
      notes: '### Added\n\n- The release workflow.',
      moveMajor: true,
      latest: true,
    });
  });

  it('fails a tag that does not match package.json, naming both versions and the fix', () => {
    expect(() => plan('v1.3.1', [], '1.3.0')).toThrow(
      `Release tag v1.3.1 does not match package.json's version 1.3.0: set "version": "1.3.1" in package.json`,
    );
  });

  it('fails a version the changelog has no section for, saying which heading to add', () => {
    expect(() => plan('v1.4.0')).toThrow(
      'CHANGELOG.md has no section for 1.4.0: add "## [1.4.0] - YYYY-MM-DD"',
    );
  });

  it('fails a section without its release date or without entries, with its line', () => {
    expect(() => changelogSection('# Changelog\n\n## [2.0.0]\n\n- x\n', '2.0.0')).toThrow(
      'CHANGELOG.md line 3: the heading of 2.0.0 must carry its release date',
    );
    expect(() =>
      changelogSection(
        '# Changelog\n\n## [2.0.0] - 2026-12-02\n\n## [1.0.0] - 2026-01-01\n',
        '2.0.0',
      ),
    ).toThrow('CHANGELOG.md line 3: the section for 2.0.0 is empty');
  });

  it('reads the section of exactly that version', () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe('### Fixed\n\n- Something older.');
    expect(() => changelogSection(CHANGELOG, '1.2')).toThrow('no section for 1.2');
  });

  it('fails tags that are not vX.Y.Z', () => {
    for (const tag of ['1.3.0', 'v1.3', 'v1.3.0-rc.1', 'v01.3.0'])
      expect(() => plan(tag)).toThrow(`Release tag "${tag}" is not of the form vX.Y.Z`);
  });

  it('moves the major tag only when no newer release of that major exists', () => {
    const patchOfOlderMinor = plan('v1.2.0', ['v1', 'v1.3.0', 'v2.0.0']);
    expect(patchOfOlderMinor).toMatchObject({ major: 'v1', moveMajor: false, latest: false });
    const newestV1AfterV2 = planRelease({
      tag: 'v1.3.0',
      packageVersion: '1.3.0',
      changelog: CHANGELOG,
      existingTags: ['v1.2.0', 'v2.0.0', 'v2', 'not-a-release'],
    });
    expect(newestV1AfterV2).toMatchObject({ moveMajor: true, latest: false });
  });

  it("has this repository's CHANGELOG.md in the Keep a Changelog shape it reads", async () => {
    const changelog = await readFile(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    const version = (
      JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const released = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm');
    // Either this version was released (and its section is well-formed) or it is still to come.
    if (released.test(changelog)) expect(changelogSection(changelog, version)).not.toBe('');
  });
});

describe('scripts/release.ts, as the release workflow runs it', () => {
  async function repository(version: string, changelog: string, tags: string[]) {
    const dir = await mkdtemp(path.join(tmpdir(), 'shipgate-release-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version }));
    await writeFile(path.join(dir, 'CHANGELOG.md'), changelog);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git(
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'x',
    );
    for (const tag of tags) git('tag', tag);
    return dir;
  }
  const release = (cwd: string, tag: string) =>
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/release.ts'), tag, 'notes.md'], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' },
    });

  it('prints the plan for $GITHUB_OUTPUT and writes the notes file', async () => {
    const dir = await repository('1.3.0', CHANGELOG, ['v1.2.0', 'v1', 'v1.3.0']);
    const result = release(dir, 'v1.3.0');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('major=v1\nmove-major=true\nlatest=true\n');
    expect(await readFile(path.join(dir, 'notes.md'), 'utf8')).toBe(
      '### Added\n\n- The release workflow.\n',
    );
  });

  it('fails with an error annotation when the tag and package.json disagree', async () => {
    const dir = await repository('1.3.0', CHANGELOG, []);
    const result = release(dir, 'v1.4.0');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^::error title=Release::Release tag v1\.4\.0 does not match package\.json's version 1\.3\.0/,
    );
  });
});
