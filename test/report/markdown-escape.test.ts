import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../src/report/markdown-escape.ts';

describe('escapeInline', () => {
  it('cannot be un-escaped with a backslash, and pings nobody', () => {
    expect(escapeInline('a\\|b')).toBe('a\\\\\\|b');
    expect(escapeInline('@octocat @org/team &#64;admin me@example.com')).toBe(
      '@\u200Boctocat @\u200Borg/team &amp;#64;admin me@\u200Bexample.com',
    );
    expect(escapeInline('</details><img src=x onerror=alert(1)>')).toBe(
      '&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(escapeInline('line\r\nbreak\rlone')).toBe('line break lone');
  });
});
