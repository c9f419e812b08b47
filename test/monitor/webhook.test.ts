import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook, webhookFromEnv } from '../../src/monitor/webhook.ts';
import { closeAll, closedPort, serve } from '../support/servers.ts';

afterEach(closeAll);

describe('postWebhook', () => {
  it('posts the text as JSON and gives the status', async () => {
    let received = '';
    const server = await serve((request, response) => {
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (received += chunk));
      request.on('end', () => response.writeHead(200).end('ok'));
    });
    expect(await postWebhook(`${server.url}/hook`, 'Incident opened')).toEqual({
      ok: true,
      value: 200,
    });
    expect(JSON.parse(received)).toEqual({ text: 'Incident opened' });
  });

  it('fails on a status outside 2xx without following a redirect', async () => {
    const server = await serve((_request, response) =>
      response.writeHead(302, { location: '/moved' }).end(),
    );
    expect(await postWebhook(`${server.url}/hook`, 'x')).toEqual({
      ok: false,
      error: 'answered HTTP 302',
    });
    expect(server.hits()).toBe(1);
  });

  it('names the error code of an unreachable webhook, never its URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/T000/B000/secret-token`;
    const result = await postWebhook(url, 'x');
    expect(result).toEqual({ ok: false, error: 'could not be reached (ECONNREFUSED)' });
  });
});

describe('webhookFromEnv', () => {
  it('is undefined when no variable is configured', () => {
    expect(webhookFromEnv({ SLACK: 'https://hooks.example/x' }, undefined)).toBeUndefined();
  });

  it('reads the URL from the named variable', () => {
    expect(webhookFromEnv({ SLACK: ' https://hooks.example/x ' }, 'SLACK')).toEqual({
      url: 'https://hooks.example/x',
      name: 'SLACK',
    });
  });

  it('says how to pass an unset variable', () => {
    expect(webhookFromEnv({}, 'SLACK')).toEqual({
      problem:
        'monitor.notify.webhook-env names SLACK, which is not set: incidents are not announced. Pass it to the step with env: SLACK: ${{ secrets.SLACK }}.',
    });
  });

  it('refuses a value that is no http(s) URL, without echoing it', () => {
    for (const value of ['ftp://hooks.example/x', 'not a url']) {
      const result = webhookFromEnv({ SLACK: value }, 'SLACK');
      expect(result).toEqual({
        problem:
          'SLACK (monitor.notify.webhook-env) does not hold an http(s) URL: incidents are not announced.',
      });
    }
  });
});
