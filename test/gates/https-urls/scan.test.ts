import { describe, expect, it } from 'vitest';
import {
  insecureUrls,
  nextConfigEnv,
  parseEnvFile,
  vercelEnv,
} from '../../../src/gates/https-urls/scan.ts';

describe('https-urls scanning', () => {
  it('parses dotenv lines with export, quotes and comments', () => {
    const text =
      '# comment\nexport A="http://a.example/x" # c\nB = \'v\'\nC=plain value # note\nnot a line\n';
    expect(parseEnvFile(text)).toEqual([
      { key: 'A', value: 'http://a.example/x', line: 2, column: 11 },
      { key: 'B', value: 'v', line: 3, column: 6 },
      { key: 'C', value: 'plain value', line: 4, column: 3 },
    ]);
  });

  it('finds every plain URL in a value, except loopback ones', () => {
    expect(
      insecureUrls(
        'https://a.example,http://b.example,ws://c.example/s,http://localhost:1,http://x.localhost,http://[::1]:3',
      ),
    ).toEqual([
      { url: 'http://b.example', index: 18 },
      { url: 'ws://c.example/s', index: 35 },
    ]);
  });

  it('reads the env of a Next config statically', () => {
    const text =
      "const base = 'http://api.example.com';\nmodule.exports = {\n  env: {\n    API_URL: base + '/v1',\n    OTHER: process.env.X,\n  },\n};\n";
    expect(nextConfigEnv(text, 'next.config.js')).toEqual([
      { key: 'API_URL', value: 'http://api.example.com/v1', line: 4, column: 14 },
    ]);
    const typed =
      "import type { NextConfig } from 'next';\nconst config: NextConfig = { env: { WS: `ws://${'rt.example.com'}` } as const };\nexport default config;\n";
    expect(nextConfigEnv(typed, 'next.config.ts')).toEqual([
      { key: 'WS', value: 'ws://rt.example.com', line: 2, column: 41 },
    ]);
  });

  it('reads vercel.json env and build.env as JSON', () => {
    const text = JSON.stringify(
      {
        env: { API_URL: 'http://api.example.com' },
        build: { env: { NEXT_PUBLIC_API_URL: 'http://api.example.com/v2', RETRIES: 3 } },
      },
      null,
      2,
    );
    expect(vercelEnv(text)).toEqual([
      { key: 'API_URL', value: 'http://api.example.com', line: 3, column: 16 },
      { key: 'NEXT_PUBLIC_API_URL', value: 'http://api.example.com/v2', line: 7, column: 30 },
      { key: 'RETRIES', value: '3', line: 8, column: 18 },
    ]);
    expect(vercelEnv('{ env: {} }')).toEqual([]);
  });
});
