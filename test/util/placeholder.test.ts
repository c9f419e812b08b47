import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/util/placeholder.ts';

describe('isPlaceholder', () => {
  it.each([
    'password',
    'changeme',
    'change-me',
    'xxx',
    '${DB_PASSWORD}',
    '$DB_PASSWORD',
    '<set me>',
    'your-token',
    'YOUR_API_KEY',
    'your_secret_key_here',
    ' ',
    '',
  ])('takes %j for a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    's3cr3t-Xy9q2LmP',
    'password1',
    'hunter2',
    'ci_pass_123',
    '$ecretPass',
    '$uper_Secret',
    'Your_Dog_Rex_1987!',
  ])('takes %j for a real value', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});
