import type { Assessment, HeaderTest, RecordedResponse } from './assessment.ts';
import { analyseCookies } from './cookies.ts';
import { corsTest } from './cors.ts';
import { coepTest, coopTest, corpTest } from './cross-origin.ts';
import { cspTest } from './csp.ts';
import { disclosureTest } from './disclosure.ts';
import { withDjangoSetting } from './django-settings.ts';
import { hstsTest } from './hsts.ts';
import { referrerPolicyTest } from './referrer-policy.ts';
import { xContentTypeOptionsTest } from './x-content-type-options.ts';
import { xFrameOptionsTest } from './x-frame-options.ts';

/**
 * Every test that can be judged from one response. The Observatory's redirection test has
 * its own probe (`redirect`) and SRI needs HTML parsing, so neither is scored here.
 */
const ALL_TESTS: readonly HeaderTest[] = [
  cspTest,
  (response) => analyseCookies(response),
  corsTest,
  hstsTest,
  referrerPolicyTest,
  xContentTypeOptionsTest,
  xFrameOptionsTest,
  corpTest,
  coopTest,
  coepTest,
  disclosureTest,
];

/** Runs every test on one recorded response; hints name the Django setting where there is one. */
export const analyseHeaders = (response: RecordedResponse): Assessment[] =>
  ALL_TESTS.map((test) => withDjangoSetting(test(response)));
