import { describe, expect, it } from 'vitest';
import { parseMakemigrations, parseMigratePlan } from '../../../src/gates/migrations/parse.ts';

describe('parseMakemigrations and parseMigratePlan', () => {
  it('never reads unrelated output as clean', () => {
    expect(parseMakemigrations('hello\n', '', () => undefined)).toEqual({
      ok: false,
      error:
        'no makemigrations report in its output (neither a migration nor "No changes detected")',
    });
    expect(parseMigratePlan('Operations to perform:\n', 'db')).toMatchObject({ ok: false });
  });

  it('reads several apps and migrations, with absolute paths outside the project', () => {
    const parsed = parseMakemigrations(
      [
        "Migrations for 'a':",
        '  a/migrations/0002_x.py',
        '    - Add field x to m',
        '    - Remove field y from m',
        "Migrations for 'b':",
        '  /elsewhere/b/migrations/0001_initial.py',
        '    - Create model N',
      ].join('\n'),
      '',
      (file) => (file.startsWith('/') ? undefined : `backend/${file}`),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.findings.map((f) => [f.message.split(',')[0], f.file])).toEqual([
      ['a: Add field x to m; Remove field y from m', 'backend/a/migrations/0002_x.py'],
      ['b: Create model N', undefined],
    ]);
  });

  it('reads an empty plan as every migration applied', () => {
    const parsed = parseMigratePlan(
      'Planned operations:\n  No planned migration operations.\n',
      'db',
    );
    expect(parsed).toMatchObject({ ok: true, value: { findings: [] } });
  });
});
