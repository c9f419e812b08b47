import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model.ts';
import { applyWaivers } from '../../../src/gates/kit/waivers.ts';

const today = new Date('2026-11-24T15:30:00Z');
const finding = (rule: string, aliases?: string[]): Finding => ({
  rule,
  severity: 'high',
  message: rule,
  ...(aliases ? { aliases } : {}),
});

describe('applyWaivers', () => {
  it('waives by rule or alias, case-insensitively, keeping the finding with its reason', () => {
    const { findings, notes } = applyWaivers(
      [
        finding('PYSEC-2021-9', ['CVE-2021-31542']),
        finding('GHSA-ABCD-efgh-1234'),
        finding('B602'),
      ],
      [
        { id: 'cve-2021-31542', reason: 'uploads off', owner: '@crm-team' },
        { id: 'ghsa-abcd-EFGH-1234', reason: 'not reachable' },
      ],
      today,
    );
    expect(findings.map((f) => f.waived)).toEqual([
      'uploads off (@crm-team)',
      'not reachable',
      undefined,
    ]);
    expect(notes).toEqual([]);
  });

  it('stops applying an expired waiver and says so; warns before expiry; today still applies', () => {
    const { findings, notes } = applyWaivers(
      [finding('A'), finding('B'), finding('C')],
      [
        { id: 'A', reason: 'r', until: '2026-11-23' },
        { id: 'B', reason: 'r', until: '2026-11-24' },
        { id: 'C', reason: 'r', until: '2026-12-08' },
      ],
      today,
    );
    expect(findings.map((f) => f.waived)).toEqual([
      undefined,
      'r (until 2026-11-24)',
      'r (until 2026-12-08)',
    ]);
    expect(notes).toEqual([
      { text: 'waiver for A expired on 2026-11-23: it no longer applies', warn: true },
      { text: 'waiver for B expires today (2026-11-24)', warn: true },
      { text: 'waiver for C expires in 14 days (2026-12-08)', warn: true },
    ]);
  });

  it('stays quiet about waivers far from expiry, points out unused ones', () => {
    const { notes } = applyWaivers(
      [finding('A')],
      [
        { id: 'A', reason: 'r', until: '2027-06-30' },
        { id: 'Z', reason: 'r' },
      ],
      today,
    );
    expect(notes).toEqual([{ text: 'waiver for Z matched no finding: remove it', warn: false }]);
  });

  it('never applies a waiver whose date does not exist', () => {
    const { findings, notes } = applyWaivers(
      [finding('A')],
      [{ id: 'A', reason: 'r', until: '2027-02-30' }],
      today,
    );
    expect(findings[0]?.waived).toBeUndefined();
    expect(notes).toEqual([
      { text: 'waiver for A has an invalid until date 2027-02-30: it does not apply', warn: true },
    ]);
  });
});
