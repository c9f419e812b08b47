import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * A loopback GitHub REST API for the endpoints Shipgate calls. Every request is checked
 * against GitHub's published OpenAPI description (@octokit/openapi, api.github.com): the
 * route must exist for the method, path parameters and query keys must be declared (integers
 * as integers), and the JSON body must satisfy the operation's requestBody schema. Anything
 * else is answered 404/422 and recorded in `problems`, which a test asserts to be empty.
 */

interface Operation {
  operationId: string;
  parameters?: ({ $ref: string } | Parameter)[];
  requestBody?: { content?: Record<string, { schema?: object }> };
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: { type?: string };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: object };
}

const require = createRequire(import.meta.url);
let cachedSpec: { spec: OpenApi; routes: Route[] } | undefined;

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  operation: Operation;
  literals: number;
}

/**
 * OpenAPI 3.0's `nullable` beside `oneOf` or `allOf` (no `type`), which Ajv cannot compile,
 * as the JSON Schema it means: the same schema, or null.
 */
function nullableAsJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableAsJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, nullableAsJsonSchema(value)]);
  const schema = Object.fromEntries(entries) as Record<string, unknown>;
  if (schema.nullable !== true || 'type' in schema) return schema;
  delete schema.nullable;
  return { anyOf: [schema, { type: 'null' }] };
}

function loadSpec() {
  if (cachedSpec) return cachedSpec;
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = nullableAsJsonSchema(JSON.parse(readFileSync(file, 'utf8'))) as OpenApi;
  const routes: Route[] = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const names: string[] = [];
    const pattern = template
      .split('/')
      .map((part) => {
        const param = /^\{(.+)\}$/.exec(part);
        if (!param?.[1]) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(param[1]);
        return '([^/]+)';
      })
      .join('/');
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation || typeof operation !== 'object' || !('operationId' in operation)) continue;
      routes.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${pattern}$`),
        names,
        operation,
        literals: template.split('/').length - names.length,
      });
    }
  }
  // A literal segment beats a parameter: /issues/comments is not /issues/{issue_number}.
  routes.sort((a, b) => b.literals - a.literals);
  cachedSpec = { spec, routes };
  return cachedSpec;
}

interface RecordedCall {
  method: string;
  path: string;
  operationId: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

interface Fault {
  /** The operation it hits, or '*' for every one. */
  operationId: string;
  /** The answer's status; without one, the request is handled normally (see `delayMs`). */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer (default 1). */
  times?: number;
  /**
   * The server does the work and then answers `status` anyway: a 502 from a proxy after
   * GitHub created the comment.
   */
  afterHandling?: boolean;
  /** The answer is sent this late (the work is done at once): a slow API. */
  delayMs?: number;
  /** The connection is accepted and never answered. */
  blackHole?: boolean;
  /** The work is done, then the answer's head and half its body are sent and the connection closes. */
  cutMidBody?: boolean;
}

interface Comment {
  id: number;
  issue: number;
  body: string;
  login: string;
}

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id?: string;
  status: string;
  conclusion: string | null;
  details_url?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: unknown[];
}

/** A checks/create or checks/update body, already validated against GitHub's schema. */
interface CheckRunBody {
  name?: string;
  head_sha?: string;
  external_id?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  output?: CheckRun['output'] & { annotations?: unknown[] };
}

/** An issue of the repository (numbers shared with pull requests, as on GitHub). */
export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  login: string;
}

interface Pull {
  number: number;
  state: 'open' | 'closed';
  /** `label` is owner:branch, what pulls/list filters `head` by. */
  head: { sha: string; label?: string };
}

export interface GitHubApi {
  url: string;
  calls: RecordedCall[];
  /** Requests that GitHub's OpenAPI description (or the fake's rules) rejected. */
  problems: string[];
  comments: Comment[];
  checkRuns: CheckRun[];
  /** commit sha → the PRs GitHub associates with it. */
  pulls: Map<string, Pull[]>;
  /** Every pull request of the repository, for pulls/list (by head label and state). */
  allPulls: Pull[];
  issues: Issue[];
  /** The repository's labels by name; issues may only carry labels that exist. */
  labels: Map<string, { name: string; color: string; description: string }>;
  /** Logins that can be assigned (collaborators); others are refused with 422 as GitHub does. */
  assignable: Set<string>;
  /** What the token may write (unlisted: not granted); a fork PR's token has none. */
  permissions: { checks: boolean; pullRequests: boolean; issues?: boolean };
  inject(fault: Fault): void;
  /** Requests received and not answered yet, by operation. */
  inFlight(operationId: string): number;
  addComment(issue: number, login: string, body: string): Comment;
  callsTo(operationId: string): RecordedCall[];
  close(): Promise<void>;
}

const BOT = 'github-actions[bot]';

/**
 * Starts the fake API on 127.0.0.1; `token` is the only credential it accepts, and `login`
 * the identity it belongs to (default the Actions token's, github-actions[bot]): comments
 * are created as that user.
 */
export async function startGitHubApi(options: {
  token: string;
  login?: string;
}): Promise<GitHubApi> {
  const login = options.login ?? BOT;
  const { spec, routes } = loadSpec();
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: false });
  const validators = new Map<string, ValidateFunction>();
  const bodyValidator = (operation: Operation): ValidateFunction | undefined => {
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    if (!schema) return undefined;
    let validate = validators.get(operation.operationId);
    if (!validate) {
      // Refs in the body schema point into #/components: compile it with them alongside.
      validate = ajv.compile({ ...schema, components: spec.components });
      validators.set(operation.operationId, validate);
    }
    return validate;
  };
  const parameters = (operation: Operation): Parameter[] =>
    (operation.parameters ?? []).map((p) =>
      '$ref' in p
        ? (spec.components.parameters[p.$ref.replace('#/components/parameters/', '')] as Parameter)
        : p,
    );

  const faults: Fault[] = [];
  const pending: string[] = [];
  let nextId = 1000;
  // Issues are numbered after the pull requests the tests use (7, 8, …).
  let nextIssue = 100;
  const api: GitHubApi = {
    url: '',
    calls: [],
    problems: [],
    comments: [],
    checkRuns: [],
    pulls: new Map(),
    allPulls: [],
    issues: [],
    labels: new Map(),
    assignable: new Set(),
    permissions: { checks: true, pullRequests: true, issues: true },
    inject: (fault) => faults.push({ times: 1, ...fault }),
    inFlight: (operationId) => pending.filter((id) => id === operationId).length,
    addComment(issue, login, body) {
      const comment = { id: nextId++, issue, body, login };
      api.comments.push(comment);
      return comment;
    },
    callsTo: (operationId) => api.calls.filter((call) => call.operationId === operationId),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // black-holed requests included
      }),
  };

  const userJson = (name: string) => ({
    login: name,
    id: name === BOT ? 41898282 : 1,
    type: name === BOT ? 'Bot' : 'User',
  });
  const issueOf = (number: number) => api.issues.find((issue) => issue.number === number);
  const commentJson = (c: Comment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userJson(c.login),
    html_url: `https://github.com/o/r/${issueOf(c.issue) ? 'issues' : 'pull'}/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${api.url}/repos/o/r/issues/${c.issue}`,
    created_at: '2026-11-24T00:00:00Z',
    updated_at: '2026-11-24T00:00:00Z',
  });
  const checkRunJson = (run: CheckRun) => ({
    ...run,
    annotations: undefined,
    output: { ...run.output, annotations_count: run.annotations.length },
    html_url: `https://github.com/o/r/runs/${run.id}`,
  });
  const forbidden = (permission: string) => ({
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: `https://docs.github.com/rest (needs ${permission})`,
      status: '403',
    },
  });

  const labelJson = (name: string) => ({
    id: name.length,
    node_id: `LA_${name}`,
    url: `${api.url}/repos/o/r/labels/${encodeURIComponent(name)}`,
    name,
    color: api.labels.get(name)?.color ?? 'ededed',
    description: api.labels.get(name)?.description ?? null,
    default: false,
  });
  const issueJson = (issue: Issue) => ({
    id: issue.number * 10,
    node_id: `I_${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map(labelJson),
    assignees: issue.assignees.map(userJson),
    user: userJson(issue.login),
    comments: api.comments.filter((c) => c.issue === issue.number).length,
    url: `${api.url}/repos/o/r/issues/${issue.number}`,
    html_url: `https://github.com/o/r/issues/${issue.number}`,
    created_at: '2026-11-24T00:00:00Z',
    updated_at: '2026-11-24T00:00:00Z',
  });
  /** GitHub's 422 for a field it refuses. */
  const invalid = (field: string, value: unknown): Answer => ({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ value, resource: 'Issue', field, code: 'invalid' }],
    },
  });
  /** Refuses what GitHub would: unknown labels, assignees who are not collaborators, long bodies. */
  const issueProblem = (body: Record<string, unknown>): Answer | undefined => {
    const labels = (body.labels ?? []) as string[];
    const unknownLabel = labels.find((name) => !api.labels.has(name));
    if (unknownLabel) return invalid('labels', unknownLabel);
    const assignees = (body.assignees ?? []) as string[];
    const stranger = assignees.find((name) => !api.assignable.has(name));
    if (stranger) return invalid('assignees', stranger);
    if (typeof body.body === 'string' && body.body.length > 65536) return tooLong();
    return undefined;
  };
  const paged = <T>(
    all: T[],
    query: Record<string, string>,
    path: string,
  ): { body: T[]; headers: Record<string, string> } => {
    const perPage = Math.min(100, Number(query.per_page ?? 30));
    const page = Number(query.page ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const rest = Object.entries(query)
      .filter(([key]) => key !== 'page' && key !== 'per_page')
      .map(([key, value]) => `&${key}=${encodeURIComponent(value)}`)
      .join('');
    const link = (p: number) => `<${api.url}${path}?per_page=${perPage}${rest}&page=${p}>`;
    return {
      body: all.slice((page - 1) * perPage, page * perPage),
      headers:
        page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {},
    };
  };

  type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
  const handlers: Record<
    string,
    (
      params: Record<string, string>,
      query: Record<string, string>,
      body: Record<string, unknown>,
    ) => Answer
  > = {
    'repos/list-pull-requests-associated-with-commit': (params) => ({
      status: 200,
      body: (api.pulls.get(params.commit_sha ?? '') ?? []).map((pull) => ({
        ...pull,
        html_url: `https://github.com/o/r/pull/${pull.number}`,
      })),
    }),
    'pulls/list': (_params, query) => ({
      status: 200,
      body: api.allPulls
        .filter((pull) => pull.state === (query.state ?? 'open'))
        .filter((pull) => query.head === undefined || pull.head.label === query.head)
        .map((pull) => ({ ...pull, html_url: `https://github.com/o/r/pull/${pull.number}` })),
    }),
    'issues/list-comments': (params, query) => {
      const all = api.comments.filter((c) => c.issue === Number(params.issue_number));
      const perPage = Math.min(100, Number(query.per_page ?? 30));
      const page = Number(query.page ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number) =>
        `<${api.url}/repos/${params.owner}/${params.repo}/issues/${params.issue_number}/comments?per_page=${perPage}&page=${p}>`;
      const headers: Record<string, string> =
        page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
      return { status: 200, body: slice.map(commentJson), headers };
    },
    'issues/list-for-repo': (_params, query) => {
      const wanted = (query.labels ?? '').split(',').filter(Boolean);
      const state = query.state ?? 'open';
      const matching = api.issues
        .filter((issue) => state === 'all' || issue.state === state)
        .filter((issue) => wanted.every((name) => issue.labels.includes(name)))
        .sort((a, b) => (query.direction === 'asc' ? a.number - b.number : b.number - a.number));
      const { body, headers } = paged(matching, query, '/repos/o/r/issues');
      return { status: 200, body: body.map(issueJson), headers };
    },
    'issues/get': (params) => {
      const issue = issueOf(Number(params.issue_number));
      return issue
        ? { status: 200, body: issueJson(issue) }
        : { status: 404, body: { message: 'Not Found' } };
    },
    'issues/create': (_params, _query, body) => {
      if (!api.permissions.issues) return forbidden('issues: write');
      const refused = issueProblem(body);
      if (refused) return refused;
      const issue: Issue = {
        number: nextIssue++,
        title: String(body.title),
        body: typeof body.body === 'string' ? body.body : '',
        state: 'open',
        state_reason: null,
        labels: [...((body.labels ?? []) as string[])],
        assignees: [...((body.assignees ?? []) as string[])],
        login,
      };
      api.issues.push(issue);
      return { status: 201, body: issueJson(issue) };
    },
    'issues/update': (params, _query, body) => {
      if (!api.permissions.issues) return forbidden('issues: write');
      const issue = issueOf(Number(params.issue_number));
      if (!issue) return { status: 404, body: { message: 'Not Found' } };
      const refused = issueProblem(body);
      if (refused) return refused;
      if (typeof body.body === 'string') issue.body = body.body;
      if (typeof body.title === 'string') issue.title = body.title;
      if (body.state === 'open' || body.state === 'closed') {
        issue.state = body.state;
        issue.state_reason = typeof body.state_reason === 'string' ? body.state_reason : null;
      }
      return { status: 200, body: issueJson(issue) };
    },
    'issues/get-label': (params) =>
      api.labels.has(params.name ?? '')
        ? { status: 200, body: labelJson(params.name ?? '') }
        : { status: 404, body: { message: 'Not Found' } },
    'issues/create-label': (_params, _query, body) => {
      if (!api.permissions.issues) return forbidden('issues: write');
      const name = String(body.name);
      if (api.labels.has(name)) {
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          },
        };
      }
      api.labels.set(name, {
        name,
        color: typeof body.color === 'string' ? body.color : 'ededed',
        description: typeof body.description === 'string' ? body.description : '',
      });
      return { status: 201, body: labelJson(name) };
    },
    'issues/create-comment': (params, _query, body) => {
      // Comments on issues need issues: write; on pull requests, pull-requests: write.
      if (issueOf(Number(params.issue_number))) {
        if (!api.permissions.issues) return forbidden('issues: write');
      } else if (!api.permissions.pullRequests) return forbidden('pull-requests: write');
      const text = String(body.body);
      if (text.length > 65536) return tooLong();
      return {
        status: 201,
        body: commentJson(api.addComment(Number(params.issue_number), login, text)),
      };
    },
    'issues/update-comment': (params, _query, body) => {
      if (!api.permissions.pullRequests) return forbidden('pull-requests: write');
      const comment = api.comments.find((c) => c.id === Number(params.comment_id));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      const text = String(body.body);
      if (text.length > 65536) return tooLong();
      comment.body = text;
      return { status: 200, body: commentJson(comment) };
    },
    'checks/create': (_params, _query, raw) => {
      const body = raw as CheckRunBody;
      if (!api.permissions.checks) return forbidden('checks: write');
      const output = body.output ?? {};
      const run: CheckRun = {
        id: nextId++,
        name: body.name ?? '',
        head_sha: body.head_sha ?? '',
        ...(body.external_id ? { external_id: body.external_id } : {}),
        status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
        conclusion: body.conclusion ?? null,
        ...(body.details_url ? { details_url: body.details_url } : {}),
        output: { title: output.title, summary: output.summary, text: output.text },
        annotations: [...(output.annotations ?? [])],
      };
      api.checkRuns.push(run);
      return { status: 201, body: checkRunJson(run) };
    },
    'checks/list-for-ref': (params, query) => {
      const runs = api.checkRuns
        .filter((run) => run.head_sha === params.ref)
        .filter((run) => query.check_name === undefined || run.name === query.check_name)
        .filter((run) => query.status === undefined || run.status === query.status);
      return {
        status: 200,
        body: { total_count: runs.length, check_runs: runs.map(checkRunJson) },
      };
    },
    'checks/update': (params, _query, raw) => {
      const body = raw as CheckRunBody;
      if (!api.permissions.checks) return forbidden('checks: write');
      const run = api.checkRuns.find((r) => r.id === Number(params.check_run_id));
      if (!run) return { status: 404, body: { message: 'Not Found' } };
      if (body.conclusion) {
        run.status = 'completed';
        run.conclusion = body.conclusion;
      } else if (body.status) run.status = body.status;
      const output = body.output;
      if (output) {
        run.output = { title: output.title, summary: output.summary, text: output.text };
        // The Checks API appends annotations on every update.
        run.annotations.push(...(output.annotations ?? []));
      }
      return { status: 200, body: checkRunJson(run) };
    },
  };
  const tooLong = (): Answer => ({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ message: 'Body is too long (maximum is 65536 characters)' }],
    },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', api.url);
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams);
    const answerHead = (answer: Answer, operationId: string, body: unknown) => {
      api.calls.push({
        method,
        path: url.pathname,
        operationId,
        query,
        body,
        status: answer.status,
      });
      res.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        ...answer.headers,
      });
    };
    const reply = (answer: Answer, operationId: string, body: unknown) => {
      answerHead(answer, operationId, body);
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    };
    /** The head and half the body, then the connection closes. */
    const cut = (answer: Answer, operationId: string, body: unknown) => {
      const text = JSON.stringify(answer.body ?? {});
      res.setHeader('content-length', Buffer.byteLength(text));
      answerHead(answer, operationId, body);
      res.write(text.slice(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
    };
    const problem = (
      text: string,
      status: number,
      operationId = 'unknown',
      body: unknown = raw,
    ) => {
      api.problems.push(`${method} ${url.pathname}: ${text}`);
      reply({ status, body: { message: text } }, operationId, body);
    };

    const route = routes.find((r) => r.method === method && r.regex.test(url.pathname));
    if (!route) return problem('no such route in the GitHub OpenAPI description', 404);
    const { operation } = route;
    const match = route.regex.exec(url.pathname) ?? [];
    const params = Object.fromEntries(
      route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
    );
    const declared = parameters(operation);
    for (const param of declared) {
      const value = param.in === 'path' ? params[param.name] : query[param.name];
      if (value !== undefined && param.schema?.type === 'integer' && !/^\d+$/.test(value)) {
        return problem(
          `parameter ${param.name} must be an integer, got "${value}"`,
          422,
          operation.operationId,
        );
      }
    }
    const unknownQuery = Object.keys(query).filter(
      (key) => !declared.some((p) => p.in === 'query' && p.name === key),
    );
    if (unknownQuery.length)
      return problem(
        `undeclared query parameters ${unknownQuery.join(', ')}`,
        422,
        operation.operationId,
      );
    if (
      req.headers.authorization !== `token ${options.token}` &&
      req.headers.authorization !== `Bearer ${options.token}`
    ) {
      return problem('missing or wrong token', 401, operation.operationId);
    }

    let body: Record<string, unknown> = {};
    const validate = bodyValidator(operation);
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return problem('body is not JSON', 400, operation.operationId);
      }
    }
    if (validate && !validate(body)) {
      return problem(
        `body does not match ${operation.operationId}: ${ajv.errorsText(validate.errors)}`,
        422,
        operation.operationId,
        body,
      );
    }

    const fault = faults.find(
      (f) =>
        (f.operationId === '*' || f.operationId === operation.operationId) && (f.times ?? 0) > 0,
    );
    if (fault) fault.times = (fault.times ?? 1) - 1;
    if (fault?.blackHole) {
      pending.push(operation.operationId);
      return; // accepted, read, never answered
    }
    const handler = handlers[operation.operationId];
    if (!handler)
      return problem(
        `${operation.operationId} is valid but not implemented by the fake`,
        404,
        operation.operationId,
      );
    const handled =
      !fault || fault.status === undefined || fault.afterHandling
        ? handler(params, query, body)
        : undefined;
    const answer =
      fault?.status !== undefined
        ? {
            status: fault.status,
            body: fault.body ?? { message: 'fault' },
            headers: fault.headers ?? {},
          }
        : (handled as Answer);
    if (fault?.cutMidBody) return cut(answer, operation.operationId, raw ? body : undefined);
    if (fault?.delayMs) {
      pending.push(operation.operationId);
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      pending.splice(pending.indexOf(operation.operationId), 1);
      if (res.destroyed) return; // the client gave up waiting
    }
    return reply(answer, operation.operationId, raw ? body : undefined);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      api.problems.push(`fake crashed: ${String(error)}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}
