import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.ts';
import { check, report } from '../github/fixtures.ts';

describe('renderReport', () => {
  it('renders the report JSON contract as is', () => {
    const shipgate = report([check()]);
    expect(JSON.parse(renderReport(shipgate, 'json'))).toEqual(shipgate);
  });
});
