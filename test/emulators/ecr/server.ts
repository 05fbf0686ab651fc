/**
 * An emulator of the Amazon ECR API's GetAuthorizationToken (AWS JSON 1.1
 * protocol: POST /, X-Amz-Target AmazonEC2ContainerRegistry_V20150921.*),
 * for the real @aws-sdk/client-ecr through an endpoint override. It hands
 * out base64 `AWS:<password>` tokens that a local registry with basic auth
 * accepts, and can throttle on request. ECR Public's GetAuthorizationToken
 * (X-Amz-Target SpencerFrontendService.*, one authorizationData object) is
 * served too. Given `keys`, it checks each request's SigV4 signature against
 * them as AWS does (UnrecognizedClientException for an unknown key id,
 * InvalidSignatureException for a wrong secret), so a test can prove which
 * key pair the client signed with.
 */
import { createHash, createHmac } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignatureV4 } from '@smithy/signature-v4';
import { readBody, tooLargeMessage } from '../loopback.js';

export interface EcrEmulator {
  endpoint: string;
  /** The password its tokens carry (user AWS). */
  password: string;
  calls: Array<{
    operation: string;
    registryIds: string[];
    region: string | undefined;
    /** 'ecr' or 'ecr-public', from the target. */
    service: string;
    /** The access key id the request was signed with, and its session token header. */
    accessKeyId: string | undefined;
    sessionToken: string | undefined;
  }>;
  /** Answer the next n calls with ThrottlingException. */
  throttle(n: number): void;
  stop(): Promise<void>;
}

const PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';
const PUBLIC_PREFIX = 'SpencerFrontendService.';

/** node:crypto in the shape SignatureV4 takes (a Checksum constructor). */
class Sha256 {
  private readonly h;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
  }
  update(data: Uint8Array): void {
    this.h.update(data);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.h.digest()));
  }
  reset(): void {}
}

function toBytes(d: string | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof d === 'string') return Buffer.from(d);
  return ArrayBuffer.isView(d) ? Buffer.from(d.buffer, d.byteOffset, d.byteLength) : Buffer.from(d);
}

/** Re-sign the request as the client should have with `secret`, and compare. */
async function signatureMatches(req: http.IncomingMessage, body: string, secret: string): Promise<boolean> {
  const authz = String(req.headers.authorization ?? '');
  const m = /Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)/.exec(authz);
  const date = String(req.headers['x-amz-date'] ?? '');
  if (m === null || !/^\d{8}T\d{6}Z$/.test(date)) return false;
  const [, accessKeyId, , region, service, signed, signature] = m as unknown as string[];
  const headers: Record<string, string> = {};
  for (const h of (signed as string).split(';')) headers[h] = String(req.headers[h] ?? '');
  const token = req.headers['x-amz-security-token'];
  const signer = new SignatureV4({
    service: service as string,
    region: region as string,
    sha256: Sha256,
    credentials: { accessKeyId: accessKeyId as string, secretAccessKey: secret, ...(typeof token === 'string' ? { sessionToken: token } : {}) },
  });
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`;
  const host = String(req.headers.host ?? '');
  const out = await signer.sign(
    { method: req.method ?? 'POST', protocol: 'http:', hostname: host.replace(/:\d+$/, ''), path: req.url ?? '/', query: {}, headers, body },
    { signingDate: new Date(iso), signableHeaders: new Set((signed as string).split(';')) },
  );
  return String(out.headers.authorization ?? '').endsWith(`Signature=${signature}`);
}

export async function startEcrEmulator(opts: {
  password: string;
  accountId?: string;
  /** Access key id -> secret access key: when given, only requests signed with one of them are served. */
  keys?: Record<string, string>;
}): Promise<EcrEmulator> {
  const calls: EcrEmulator['calls'] = [];
  let throttled = 0;
  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `req-${calls.length}` }).end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    void readBody(req).then(
      (read) =>
        'tooLarge' in read ? send(res, 413, { __type: 'RequestEntityTooLarge', message: tooLargeMessage(read.tooLarge) }) : answer(req, res, read.text),
      () => res.destroy(),
    );
  });
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse, text: string): Promise<void> => {
    {
      const target = String(req.headers['x-amz-target'] ?? '');
      const authz = String(req.headers.authorization ?? '');
      const region = /Credential=[^/]+\/\d{8}\/([^/]+)\/ecr(?:-public)?\//.exec(authz)?.[1];
      const isPublic = target.startsWith(PUBLIC_PREFIX);
      if (req.method !== 'POST' || !(target.startsWith(PREFIX) || isPublic))
        return send(res, 400, { __type: 'UnknownOperationException', message: `unknown target '${target}'` });
      if (!authz.startsWith('AWS4-HMAC-SHA256')) return send(res, 400, { __type: 'MissingAuthenticationTokenException', message: 'request is not signed' });
      const operation = target.slice((isPublic ? PUBLIC_PREFIX : PREFIX).length);
      let body: { registryIds?: string[] } = {};
      try {
        body = JSON.parse(text || '{}') as typeof body;
      } catch {
        return send(res, 400, { __type: 'SerializationException', message: 'body is not JSON' });
      }
      const accessKeyId = /Credential=([^/]+)\//.exec(authz)?.[1];
      const token = req.headers['x-amz-security-token'];
      calls.push({
        operation,
        registryIds: body.registryIds ?? [],
        region,
        service: isPublic ? 'ecr-public' : 'ecr',
        accessKeyId,
        sessionToken: typeof token === 'string' ? token : undefined,
      });
      if (opts.keys !== undefined) {
        const secret = accessKeyId !== undefined ? opts.keys[accessKeyId] : undefined;
        if (secret === undefined)
          return send(res, 400, { __type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' });
        if (!(await signatureMatches(req, text, secret)))
          return send(res, 400, {
            __type: 'InvalidSignatureException',
            message: 'The request signature we calculated does not match the signature you provided.',
          });
      }
      if (throttled > 0) {
        throttled--;
        return send(res, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' });
      }
      if (operation !== 'GetAuthorizationToken') return send(res, 400, { __type: 'UnknownOperationException', message: `${operation} is not emulated` });
      const expiresAt = Math.floor(Date.now() / 1000) + 12 * 3600;
      if (isPublic) return send(res, 200, { authorizationData: { authorizationToken: Buffer.from(`AWS:${opts.password}`).toString('base64'), expiresAt } });
      const ids = body.registryIds !== undefined && body.registryIds.length > 0 ? body.registryIds : [opts.accountId ?? '123456789012'];
      send(res, 200, {
        authorizationData: ids.map((id) => ({
          authorizationToken: Buffer.from(`AWS:${opts.password}`).toString('base64'),
          expiresAt,
          proxyEndpoint: `https://${id}.dkr.ecr.${region ?? 'us-east-1'}.amazonaws.com`,
        })),
      });
    }
  };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    password: opts.password,
    calls,
    throttle: (n) => {
      throttled = n;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
