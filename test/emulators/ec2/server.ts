/**
 * An EC2 emulator for tests: a node:http server that speaks the EC2 Query
 * protocol (form-encoded Action/Version in, namespaced XML out, the real
 * `<Response><Errors>...` error document) for the calls AMI distribution and
 * AMI checks make. The region is read from the SigV4 credential scope of the
 * Authorization header, so one port serves every region, as a real SDK client
 * configured with `endpoint` sends it.
 *
 * Faults are injected on request: throttling bursts, 5xx, not-found for the
 * first N looks at a fresh copy, UnauthorizedOperation for an action, and
 * copies that end `failed`.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bool, errorXml, objects, parseQuery, responseXml, str, strings, type Params, type XmlValue } from './query.js';
import {
  ACCOUNT_ID,
  defaultKmsKey,
  imageState,
  newId,
  regionState,
  type EmulatorState,
  type ImageRecord,
  type LaunchPermission,
  type LaunchTemplateRecord,
  type RegionState,
  type SnapshotRecord,
} from './state.js';

export const API_VERSION = '2016-11-15';

export interface EmulatorOptions {
  /** How long a copy stays `pending` (ms). Default 300. */
  copyDelayMs?: number;
  /** Load state from this file at start and save it after every change. */
  stateFile?: string;
  port?: number;
}

export interface FaultMatch {
  action?: string;
  region?: string;
}

interface CountedFault extends FaultMatch {
  remaining: number;
}

export interface CallRecord {
  region: string;
  action: string;
  params: Params;
  /** Epoch ms the request arrived. */
  at: number;
  /** The error code answered, if any. */
  error?: string;
}

export interface ImageSeed {
  name: string;
  description?: string;
  architecture?: string;
  bootMode?: string;
  enaSupport?: boolean;
  imdsSupport?: string;
  tpmSupport?: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  tags?: Record<string, string>;
  snapshotTags?: Record<string, string>;
  launchPermissions?: LaunchPermission[];
  snapshotPublic?: boolean;
  deprecationTime?: string;
  creationDate?: string;
  /** Extra data volumes, each with its own snapshot. */
  extraVolumes?: number;
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

const notFoundImage = (id: string) => new ApiError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
const notFoundSnapshot = (id: string) => new ApiError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`);

export class Ec2Emulator {
  readonly state: EmulatorState;
  readonly calls: CallRecord[] = [];
  copyDelayMs: number;
  /** Looks at a fresh copy that answer InvalidAMIID.NotFound before it shows. */
  notFoundAfterCopy = 0;
  private throttles: CountedFault[] = [];
  private serverErrors: CountedFault[] = [];
  private denials: FaultMatch[] = [];
  private failingCopyRegions = new Set<string>();
  private server: http.Server | undefined;
  private readonly stateFile: string | undefined;
  url = '';

  constructor(opts: EmulatorOptions = {}) {
    this.copyDelayMs = opts.copyDelayMs ?? 300;
    this.stateFile = opts.stateFile;
    this.state =
      this.stateFile !== undefined && fs.existsSync(this.stateFile) ? (JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as EmulatorState) : { regions: {} };
  }

  async start(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const srv = this.server;
    if (srv === undefined) return;
    srv.closeAllConnections();
    await new Promise<void>((resolve) => srv.close(() => resolve()));
    this.server = undefined;
  }

  // ---- fault injection ------------------------------------------------

  /** The next `count` matching requests answer 503 RequestLimitExceeded. */
  throttle(count: number, match: FaultMatch = {}): void {
    this.throttles.push({ ...match, remaining: count });
  }

  /** The next `count` matching requests answer 500 InternalError. */
  failServer(count: number, match: FaultMatch = {}): void {
    this.serverErrors.push({ ...match, remaining: count });
  }

  /** Every matching request answers 403 UnauthorizedOperation until `allow()`. */
  deny(match: FaultMatch): void {
    this.denials.push(match);
  }

  allow(): void {
    this.denials = [];
  }

  /** Drop every pending fault (throttles, 5xx, denials, failing copies, not-found). */
  clearFaults(): void {
    this.throttles = [];
    this.serverErrors = [];
    this.denials = [];
    this.failingCopyRegions.clear();
    this.notFoundAfterCopy = 0;
  }

  /** Copies into `region` end in state `failed`. */
  failCopiesTo(region: string, on = true): void {
    if (on) this.failingCopyRegions.add(region);
    else this.failingCopyRegions.delete(region);
  }

  // ---- seeding and inspection ----------------------------------------

  addImage(region: string, seed: ImageSeed): ImageRecord {
    const r = regionState(this.state, region);
    const devices = ['/dev/xvda', ...Array.from({ length: seed.extraVolumes ?? 0 }, (_, i) => `/dev/xvd${String.fromCharCode(98 + i)}`)];
    const blockDevices = devices.map((deviceName) => {
      const snap = this.newSnapshot(r, region, {
        volumeSize: 8,
        encrypted: seed.encrypted ?? true,
        kmsKeyId: (seed.encrypted ?? true) ? (seed.kmsKeyId ?? defaultKmsKey(region)) : undefined,
        readyAt: 0,
        tags: { ...(seed.snapshotTags ?? {}) },
        createVolumePermissions: seed.snapshotPublic === true ? [{ group: 'all' }] : [],
      });
      return { deviceName, snapshotId: snap.id, volumeSize: 8, volumeType: 'gp3', deleteOnTermination: true };
    });
    const img: ImageRecord = {
      id: newId('ami'),
      region,
      name: seed.name,
      description: seed.description,
      ownerId: ACCOUNT_ID,
      creationDate: seed.creationDate ?? new Date().toISOString(),
      architecture: seed.architecture ?? 'x86_64',
      bootMode: seed.bootMode,
      enaSupport: seed.enaSupport ?? true,
      imdsSupport: seed.imdsSupport,
      tpmSupport: seed.tpmSupport,
      rootDeviceName: '/dev/xvda',
      virtualizationType: 'hvm',
      blockDevices,
      tags: { ...(seed.tags ?? {}) },
      launchPermissions: [...(seed.launchPermissions ?? [])],
      deprecationTime: seed.deprecationTime,
      readyAt: 0,
      fails: false,
      deregistered: false,
      hiddenCalls: 0,
    };
    r.images[img.id] = img;
    this.save();
    return img;
  }

  addLaunchTemplate(region: string, name: string, imageIds: string[], tags: Record<string, string> = {}): LaunchTemplateRecord {
    const r = regionState(this.state, region);
    const lt: LaunchTemplateRecord = { id: newId('lt'), name, tags, versions: imageIds.map((imageId) => ({ imageId })), defaultVersion: 1 };
    r.launchTemplates[lt.id] = lt;
    this.save();
    return lt;
  }

  /** Registered images of a region (deregistered ones left out). */
  images(region: string): ImageRecord[] {
    return Object.values(regionState(this.state, region).images).filter((i) => !i.deregistered);
  }

  image(region: string, id: string): ImageRecord | undefined {
    const img = regionState(this.state, region).images[id];
    return img === undefined || img.deregistered ? undefined : img;
  }

  snapshots(region: string): SnapshotRecord[] {
    return Object.values(regionState(this.state, region).snapshots).filter((s) => !s.deleted);
  }

  snapshot(region: string, id: string): SnapshotRecord | undefined {
    const s = regionState(this.state, region).snapshots[id];
    return s === undefined || s.deleted ? undefined : s;
  }

  callsTo(action: string, region?: string): CallRecord[] {
    return this.calls.filter((c) => c.action === action && (region === undefined || c.region === region));
  }

  // ---- the wire ---------------------------------------------------------

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const requestId = randomUUID();
      const send = (status: number, xml: string) => {
        res.writeHead(status, { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId });
        res.end(xml);
      };
      const body = req.method === 'GET' ? (req.url ?? '').replace(/^[^?]*\??/, '') : Buffer.concat(chunks).toString('utf8');
      const params = parseQuery(body);
      const action = str(params, 'Action') ?? '';
      const region = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\/ec2\/aws4_request/.exec(req.headers.authorization ?? '')?.[1];
      const record: CallRecord = { region: region ?? '', action, params, at: Date.now() };
      this.calls.push(record);
      try {
        if (region === undefined) throw new ApiError('AuthFailure', 'AWS was not able to validate the provided access credentials', 401);
        if (str(params, 'Version') !== API_VERSION)
          throw new ApiError('InvalidParameterValue', `Version '${str(params, 'Version') ?? ''}' is not supported; use ${API_VERSION}`);
        this.injectFaults(action, region);
        const result = this.dispatch(action, region, params);
        this.save();
        send(200, responseXml(action, requestId, result));
      } catch (e) {
        const ae = e instanceof ApiError ? e : new ApiError('InternalError', 'An internal error has occurred', 500);
        record.error = ae.code;
        send(ae.status, errorXml(ae.code, ae.message, requestId));
      }
    });
  }

  private injectFaults(action: string, region: string): void {
    const matches = (f: FaultMatch) => (f.action === undefined || f.action === action) && (f.region === undefined || f.region === region);
    if (this.denials.some(matches)) {
      throw new ApiError(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. User: arn:aws:iam::${ACCOUNT_ID}:user/ci is not authorized to perform: ec2:${action} because no identity-based policy allows the ec2:${action} action. Encoded authorization failure message: ${Buffer.from(action).toString('base64')}`,
        403,
      );
    }
    const throttle = this.throttles.find((f) => f.remaining > 0 && matches(f));
    if (throttle !== undefined) {
      throttle.remaining--;
      throw new ApiError('RequestLimitExceeded', 'Request limit exceeded.', 503);
    }
    const fault = this.serverErrors.find((f) => f.remaining > 0 && matches(f));
    if (fault !== undefined) {
      fault.remaining--;
      throw new ApiError('InternalError', 'An internal error has occurred', 500);
    }
  }

  private dispatch(action: string, region: string, p: Params): Record<string, XmlValue> {
    const r = regionState(this.state, region);
    switch (action) {
      case 'DescribeImages':
        return { imagesSet: this.describeImages(r, p).map((i) => this.imageXml(r, i)) };
      case 'DescribeSnapshots':
        return { snapshotSet: this.describeSnapshots(r, p).map((s) => this.snapshotXml(s)) };
      case 'DescribeImageAttribute':
        return this.describeImageAttribute(r, p);
      case 'DescribeSnapshotAttribute': {
        const snap = this.findSnapshot(r, str(p, 'SnapshotId') ?? '');
        if (str(p, 'Attribute') !== 'createVolumePermission')
          throw new ApiError('InvalidParameterValue', `Attribute '${str(p, 'Attribute') ?? ''}' is not supported here`);
        return { snapshotId: snap.id, createVolumePermission: snap.createVolumePermissions.map((v) => ({ ...v })) };
      }
      case 'CopyImage':
        return { imageId: this.copyImage(region, r, p) };
      case 'ModifyImageAttribute':
        this.modifyImageAttribute(r, p);
        return { return: true };
      case 'ModifySnapshotAttribute':
        this.modifySnapshotAttribute(r, p);
        return { return: true };
      case 'CreateTags':
        this.createTags(r, p);
        return { return: true };
      case 'EnableImageDeprecation': {
        const img = this.lookImage(r, str(p, 'ImageId') ?? '');
        const at = str(p, 'DeprecateAt');
        if (at === undefined || Number.isNaN(Date.parse(at))) throw new ApiError('InvalidParameterValue', 'DeprecateAt must be a timestamp');
        img.deprecationTime = new Date(Date.parse(at)).toISOString().replace(/\.\d{3}Z$/, '.000Z');
        return { return: true };
      }
      case 'DeregisterImage': {
        const img = this.lookImage(r, str(p, 'ImageId') ?? '');
        img.deregistered = true;
        return { return: true };
      }
      case 'DeleteSnapshot': {
        const snap = this.findSnapshot(r, str(p, 'SnapshotId') ?? '');
        const user = Object.values(r.images).find((i) => !i.deregistered && i.blockDevices.some((b) => b.snapshotId === snap.id));
        if (user !== undefined) throw new ApiError('InvalidSnapshot.InUse', `The snapshot ${snap.id} is currently in use by ${user.id}`);
        snap.deleted = true;
        return { return: true };
      }
      case 'DescribeLaunchTemplates':
        return { launchTemplates: this.describeLaunchTemplates(r, p).map((lt) => this.launchTemplateXml(lt)) };
      case 'DescribeLaunchTemplateVersions':
        return { launchTemplateVersionSet: this.describeLaunchTemplateVersions(r, p) };
      default:
        throw new ApiError('InvalidAction', `The action ${action} is not valid for this web service.`);
    }
  }

  // ---- images ----------------------------------------------------------

  /** An image the caller names by id; honours the not-found-after-copy fault. */
  private lookImage(r: RegionState, id: string): ImageRecord {
    const img = r.images[id];
    if (img === undefined || img.deregistered) throw notFoundImage(id);
    if (img.hiddenCalls > 0) {
      img.hiddenCalls--;
      throw notFoundImage(id);
    }
    return img;
  }

  private describeImages(r: RegionState, p: Params): ImageRecord[] {
    const ids = strings(p, 'ImageId');
    let images: ImageRecord[];
    if (ids.length > 0) images = ids.map((id) => this.lookImage(r, id));
    else images = Object.values(r.images).filter((i) => !i.deregistered && i.hiddenCalls === 0);
    const owners = strings(p, 'Owner');
    if (owners.length > 0) images = images.filter((i) => owners.some((o) => o === 'self' || o === i.ownerId));
    return images.filter((i) => this.matchesFilters(p, i.tags, (name) => imageField(i, name, Date.now())));
  }

  private imageXml(r: RegionState, img: ImageRecord): XmlValue {
    const now = Date.now();
    const state = imageState(img, now);
    return {
      imageId: img.id,
      imageLocation: `${img.ownerId}/${img.name}`,
      imageState: state,
      imageOwnerId: img.ownerId,
      creationDate: img.creationDate,
      isPublic: img.launchPermissions.some((lp) => lp.group === 'all'),
      architecture: img.architecture,
      imageType: 'machine',
      name: img.name,
      description: img.description,
      rootDeviceType: 'ebs',
      rootDeviceName: img.rootDeviceName,
      blockDeviceMapping: img.blockDevices.map((b) => {
        const snap = r.snapshots[b.snapshotId];
        return {
          deviceName: b.deviceName,
          ebs: {
            snapshotId: b.snapshotId,
            volumeSize: b.volumeSize,
            deleteOnTermination: b.deleteOnTermination,
            volumeType: b.volumeType,
            encrypted: snap?.encrypted ?? false,
            kmsKeyId: snap?.kmsKeyId,
          },
        };
      }),
      virtualizationType: img.virtualizationType,
      tagSet: tagsXml(img.tags),
      hypervisor: 'xen',
      enaSupport: img.enaSupport,
      bootMode: img.bootMode,
      tpmSupport: img.tpmSupport,
      deprecationTime: img.deprecationTime,
      imdsSupport: img.imdsSupport,
      sourceImageId: img.sourceImageId,
      sourceImageRegion: img.sourceRegion,
      stateReason: state === 'failed' ? { code: 'Client.CopyFailed', message: 'The snapshot copy failed' } : undefined,
    };
  }

  private describeImageAttribute(r: RegionState, p: Params): Record<string, XmlValue> {
    const img = this.lookImage(r, str(p, 'ImageId') ?? '');
    const attr = str(p, 'Attribute');
    switch (attr) {
      case 'launchPermission':
        return { imageId: img.id, launchPermission: img.launchPermissions.map((lp) => ({ ...lp })) };
      case 'imdsSupport':
        return { imageId: img.id, imdsSupport: img.imdsSupport === undefined ? undefined : { value: img.imdsSupport } };
      case 'bootMode':
        return { imageId: img.id, bootMode: img.bootMode === undefined ? undefined : { value: img.bootMode } };
      case 'description':
        return { imageId: img.id, description: img.description === undefined ? undefined : { value: img.description } };
      default:
        throw new ApiError('InvalidRequest', `The attribute '${attr ?? ''}' is not supported by this emulator`);
    }
  }

  private copyImage(region: string, r: RegionState, p: Params): string {
    const sourceRegion = str(p, 'SourceRegion') ?? '';
    const sourceId = str(p, 'SourceImageId') ?? '';
    const name = str(p, 'Name') ?? '';
    const token = str(p, 'ClientToken');
    const { Action: _a, Version: _v, ...rest } = p;
    const request = JSON.stringify(rest);
    if (token !== undefined) {
      const prior = r.copyTokens[token];
      if (prior !== undefined) {
        if (prior.request !== request)
          throw new ApiError(
            'IdempotentParameterMismatch',
            'The client token you have provided is associated with a resource that is already deleted or has different parameters. Please use a different client token.',
          );
        return prior.imageId;
      }
    }
    if (name === '') throw new ApiError('MissingParameter', "The request must contain the parameter 'Name'");
    const src = this.state.regions[sourceRegion]?.images[sourceId];
    if (src === undefined || src.deregistered) throw notFoundImage(sourceId);
    if (imageState(src, Date.now()) !== 'available') throw new ApiError('IncorrectState', `Image ${sourceId} is not in a valid state for copying`);
    if (Object.values(r.images).some((i) => !i.deregistered && i.name === name && i.ownerId === ACCOUNT_ID)) {
      throw new ApiError(
        'InvalidAMIName.Duplicate',
        `AMI name ${name} is already in use by AMI ${Object.values(r.images).find((i) => i.name === name)?.id ?? ''}`,
      );
    }
    const encryptedAsked = bool(p, 'Encrypted') === true;
    const kms = str(p, 'KmsKeyId');
    if (kms !== undefined && !encryptedAsked) throw new ApiError('InvalidParameterCombination', 'KmsKeyId requires Encrypted to be true');
    const tagSpecs = objects(p, 'TagSpecification');
    const tagsFor = (type: string) =>
      Object.fromEntries(
        tagSpecs
          .filter((t) => str(t, 'ResourceType') === type)
          .flatMap((t) => objects(t, 'Tag').map((tag) => [str(tag, 'Key') ?? '', str(tag, 'Value') ?? ''])),
      );
    const copyTags = bool(p, 'CopyImageTags') === true;
    const readyAt = Date.now() + this.copyDelayMs;
    const srcRegion = regionState(this.state, sourceRegion);
    const blockDevices = src.blockDevices.map((b) => {
      const srcSnap = srcRegion.snapshots[b.snapshotId];
      const encrypted = encryptedAsked || (srcSnap?.encrypted ?? false);
      const snap = this.newSnapshot(r, region, {
        volumeSize: b.volumeSize,
        encrypted,
        kmsKeyId: encrypted ? (kms ?? defaultKmsKey(region)) : undefined,
        readyAt,
        tags: tagsFor('snapshot'),
        createVolumePermissions: [],
      });
      return { ...b, snapshotId: snap.id };
    });
    const img: ImageRecord = {
      ...src,
      id: newId('ami'),
      region,
      name,
      description: str(p, 'Description') ?? src.description,
      creationDate: new Date().toISOString(),
      blockDevices,
      tags: { ...(copyTags ? src.tags : {}), ...tagsFor('image') },
      launchPermissions: [],
      deprecationTime: undefined,
      readyAt,
      fails: this.failingCopyRegions.has(region),
      deregistered: false,
      sourceImageId: sourceId,
      sourceRegion,
      hiddenCalls: this.notFoundAfterCopy,
    };
    r.images[img.id] = img;
    if (token !== undefined) r.copyTokens[token] = { imageId: img.id, request };
    return img.id;
  }

  private modifyImageAttribute(r: RegionState, p: Params): void {
    const img = this.lookImage(r, str(p, 'ImageId') ?? '');
    const lp = p['LaunchPermission'];
    let add: LaunchPermission[] = [];
    let remove: LaunchPermission[] = [];
    if (typeof lp === 'object') {
      add = objects(lp, 'Add').map(launchPermissionOf);
      remove = objects(lp, 'Remove').map(launchPermissionOf);
    } else if (str(p, 'Attribute') === 'launchPermission') {
      const items: LaunchPermission[] = [
        ...strings(p, 'UserId').map((userId) => ({ userId })),
        ...strings(p, 'UserGroup').map((group) => ({ group })),
        ...strings(p, 'OrganizationArn').map((organizationArn) => ({ organizationArn })),
        ...strings(p, 'OrganizationalUnitArn').map((organizationalUnitArn) => ({ organizationalUnitArn })),
      ];
      if (str(p, 'OperationType') === 'remove') remove = items;
      else add = items;
    } else if (typeof p['ImdsSupport'] === 'object') {
      img.imdsSupport = str(p['ImdsSupport'], 'Value');
      return;
    } else {
      throw new ApiError('InvalidParameterCombination', 'No attributes specified.');
    }
    for (const item of [...add, ...remove]) {
      if (item.userId !== undefined && !/^\d{12}$/.test(item.userId))
        throw new ApiError('InvalidAMIAttributeItemValue', `Invalid attribute item value "${item.userId}" for userId item type.`);
      if (item.organizationArn !== undefined && !/^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/.test(item.organizationArn)) {
        throw new ApiError('InvalidAMIAttributeItemValue', `Invalid attribute item value "${item.organizationArn}" for organizationArn item type.`);
      }
      if (
        item.organizationalUnitArn !== undefined &&
        !/^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/.test(item.organizationalUnitArn)
      ) {
        throw new ApiError('InvalidAMIAttributeItemValue', `Invalid attribute item value "${item.organizationalUnitArn}" for organizationalUnitArn item type.`);
      }
    }
    const same = (a: LaunchPermission, b: LaunchPermission) => JSON.stringify(a) === JSON.stringify(b);
    img.launchPermissions = img.launchPermissions.filter((x) => !remove.some((y) => same(x, y)));
    for (const a of add) if (!img.launchPermissions.some((x) => same(x, a))) img.launchPermissions.push(a);
  }

  // ---- snapshots -------------------------------------------------------

  private newSnapshot(r: RegionState, region: string, s: Omit<SnapshotRecord, 'id' | 'region' | 'ownerId' | 'startTime' | 'deleted'>): SnapshotRecord {
    const snap: SnapshotRecord = { id: newId('snap'), region, ownerId: ACCOUNT_ID, startTime: new Date().toISOString(), deleted: false, ...s };
    r.snapshots[snap.id] = snap;
    return snap;
  }

  private findSnapshot(r: RegionState, id: string): SnapshotRecord {
    const s = r.snapshots[id];
    if (s === undefined || s.deleted) throw notFoundSnapshot(id);
    return s;
  }

  private describeSnapshots(r: RegionState, p: Params): SnapshotRecord[] {
    const ids = strings(p, 'SnapshotId');
    const snaps = ids.length > 0 ? ids.map((id) => this.findSnapshot(r, id)) : Object.values(r.snapshots).filter((s) => !s.deleted);
    return snaps.filter((s) => this.matchesFilters(p, s.tags, (name) => (name === 'snapshot-id' ? s.id : undefined)));
  }

  private snapshotXml(s: SnapshotRecord): XmlValue {
    return {
      snapshotId: s.id,
      volumeId: 'vol-ffffffff',
      status: Date.now() < s.readyAt ? 'pending' : 'completed',
      startTime: s.startTime,
      progress: Date.now() < s.readyAt ? '50%' : '100%',
      ownerId: s.ownerId,
      volumeSize: s.volumeSize,
      description: `Copied for emulator`,
      encrypted: s.encrypted,
      kmsKeyId: s.kmsKeyId,
      tagSet: tagsXml(s.tags),
      storageTier: 'standard',
    };
  }

  private modifySnapshotAttribute(r: RegionState, p: Params): void {
    const snap = this.findSnapshot(r, str(p, 'SnapshotId') ?? '');
    const cvp = p['CreateVolumePermission'];
    let add: { userId?: string; group?: string }[] = [];
    let remove: { userId?: string; group?: string }[] = [];
    const perm = (o: Params) => (str(o, 'UserId') !== undefined ? { userId: str(o, 'UserId') } : { group: str(o, 'Group') });
    if (typeof cvp === 'object') {
      add = objects(cvp, 'Add').map(perm);
      remove = objects(cvp, 'Remove').map(perm);
    } else if (str(p, 'Attribute') === 'createVolumePermission') {
      const items = [...strings(p, 'UserId').map((userId) => ({ userId })), ...strings(p, 'UserGroup').map((group) => ({ group }))];
      if (str(p, 'OperationType') === 'remove') remove = items;
      else add = items;
    } else throw new ApiError('InvalidParameterCombination', 'No attributes specified.');
    for (const a of add)
      if (a.userId !== undefined && !/^\d{12}$/.test(a.userId))
        throw new ApiError('InvalidParameterValue', `Value (${a.userId}) for parameter userId is invalid.`);
    const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    snap.createVolumePermissions = snap.createVolumePermissions.filter((x) => !remove.some((y) => same(x, y)));
    for (const a of add) if (!snap.createVolumePermissions.some((x) => same(x, a))) snap.createVolumePermissions.push(a);
  }

  private createTags(r: RegionState, p: Params): void {
    const tags = objects(p, 'Tag').map((t) => [str(t, 'Key') ?? '', str(t, 'Value') ?? ''] as const);
    const targets = strings(p, 'ResourceId').map((id) => {
      if (id.startsWith('ami-')) return this.lookImage(r, id).tags;
      if (id.startsWith('snap-')) return this.findSnapshot(r, id).tags;
      throw new ApiError('InvalidID', `The ID '${id}' is not valid`);
    });
    for (const t of targets) for (const [k, v] of tags) t[k] = v;
  }

  // ---- launch templates ------------------------------------------------

  private describeLaunchTemplates(r: RegionState, p: Params): LaunchTemplateRecord[] {
    const ids = strings(p, 'LaunchTemplateId');
    const names = strings(p, 'LaunchTemplateName');
    return Object.values(r.launchTemplates).filter(
      (lt) => (ids.length === 0 || ids.includes(lt.id)) && (names.length === 0 || names.includes(lt.name)) && this.matchesFilters(p, lt.tags, () => undefined),
    );
  }

  private launchTemplateXml(lt: LaunchTemplateRecord): XmlValue {
    return {
      launchTemplateId: lt.id,
      launchTemplateName: lt.name,
      createTime: new Date().toISOString(),
      createdBy: `arn:aws:iam::${ACCOUNT_ID}:user/ci`,
      defaultVersionNumber: lt.defaultVersion,
      latestVersionNumber: lt.versions.length,
      tagSet: tagsXml(lt.tags),
    };
  }

  private describeLaunchTemplateVersions(r: RegionState, p: Params): XmlValue {
    const id = str(p, 'LaunchTemplateId');
    const name = str(p, 'LaunchTemplateName');
    const lt = Object.values(r.launchTemplates).find((t) => t.id === id || t.name === name);
    if (lt === undefined)
      throw new ApiError('InvalidLaunchTemplateId.NotFound', `The specified launch template, with template ID ${id ?? name ?? ''}, does not exist.`);
    const wanted = strings(p, 'LaunchTemplateVersion');
    const numbers =
      wanted.length === 0
        ? lt.versions.map((_, i) => i + 1)
        : wanted.map((v) => (v === '$Latest' ? lt.versions.length : v === '$Default' ? lt.defaultVersion : Number(v)));
    return numbers.map((n) => ({
      launchTemplateId: lt.id,
      launchTemplateName: lt.name,
      versionNumber: n,
      defaultVersion: n === lt.defaultVersion,
      launchTemplateData: { imageId: lt.versions[n - 1]?.imageId },
    }));
  }

  // ---- filters and persistence ----------------------------------------

  private matchesFilters(p: Params, tags: Record<string, string>, field: (name: string) => string | undefined): boolean {
    return objects(p, 'Filter').every((f) => {
      const name = str(f, 'Name') ?? '';
      const values = strings(f, 'Value');
      if (name === 'tag-key') return Object.keys(tags).some((k) => values.some((v) => glob(v, k)));
      const actual = name.startsWith('tag:') ? tags[name.slice(4)] : field(name);
      return actual !== undefined && values.some((v) => glob(v, actual));
    });
  }

  private save(): void {
    if (this.stateFile === undefined) return;
    const tmp = `${this.stateFile}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.state));
    fs.renameSync(tmp, this.stateFile);
  }
}

function imageField(img: ImageRecord, name: string, now: number): string | undefined {
  switch (name) {
    case 'name':
      return img.name;
    case 'image-id':
      return img.id;
    case 'state':
      return imageState(img, now);
    case 'architecture':
      return img.architecture;
    default:
      return undefined;
  }
}

function launchPermissionOf(o: Params): LaunchPermission {
  const out: LaunchPermission = {};
  for (const [k, key] of [
    ['UserId', 'userId'],
    ['Group', 'group'],
    ['OrganizationArn', 'organizationArn'],
    ['OrganizationalUnitArn', 'organizationalUnitArn'],
  ] as const) {
    const v = str(o, k);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

const tagsXml = (tags: Record<string, string>): XmlValue => Object.entries(tags).map(([key, value]) => ({ key, value }));

/** EC2 filter values: `*` any run, `?` one character. */
function glob(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(value);
}

export async function startEc2Emulator(opts: EmulatorOptions = {}): Promise<Ec2Emulator> {
  const emu = new Ec2Emulator(opts);
  await emu.start(opts.port ?? 0);
  return emu;
}
