import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A key and certificate in PEM, for https.createServer. */
export interface KeyPair {
  key: string;
  cert: string;
}

/**
 * A throwaway PKI made with the openssl CLI at test time: a CA that tests trust through the
 * probes' `ca` option (never by turning verification off), and leaf certificates that are
 * valid, expired, or issued for another host.
 */
export interface TestPki {
  caFile: string;
  ca: string;
  leaf(options?: { hosts?: string[]; days?: number; expired?: boolean }): KeyPair;
  dispose(): void;
}

export function createPki(): TestPki {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shipgate-pki-'));
  const at = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '30',
    '-subj',
    '/CN=Shipgate Test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  // `openssl ca` is the only 3.0 way to back-date a certificate (x509 -not_before came in 3.4).
  writeFileSync(
    at('ca.cnf'),
    [
      '[ca]',
      'default_ca = test',
      '[test]',
      'database = index.txt',
      'new_certs_dir = .',
      'serial = serial',
      'default_md = sha256',
      'policy = any',
      '[any]',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
  writeFileSync(at('index.txt'), '');
  writeFileSync(at('serial'), '1000\n');
  let n = 0;
  return {
    caFile: at('ca.pem'),
    ca: readFileSync(at('ca.pem'), 'utf8'),
    leaf({ hosts = ['127.0.0.1', 'localhost'], days = 30, expired = false } = {}) {
      const name = `leaf${++n}`;
      const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
      writeFileSync(at(`${name}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`);
      openssl(
        'req',
        ...ecKey,
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
        '-subj',
        `/CN=${hosts[0]}`,
      );
      if (expired) {
        openssl(
          'ca',
          '-config',
          'ca.cnf',
          '-batch',
          '-notext',
          '-cert',
          'ca.pem',
          '-keyfile',
          'ca.key',
          '-in',
          `${name}.csr`,
          '-out',
          `${name}.pem`,
          '-extfile',
          `${name}.ext`,
          '-startdate',
          '20200101000000Z',
          '-enddate',
          '20200201000000Z',
        );
      } else {
        openssl(
          'x509',
          '-req',
          '-in',
          `${name}.csr`,
          '-CA',
          'ca.pem',
          '-CAkey',
          'ca.key',
          '-set_serial',
          String(2000 + n),
          '-days',
          String(days),
          '-extfile',
          `${name}.ext`,
          '-out',
          `${name}.pem`,
        );
      }
      return {
        key: readFileSync(at(`${name}.key`), 'utf8'),
        cert: readFileSync(at(`${name}.pem`), 'utf8'),
      };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
