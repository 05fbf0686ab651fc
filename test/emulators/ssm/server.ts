/**
 * A Parameter Store emulator for tests: a node:http server speaking the AWS
 * JSON 1.1 protocol (POST /, X-Amz-Target AmazonSSM.<Action>, JSON in and
 * out, errors as {"__type", "message"}) for PutParameter, GetParameter,
 * AddTagsToResource and ListTagsForResource, for the real
 * @aws-sdk/client-ssm through an endpoint override. Every request must carry
 * a SigV4 Authorization header of the right shape (algorithm, credential
 * scope <key>/<date>/<region>/ssm/aws4_request, signed headers, a hex
 * signature, X-Amz-Date); the region comes from its scope and the account
 * from its access key id, so one port serves every region and account.
 *
 * It also answers STS AssumeRole (Query protocol, the SDK's STS client with
 * the same endpoint), handing out temporary keys that act in the role's
 * account, so cross-account writes can be tested end to end.
 *
 * What AWS does and this emulator does too:
 * - `aws:ec2:image` values are validated after PutParameter answers 200:
 *   until `validationDelayMs` has passed GetParameter shows the previous
 *   version (or ParameterNotFound); then the write becomes current if the
 *   AMI is one the caller can see (`imageVisible`), else it is dropped,
 *   with nothing but `dropped` (AWS: an EventBridge event) to say so.
 * - PutParameter with Overwrite makes a new version even when the value is
 *   the same; Tags with Overwrite is a ValidationException.
 * Faults on request: ThrottlingException bursts, AccessDeniedException
 * naming ssm:<Action>, and validations that fail.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { LoopbackEmulator, readBody, tooLargeMessage } from '../loopback.js';
import { current, DEFAULT_ACCOUNT, nameError, newRegion, type ParameterRecord, type RegionParameters } from './state.js';

const TARGET_PREFIX = 'AmazonSSM.';
const SCOPE =
  /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]{16,128})\/(\d{8})\/([a-z0-9-]+)\/(ssm|sts)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

export interface SsmFaultMatch {
  action?: string;
  region?: string;
  account?: string;
  /** Parameter name (PutParameter, GetParameter, tags). */
  name?: string;
}

interface Counted extends SsmFaultMatch {
  remaining: number;
}

export interface SsmCallRecord {
  action: string;
  region: string;
  account: string;
  accessKeyId: string;
  body: Record<string, unknown>;
  at: number;
  error?: string;
}

export interface SsmEmulatorOptions {
  /** How long an aws:ec2:image write stays unvalidated (ms). Default 150. */
  validationDelayMs?: number;
  /** Whether the caller's account can see this AMI in this region (AWS checks with ec2:DescribeImages). Default: the id's format only. */
  imageVisible?: (region: string, account: string, imageId: string) => boolean;
  /** Access key id -> account; unknown keys act in DEFAULT_ACCOUNT. */
  accounts?: Record<string, string>;
}

class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const AMI = /^ami-[0-9a-f]{8,17}$/;

export class SsmEmulator extends LoopbackEmulator {
  readonly calls: SsmCallRecord[] = [];
  readonly state = new Map<string, RegionParameters>();
  validationDelayMs: number;
  private readonly imageVisible: NonNullable<SsmEmulatorOptions['imageVisible']>;
  private readonly accounts: Record<string, string>;
  private throttles: Counted[] = [];
  private denials: SsmFaultMatch[] = [];
  private validationFailures: Counted[] = [];

  constructor(opts: SsmEmulatorOptions = {}) {
    super();
    this.validationDelayMs = opts.validationDelayMs ?? 150;
    this.imageVisible = opts.imageVisible ?? ((_r, _a, id) => AMI.test(id));
    this.accounts = { ...(opts.accounts ?? {}) };
  }

  // ---- faults -----------------------------------------------------------

  /** The next `count` matching requests answer ThrottlingException (Rate exceeded). */
  throttle(count: number, match: SsmFaultMatch = {}): void {
    this.throttles.push({ ...match, remaining: count });
  }

  /** Matching requests answer AccessDeniedException naming ssm:<Action>, until allow(). */
  deny(match: SsmFaultMatch): void {
    this.denials.push(match);
  }

  allow(): void {
    this.denials = [];
  }

  /** The next `count` matching aws:ec2:image writes fail their (asynchronous) validation. */
  failValidation(count = Number.POSITIVE_INFINITY, match: SsmFaultMatch = {}): void {
    this.validationFailures.push({ ...match, remaining: count });
  }

  clearFaults(): void {
    this.throttles = [];
    this.denials = [];
    this.validationFailures = [];
  }

  // ---- seeding and inspection ------------------------------------------

  region(region: string, account = DEFAULT_ACCOUNT): RegionParameters {
    const key = `${account}/${region}`;
    let r = this.state.get(key);
    if (r === undefined) {
      r = newRegion();
      this.state.set(key, r);
    }
    return r;
  }

  /** The parameter as GetParameter would see it now (pending writes settled first). */
  parameter(region: string, name: string, account = DEFAULT_ACCOUNT): ParameterRecord | undefined {
    const r = this.region(region, account);
    this.settle(r, region, account);
    return r.parameters[name];
  }

  seed(
    region: string,
    p: { name: string; value: string; dataType?: string; type?: ParameterRecord['type']; tags?: Record<string, string> },
    account = DEFAULT_ACCOUNT,
  ): void {
    this.region(region, account).parameters[p.name] = {
      name: p.name,
      type: p.type ?? 'String',
      dataType: p.dataType ?? 'text',
      versions: [{ version: 1, value: p.value, modified: Date.now() }],
      tags: { ...(p.tags ?? {}) },
    };
  }

  callsTo(action: string, region?: string): SsmCallRecord[] {
    return this.calls.filter((c) => c.action === action && (region === undefined || c.region === region));
  }

  // ---- the wire -----------------------------------------------------------

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    void readBody(req).then(
      (read) => {
        const requestId = randomUUID();
        const authz = String(req.headers.authorization ?? '');
        const scope = SCOPE.exec(authz);
        const date = String(req.headers['x-amz-date'] ?? '');
        const isSts = scope?.[4] === 'sts';
        const fail = (e: ApiError) => {
          if (isSts) {
            res.writeHead(e.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
            res.end(
              `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${e.code}</Code><Message>${xml(e.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
            );
          } else {
            res.writeHead(e.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId });
            res.end(JSON.stringify({ __type: e.code, message: e.message }));
          }
        };
        // Refused whole, not parsed cut short.
        if ('tooLarge' in read) return fail(new ApiError('RequestEntityTooLarge', tooLargeMessage(read.tooLarge), 413));
        const text = read.text;
        try {
          if (req.method !== 'POST') throw new ApiError('UnknownOperationException', `${req.method ?? ''} is not served`);
          if (!authz.startsWith('AWS4-HMAC-SHA256')) throw new ApiError('MissingAuthenticationTokenException', 'Request is missing Authentication Token');
          const signed = scope?.[5]?.split(';') ?? [];
          if (scope === null || !/^\d{8}T\d{6}Z$/.test(date) || date.slice(0, 8) !== scope[2] || !signed.includes('host') || !signed.includes('x-amz-date')) {
            throw new ApiError(
              'IncompleteSignatureException',
              'Authorization header requires Credential, SignedHeaders (host, x-amz-date) and Signature, with a matching X-Amz-Date',
            );
          }
          const accessKeyId = scope[1] as string;
          const region = scope[3] as string;
          const account = this.accounts[accessKeyId] ?? DEFAULT_ACCOUNT;
          if (isSts) {
            const result = this.sts(text, region, account, accessKeyId);
            res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
            res.end(result);
            return;
          }
          const target = String(req.headers['x-amz-target'] ?? '');
          if (!target.startsWith(TARGET_PREFIX)) throw new ApiError('UnknownOperationException', `unknown target '${target.slice(0, 60)}'`);
          if (!signed.includes('x-amz-target')) throw new ApiError('IncompleteSignatureException', 'X-Amz-Target must be signed');
          const action = target.slice(TARGET_PREFIX.length);
          let body: Record<string, unknown>;
          try {
            body = JSON.parse(text || '{}') as Record<string, unknown>;
          } catch {
            throw new ApiError('SerializationException', 'body is not JSON');
          }
          const record: SsmCallRecord = { action, region, account, accessKeyId, body, at: Date.now() };
          this.calls.push(record);
          try {
            this.injectFaults(action, region, account, body);
            const out = this.dispatch(action, region, account, body);
            res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId });
            res.end(JSON.stringify(out));
          } catch (e) {
            if (e instanceof ApiError) record.error = e.code;
            throw e;
          }
        } catch (e) {
          fail(e instanceof ApiError ? e : new ApiError('InternalServerError', 'An internal error occurred', 500));
        }
      },
      () => res.destroy(),
    );
  }

  private injectFaults(action: string, region: string, account: string, body: Record<string, unknown>): void {
    const name = typeof body.Name === 'string' ? body.Name : typeof body.ResourceId === 'string' ? body.ResourceId : undefined;
    const matches = (f: SsmFaultMatch) =>
      (f.action === undefined || f.action === action) &&
      (f.region === undefined || f.region === region) &&
      (f.account === undefined || f.account === account) &&
      (f.name === undefined || f.name === name);
    if (this.denials.some(matches)) {
      throw new ApiError(
        'AccessDeniedException',
        `User: arn:aws:iam::${account}:user/ci is not authorized to perform: ssm:${action} on resource: arn:aws:ssm:${region}:${account}:parameter${name?.startsWith('/') === true ? '' : '/'}${name ?? ''} because no identity-based policy allows the ssm:${action} action`,
      );
    }
    const t = this.throttles.find((f) => f.remaining > 0 && matches(f));
    if (t !== undefined) {
      t.remaining--;
      throw new ApiError('ThrottlingException', 'Rate exceeded');
    }
  }

  private dispatch(action: string, region: string, account: string, b: Record<string, unknown>): Record<string, unknown> {
    const r = this.region(region, account);
    this.settle(r, region, account);
    switch (action) {
      case 'PutParameter':
        return this.put(r, b);
      case 'GetParameter': {
        const name = stringField(b, 'Name');
        const p = r.parameters[name];
        if (p === undefined) throw new ApiError('ParameterNotFound', '');
        const v = current(p);
        return {
          Parameter: {
            Name: p.name,
            Type: p.type,
            Value: v.value,
            Version: v.version,
            LastModifiedDate: v.modified / 1000,
            ARN: `arn:aws:ssm:${region}:${account}:parameter${p.name.startsWith('/') ? '' : '/'}${p.name}`,
            DataType: p.dataType,
          },
        };
      }
      case 'AddTagsToResource': {
        const p = this.taggable(r, b);
        const tags = tagList(b.Tags);
        const merged = { ...p.tags, ...Object.fromEntries(tags.map((t) => [t.Key, t.Value])) };
        if (Object.keys(merged).length > 50)
          throw new ApiError('TooManyTagsError', 'The Targets parameter includes too many tags. Remove one or more tags and try the command again.');
        p.tags = merged;
        return {};
      }
      case 'ListTagsForResource': {
        const p = this.taggable(r, b);
        return { TagList: Object.entries(p.tags).map(([Key, Value]) => ({ Key, Value })) };
      }
      default:
        throw new ApiError('UnknownOperationException', `${action} is not emulated`);
    }
  }

  private put(r: RegionParameters, b: Record<string, unknown>): Record<string, unknown> {
    const name = stringField(b, 'Name');
    const value = stringField(b, 'Value');
    const type = (b.Type ?? 'String') as ParameterRecord['type'];
    const dataType = typeof b.DataType === 'string' ? b.DataType : 'text';
    const overwrite = b.Overwrite === true;
    const tags = b.Tags === undefined ? undefined : tagList(b.Tags);
    const bad = nameError(name);
    if (bad !== undefined) throw new ApiError(bad.code, bad.message);
    if (!['String', 'StringList', 'SecureString'].includes(type)) throw new ApiError('UnsupportedParameterType', `${String(type)} is not a parameter type`);
    if (!['text', 'aws:ec2:image', 'aws:ssm:integration'].includes(dataType))
      throw new ApiError('ValidationException', `The following data type is not supported: ${dataType} (Data type names are all lowercase.)`);
    if (dataType === 'aws:ec2:image' && type !== 'String') throw new ApiError('ValidationException', 'aws:ec2:image is supported for String parameters only');
    if (tags !== undefined && tags.length > 0 && overwrite) {
      throw new ApiError(
        'ValidationException',
        "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
      );
    }
    if (value.length === 0 || value.length > 4096) throw new ApiError('ValidationException', 'Standard parameter values are 1 to 4096 characters');
    const existing = r.parameters[name];
    if (existing !== undefined) {
      if (!overwrite)
        throw new ApiError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
      if (existing.type !== type) throw new ApiError('HierarchyTypeMismatchException', `The parameter type can't be changed from ${existing.type} to ${type}.`);
      if (existing.dataType !== dataType && (existing.dataType === 'aws:ec2:image' || dataType === 'aws:ec2:image'))
        throw new ApiError('ValidationException', `The data type can't be changed from ${existing.dataType} to ${dataType}.`);
    }
    const pendingMax = Math.max(0, ...r.pending.filter((p) => p.name === name).map((p) => p.version));
    const version = Math.max(existing === undefined ? 0 : current(existing).version, pendingMax) + 1;
    if (dataType === 'aws:ec2:image') {
      r.pending.push({ name, type, dataType, value, version, tags, settleAt: Date.now() + this.validationDelayMs });
    } else {
      this.commit(r, { name, type, dataType, value, version, tags });
    }
    return { Version: version, Tier: 'Standard' };
  }

  /** Pending aws:ec2:image writes whose time has come: current if the AMI is visible, dropped otherwise. */
  private settle(r: RegionParameters, region: string, account: string): void {
    const now = Date.now();
    const due = r.pending.filter((p) => p.settleAt <= now).sort((a, b) => a.version - b.version);
    if (due.length === 0) return;
    r.pending = r.pending.filter((p) => p.settleAt > now);
    for (const p of due) {
      const f = this.validationFailures.find(
        (x) =>
          x.remaining > 0 &&
          (x.region === undefined || x.region === region) &&
          (x.account === undefined || x.account === account) &&
          (x.name === undefined || x.name === p.name),
      );
      let reason: string | undefined;
      if (f !== undefined) {
        f.remaining--;
        reason = 'validation failed (injected)';
      } else if (!AMI.test(p.value)) reason = `'${p.value}' is not an AMI id`;
      else if (!this.imageVisible(region, account, p.value)) reason = `${p.value} is not available to account ${account} in ${region}`;
      if (reason !== undefined) r.dropped.push({ name: p.name, value: p.value, version: p.version, reason });
      else this.commit(r, p);
    }
  }

  private commit(
    r: RegionParameters,
    p: {
      name: string;
      type: ParameterRecord['type'];
      dataType: string;
      value: string;
      version: number;
      tags: { Key: string; Value: string }[] | Record<string, string> | undefined;
    },
  ): void {
    const tags = Array.isArray(p.tags) ? Object.fromEntries(p.tags.map((t) => [t.Key, t.Value])) : (p.tags ?? {});
    const existing = r.parameters[p.name];
    const entry = { version: p.version, value: p.value, modified: Date.now() };
    if (existing === undefined) r.parameters[p.name] = { name: p.name, type: p.type, dataType: p.dataType, versions: [entry], tags };
    else existing.versions.push(entry);
  }

  private taggable(r: RegionParameters, b: Record<string, unknown>): ParameterRecord {
    if (b.ResourceType !== 'Parameter') throw new ApiError('InvalidResourceType', `The resource type ${String(b.ResourceType)} is not served here`);
    const id = stringField(b, 'ResourceId');
    const p = r.parameters[id];
    if (p === undefined) throw new ApiError('InvalidResourceId', 'The resource ID is not valid. Verify that you entered the correct ID and try again.');
    return p;
  }

  /** STS AssumeRole: temporary keys that act in the role's account. */
  private sts(text: string, region: string, account: string, accessKeyId: string): string {
    const params = new URLSearchParams(text);
    const action = params.get('Action') ?? '';
    const roleArn = params.get('RoleArn') ?? '';
    const record: SsmCallRecord = { action: `sts:${action}`, region, account, accessKeyId, body: Object.fromEntries(params), at: Date.now() };
    this.calls.push(record);
    if (action !== 'AssumeRole') throw new ApiError('InvalidAction', `${action} is not emulated`);
    const m = /^arn:aws:iam::(\d{12}):role\/[\w+=,.@/-]+$/.exec(roleArn);
    if (m === null) throw new ApiError('ValidationError', `${roleArn} is not a role ARN`);
    if (this.denials.some((d) => d.action === 'sts:AssumeRole' && (d.account === undefined || d.account === m[1]))) {
      record.error = 'AccessDenied';
      throw new ApiError('AccessDenied', `User: arn:aws:iam::${account}:user/ci is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
    }
    const key = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
    this.accounts[key] = m[1] as string;
    const expires = new Date(Date.now() + 3600_000).toISOString();
    return `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>${key}</AccessKeyId><SecretAccessKey>${randomBytes(20).toString('hex')}</SecretAccessKey><SessionToken>${randomBytes(24).toString('base64')}</SessionToken><Expiration>${expires}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${m[1] as string}:assumed-role/x/${xml(params.get('RoleSessionName') ?? '')}</Arn><AssumedRoleId>AROA:${xml(params.get('RoleSessionName') ?? '')}</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleResponse>`;
  }
}

function stringField(b: Record<string, unknown>, key: string): string {
  const v = b[key];
  if (typeof v !== 'string')
    throw new ApiError(
      'ValidationException',
      `1 validation error detected: Value null at '${key.charAt(0).toLowerCase()}${key.slice(1)}' failed to satisfy constraint: Member must not be null`,
    );
  return v;
}

function tagList(v: unknown): { Key: string; Value: string }[] {
  if (!Array.isArray(v)) throw new ApiError('ValidationException', 'Tags must be a list');
  return v.map((t: unknown) => {
    const o = t as { Key?: unknown; Value?: unknown };
    if (typeof o.Key !== 'string' || typeof o.Value !== 'string' || o.Key.length < 1 || o.Key.length > 128 || o.Value.length > 256 || /^aws:/i.test(o.Key))
      throw new ApiError('InvalidParameters', `tag ${JSON.stringify(t).slice(0, 80)} is not valid`);
    return { Key: o.Key, Value: o.Value };
  });
}

const xml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startSsmEmulator(opts: SsmEmulatorOptions & { port?: number } = {}): Promise<SsmEmulator> {
  const emu = new SsmEmulator(opts);
  await emu.start(opts.port ?? 0);
  return emu;
}
