/**
 * An emulator of the Amazon ECR API's GetAuthorizationToken (AWS JSON 1.1
 * protocol: POST /, X-Amz-Target AmazonEC2ContainerRegistry_V20150921.*),
 * for the real @aws-sdk/client-ecr through an endpoint override. It hands
 * out base64 `AWS:<password>` tokens that a local registry with basic auth
 * accepts, and can throttle on request.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EcrEmulator {
  endpoint: string;
  /** The password its tokens carry (user AWS). */
  password: string;
  calls: Array<{ operation: string; registryIds: string[]; region: string | undefined }>;
  /** Answer the next n calls with ThrottlingException. */
  throttle(n: number): void;
  stop(): Promise<void>;
}

const PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';

export async function startEcrEmulator(opts: { password: string; accountId?: string }): Promise<EcrEmulator> {
  const calls: EcrEmulator['calls'] = [];
  let throttled = 0;
  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `req-${calls.length}` }).end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const authz = String(req.headers.authorization ?? '');
      const region = /Credential=[^/]+\/\d{8}\/([^/]+)\/ecr\//.exec(authz)?.[1];
      if (req.method !== 'POST' || !target.startsWith(PREFIX))
        return send(res, 400, { __type: 'UnknownOperationException', message: `unknown target '${target}'` });
      if (!authz.startsWith('AWS4-HMAC-SHA256')) return send(res, 400, { __type: 'MissingAuthenticationTokenException', message: 'request is not signed' });
      const operation = target.slice(PREFIX.length);
      let body: { registryIds?: string[] } = {};
      try {
        body = JSON.parse(Buffer.concat(parts).toString() || '{}') as typeof body;
      } catch {
        return send(res, 400, { __type: 'SerializationException', message: 'body is not JSON' });
      }
      calls.push({ operation, registryIds: body.registryIds ?? [], region });
      if (throttled > 0) {
        throttled--;
        return send(res, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' });
      }
      if (operation !== 'GetAuthorizationToken') return send(res, 400, { __type: 'UnknownOperationException', message: `${operation} is not emulated` });
      const ids = body.registryIds !== undefined && body.registryIds.length > 0 ? body.registryIds : [opts.accountId ?? '123456789012'];
      const expiresAt = Math.floor(Date.now() / 1000) + 12 * 3600;
      send(res, 200, {
        authorizationData: ids.map((id) => ({
          authorizationToken: Buffer.from(`AWS:${opts.password}`).toString('base64'),
          expiresAt,
          proxyEndpoint: `https://${id}.dkr.ecr.${region ?? 'us-east-1'}.amazonaws.com`,
        })),
      });
    });
  });
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
