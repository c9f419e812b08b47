// `npm run bench -- bandit`: how long parseBandit takes on a 50,000-finding report.
import { parseBandit } from '../../src/gates/bandit/parse.ts';

const FINDINGS = 50_000;
const RUNS = 3;

/** A bandit -f json report of the size a large monorepo produces, built in memory. */
function report(): string {
  const results = Array.from({ length: FINDINGS }, (_, i) => ({
    code: `${i + 1} subprocess.call(cmd, shell=True)\n`,
    filename: `./pkg${i % 200}/module${i % 37}.py`,
    issue_confidence: ['LOW', 'MEDIUM', 'HIGH'][i % 3],
    issue_severity: ['LOW', 'MEDIUM', 'HIGH'][i % 3],
    issue_text: 'subprocess call with shell=True identified, security issue.',
    line_number: (i % 900) + 1,
    line_range: [(i % 900) + 1],
    col_offset: 4,
    more_info:
      'https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html',
    test_id: 'B602',
    test_name: 'subprocess_popen_with_shell_equals_true',
  }));
  return JSON.stringify(
    {
      errors: [],
      generated_at: '2026-11-24T00:00:00Z',
      metrics: { _totals: { loc: 1, nosec: 0 } },
      results,
    },
    null,
    2,
  );
}

export default async function (): Promise<string[]> {
  const text = report();
  const times: number[] = [];
  let heapGrowth = 0;
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const parsed = parseBandit(
      { stdout: text, stderr: '' },
      { root: '/repo', cwd: '/repo', minConfidence: 'low' },
    );
    times.push(performance.now() - started);
    heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heapBefore);
    if (!parsed.ok || parsed.value.findings.length !== FINDINGS)
      throw new Error('bandit bench: parse failed');
    await Promise.resolve();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  const mb = (text.length / 1e6).toFixed(1);
  return [
    `bandit parse, ${FINDINGS.toLocaleString('en')} findings (${mb} MB): ${Math.round(median)} ms (target < 1 s), heap +${Math.round(heapGrowth / 1e6)} MB`,
  ];
}
