import { z } from 'zod';
import { duration, percentage, strictObject } from './fields.ts';
import { httpUrl } from './post-schema.ts';

/**
 * The `monitor:` section: what `phase: monitor` does with the post-deploy probes on a
 * schedule (the status issue's SLOs, incident issues, the rollback plan, a webhook).
 */

const runCount = (description: string, fallback: number) =>
  z
    .number()
    .int()
    .min(1, { error: 'expected at least 1 run' })
    .max(100, { error: 'expected at most 100 runs' })
    .default(fallback)
    .meta({ description });

/** A GitHub label name: GitHub allows up to 50 characters. */
const label = z
  .string()
  .trim()
  .min(1)
  .max(50, { error: 'expected a label of at most 50 characters' });

const rollbackSchema = z.lazy(() =>
  strictObject({
    text: z.string().min(1).optional().meta({
      description:
        'The rollback steps in Markdown, e.g. "Render: Events → the last good deploy → Rollback; Vercel: `vercel rollback`".',
    }),
    links: z
      .array(
        strictObject({
          title: z
            .string()
            .min(1)
            .meta({ description: 'What the link opens, e.g. "Render dashboard".' }),
          url: httpUrl('The page, e.g. https://dashboard.render.com/web/srv-….'),
        }),
      )
      .default([])
      .meta({ description: 'Dashboards and runbooks to open during the incident.' }),
  }).meta({ description: "One target's rollback plan, quoted in its incident issue." }),
);

export const monitorSchema = strictObject({
  slo: strictObject({
    uptime: percentage().prefault('99.9%').meta({
      description:
        'Share of monitor runs in which every blocking probe of the target passes, over 30 days.',
    }),
    p95: duration().prefault('2s').meta({
      description:
        "At most 5% of runs may see the target slower than this (the run's latency probe p95, or its slowest probe response).",
    }),
    'error-rate': percentage().prefault('1%').meta({
      description: 'Share of requests allowed to fail (latency probe requests and probes).',
    }),
  })
    .prefault({})
    .meta({
      description:
        'Service level objectives per target: the status issue shows the error budget left against each.',
    }),
  wait: duration().prefault('30s').meta({
    description:
      'How long a monitor run waits for a target to answer before probing it (post.wait is for a fresh deployment; a monitored one should already answer).',
  }),
  'open-after': runCount('Consecutive failing runs that open an incident issue.', 2),
  'close-after': runCount('Consecutive passing runs that close the incident issue.', 1),
  'reopen-within': duration().prefault('1h').meta({
    description:
      'A target failing again this soon after its incident closed reopens that issue instead of opening a new one (flapping is one incident).',
  }),
  labels: z
    .array(label)
    .default(['incident'])
    .meta({ description: 'Labels of incident issues (shipgate-incident is always added).' }),
  assignees: z
    .array(
      z
        .string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/, { error: 'expected a GitHub user login' }),
    )
    .max(10, { error: 'GitHub allows at most 10 assignees' })
    .default([])
    .meta({ description: 'Who incident issues are assigned to (GitHub logins).' }),
  rollback: z.record(z.string().min(1), rollbackSchema).default({}).meta({
    description:
      'Rollback plan per target name (as in post.targets), quoted in the incident issue.',
  }),
  notify: strictObject({
    'webhook-env': z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' })
      .optional()
      .meta({
        description:
          'Name of the environment variable holding a Slack-compatible incoming-webhook URL: told when an incident opens and closes. The URL is masked and never printed.',
      }),
  })
    .prefault({})
    .meta({ description: 'Where else incidents are announced.' }),
})
  .prefault({})
  .meta({ description: 'Monitor mode (`phase: monitor` on a schedule): SLOs and incidents.' });

export type MonitorConfig = z.output<typeof monitorSchema>;
export type RollbackPlan = z.output<typeof rollbackSchema>;
