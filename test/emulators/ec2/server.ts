/**
 * An EC2 emulator for tests: a node:http server that speaks the EC2 Query
 * protocol (form-encoded Action/Version in, namespaced XML out, the real
 * `<Response><Errors>...` error document) for the calls AMI distribution and
 * AMI checks make: images, snapshots (with their KMS keys, and the account's
 * default EBS key, aws/ebs until ModifyEbsDefaultKmsKeyId), launch templates
 * and their versions (a version's data is kept as the request's
 * `LaunchTemplateData.*` tree and answered under the response names the SDK
 * reads). The region is read from the SigV4 credential scope of the
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
import { LoopbackEmulator, readBody, tooLargeMessage } from '../loopback.js';
import { bool, errorXml, objects, parseQuery, responseXml, str, strings, XmlList, type Params, type XmlValue } from './query.js';
import {
  ACCOUNT_ID,
  AWS_EBS_ALIAS,
  defaultKmsKey,
  ebsDefaultKeyArn,
  imageState,
  newId,
  regionState,
  type EmulatorState,
  type ImageRecord,
  type LaunchPermission,
  type LaunchTemplateRecord,
  type LaunchTemplateVersionRecord,
  type RegionState,
  type SnapshotRecord,
  type TemplateData,
  type TokenRecord,
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

export class Ec2Emulator extends LoopbackEmulator {
  readonly state: EmulatorState;
  readonly calls: CallRecord[] = [];
  copyDelayMs: number;
  /** Looks at a fresh copy that answer InvalidAMIID.NotFound before it shows. */
  notFoundAfterCopy = 0;
  private throttles: CountedFault[] = [];
  private serverErrors: CountedFault[] = [];
  private denials: FaultMatch[] = [];
  private failingCopyRegions = new Set<string>();
  private readonly stateFile: string | undefined;

  constructor(opts: EmulatorOptions = {}) {
    super();
    this.copyDelayMs = opts.copyDelayMs ?? 300;
    this.stateFile = opts.stateFile;
    this.state =
      this.stateFile !== undefined && fs.existsSync(this.stateFile) ? (JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as EmulatorState) : { regions: {} };
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
        kmsKeyId: (seed.encrypted ?? true) ? (seed.kmsKeyId ?? ebsDefaultKeyArn(r, region)) : undefined,
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

  /**
   * A launch template with one version per image id (version 1 the default),
   * each version's data `{ ImageId }` plus `data` when given.
   */
  addLaunchTemplate(region: string, name: string, imageIds: string[], tags: Record<string, string> = {}, data: TemplateData = {}): LaunchTemplateRecord {
    const r = regionState(this.state, region);
    const now = new Date().toISOString();
    const lt: LaunchTemplateRecord = {
      id: newId('lt'),
      name,
      tags,
      createTime: now,
      versions: imageIds.map((ImageId, i) => ({ versionNumber: i + 1, createTime: now, data: { ...structuredClone(data), ImageId } })),
      defaultVersion: 1,
    };
    r.launchTemplates[lt.id] = lt;
    this.save();
    return lt;
  }

  launchTemplate(region: string, idOrName: string): LaunchTemplateRecord | undefined {
    return Object.values(regionState(this.state, region).launchTemplates).find((t) => t.id === idOrName || t.name === idOrName);
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

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    void readBody(req).then(
      (read) => {
        const requestId = randomUUID();
        const send = (status: number, xml: string) => {
          res.writeHead(status, { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId });
          res.end(xml);
        };
        if ('tooLarge' in read) return send(413, errorXml('RequestEntityTooLarge', tooLargeMessage(read.tooLarge), requestId));
        const body = req.method === 'GET' ? (req.url ?? '').replace(/^[^?]*\??/, '') : read.text;
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
      },
      () => res.destroy(),
    );
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
      case 'DescribeLaunchTemplates': {
        const { items, next } = this.describeLaunchTemplates(r, p);
        return { launchTemplates: items.map((lt) => this.launchTemplateXml(lt)), nextToken: next };
      }
      case 'DescribeLaunchTemplateVersions': {
        const { items, next } = this.describeLaunchTemplateVersions(r, p);
        return { launchTemplateVersionSet: items, nextToken: next };
      }
      case 'CreateLaunchTemplate':
        return { launchTemplate: this.launchTemplateXml(this.createLaunchTemplate(r, p)) };
      case 'CreateLaunchTemplateVersion': {
        const { lt, v } = this.createLaunchTemplateVersion(r, p);
        return { launchTemplateVersion: this.launchTemplateVersionXml(lt, v) };
      }
      case 'ModifyLaunchTemplate':
        return { launchTemplate: this.launchTemplateXml(this.modifyLaunchTemplate(r, p)) };
      case 'GetEbsDefaultKmsKeyId':
        return { kmsKeyId: r.ebsDefaultKmsKeyId ?? AWS_EBS_ALIAS };
      case 'ModifyEbsDefaultKmsKeyId': {
        const key = str(p, 'KmsKeyId');
        if (key === undefined) throw new ApiError('MissingParameter', 'The request must contain the parameter KmsKeyId');
        r.ebsDefaultKmsKeyId = key;
        return { kmsKeyId: key };
      }
      case 'ResetEbsDefaultKmsKeyId':
        delete r.ebsDefaultKmsKeyId;
        return { kmsKeyId: defaultKmsKey(region) };
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
        kmsKeyId: encrypted ? (kms ?? ebsDefaultKeyArn(r, region)) : undefined,
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
    return snaps.filter((s) => this.matchesFilters(p, s.tags, (name) => snapshotField(s, name, Date.now())));
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
      if (id.startsWith('lt-')) return this.templateById(r, id).tags;
      throw new ApiError('InvalidID', `The ID '${id}' is not valid`);
    });
    for (const t of targets) for (const [k, v] of tags) t[k] = v;
  }

  // ---- launch templates ------------------------------------------------

  /**
   * The template a request names by LaunchTemplateId or LaunchTemplateName,
   * with EC2's errors: a malformed id, and the two not-found codes (the name
   * one really is `...NotFoundException`, unlike every other EC2 code).
   */
  private findTemplate(r: RegionState, p: Params): LaunchTemplateRecord {
    const id = str(p, 'LaunchTemplateId');
    const name = str(p, 'LaunchTemplateName');
    if (id !== undefined && name !== undefined)
      throw new ApiError('InvalidParameterCombination', 'You can specify either a launch template ID or a launch template name in the request, but not both.');
    if (id !== undefined) return this.templateById(r, id);
    if (name !== undefined) return this.templateByName(r, name);
    throw new ApiError('MissingParameter', 'The request must contain the parameter LaunchTemplateName or LaunchTemplateId');
  }

  private templateById(r: RegionState, id: string): LaunchTemplateRecord {
    if (!LAUNCH_TEMPLATE_ID.test(id)) throw new ApiError('InvalidLaunchTemplateId.Malformed', `The specified ID for the launch template is malformed: ${id}`);
    const lt = r.launchTemplates[id];
    if (lt === undefined) throw new ApiError('InvalidLaunchTemplateId.NotFound', `The specified launch template, with template ID ${id}, does not exist.`);
    return lt;
  }

  private templateByName(r: RegionState, name: string): LaunchTemplateRecord {
    const lt = Object.values(r.launchTemplates).find((t) => t.name === name);
    if (lt === undefined)
      throw new ApiError('InvalidLaunchTemplateName.NotFoundException', `The specified launch template, with template name ${name}, does not exist.`);
    return lt;
  }

  /** A version named by number, `$Latest` or `$Default`. */
  private versionOf(lt: LaunchTemplateRecord, spec: string): LaunchTemplateVersionRecord {
    const n = spec === '$Latest' ? lt.versions.length : spec === '$Default' ? lt.defaultVersion : /^\d+$/.test(spec) ? Number(spec) : NaN;
    if (Number.isNaN(n)) throw new ApiError('InvalidParameterValue', `Invalid launch template version '${spec}': use a version number, $Latest or $Default.`);
    const v = lt.versions[n - 1];
    if (v === undefined)
      throw new ApiError('InvalidLaunchTemplateId.VersionNotFound', `Could not find launch template version ${spec} for launch template ${lt.id}.`);
    return v;
  }

  private templateData(p: Params): TemplateData {
    const data = p['LaunchTemplateData'];
    if (typeof data !== 'object') throw new ApiError('MissingParameter', 'The request must contain the parameter LaunchTemplateData');
    for (const key of Object.keys(data))
      if (!TEMPLATE_DATA_KEYS.has(key)) throw new ApiError('UnknownParameter', `The parameter LaunchTemplateData.${key} is not recognized`);
    return structuredClone(data);
  }

  /**
   * ClientToken idempotency, as EC2 keeps it: the same token with the same
   * request answers what the first call made; with another request it is
   * IdempotentParameterMismatch.
   */
  private priorByToken(r: RegionState, action: string, p: Params): { record?: TokenRecord; remember: (t: Omit<TokenRecord, 'action' | 'request'>) => void } {
    const token = str(p, 'ClientToken');
    const { Action: _a, Version: _v, ClientToken: _t, ...rest } = p;
    const request = JSON.stringify(rest);
    const tokens = (r.launchTemplateTokens ??= {});
    const prior = token === undefined ? undefined : tokens[token];
    if (prior !== undefined && (prior.action !== action || prior.request !== request))
      throw new ApiError(
        'IdempotentParameterMismatch',
        'The client token you have provided is associated with a resource that is already deleted or has different parameters. Please use a different client token.',
      );
    return {
      ...(prior !== undefined ? { record: prior } : {}),
      remember: (t) => {
        if (token !== undefined) tokens[token] = { action, request, ...t };
      },
    };
  }

  private createLaunchTemplate(r: RegionState, p: Params): LaunchTemplateRecord {
    const idem = this.priorByToken(r, 'CreateLaunchTemplate', p);
    if (idem.record !== undefined) return this.templateById(r, idem.record.templateId);
    const name = str(p, 'LaunchTemplateName');
    if (name === undefined) throw new ApiError('MissingParameter', 'The request must contain the parameter LaunchTemplateName');
    if (!LAUNCH_TEMPLATE_NAME.test(name))
      throw new ApiError(
        'InvalidLaunchTemplateName.MalformedException',
        'A launch template name must be between 3 and 128 characters, and may contain letters, numbers, and the following characters: - ( ) . / _.',
      );
    if (Object.values(r.launchTemplates).some((t) => t.name === name))
      throw new ApiError('InvalidLaunchTemplateName.AlreadyExistsException', `Launch template name already in use.`);
    const data = this.templateData(p);
    const now = new Date().toISOString();
    const description = str(p, 'VersionDescription');
    const lt: LaunchTemplateRecord = {
      id: newId('lt'),
      name,
      tags: tagsOfSpecs(p, 'launch-template'),
      createTime: now,
      versions: [{ versionNumber: 1, createTime: now, data, ...(description !== undefined ? { description } : {}) }],
      defaultVersion: 1,
    };
    r.launchTemplates[lt.id] = lt;
    idem.remember({ templateId: lt.id });
    return lt;
  }

  private createLaunchTemplateVersion(r: RegionState, p: Params): { lt: LaunchTemplateRecord; v: LaunchTemplateVersionRecord } {
    const idem = this.priorByToken(r, 'CreateLaunchTemplateVersion', p);
    if (idem.record !== undefined) {
      const lt = this.templateById(r, idem.record.templateId);
      return { lt, v: this.versionOf(lt, String(idem.record.versionNumber)) };
    }
    const lt = this.findTemplate(r, p);
    const given = this.templateData(p);
    const sourceSpec = str(p, 'SourceVersion');
    // With a source version, the new one inherits its parameters and the request's top-level ones replace them;
    // snapshot ids in inherited block device mappings are dropped unless the request names them again.
    const data = sourceSpec === undefined ? given : { ...withoutSnapshots(this.versionOf(lt, sourceSpec).data), ...given };
    const description = str(p, 'VersionDescription');
    const v: LaunchTemplateVersionRecord = {
      versionNumber: lt.versions.length + 1,
      createTime: new Date().toISOString(),
      data,
      ...(description !== undefined ? { description } : {}),
    };
    lt.versions.push(v);
    idem.remember({ templateId: lt.id, versionNumber: v.versionNumber });
    return { lt, v };
  }

  private describeLaunchTemplates(r: RegionState, p: Params): { items: LaunchTemplateRecord[]; next?: string } {
    const ids = strings(p, 'LaunchTemplateId');
    const names = strings(p, 'LaunchTemplateName');
    // Names and ids asked for by name must exist; filters alone may match nothing.
    const named = [...ids.map((id) => this.templateById(r, id)), ...names.map((n) => this.templateByName(r, n))];
    const pool = ids.length + names.length > 0 ? [...new Set(named)] : Object.values(r.launchTemplates);
    const matching = pool.filter((lt) =>
      this.matchesFilters(p, lt.tags, (f) => (f === 'launch-template-name' ? lt.name : f === 'create-time' ? lt.createTime : undefined)),
    );
    return page(matching, p);
  }

  private launchTemplateXml(lt: LaunchTemplateRecord): XmlValue {
    return {
      launchTemplateId: lt.id,
      launchTemplateName: lt.name,
      createTime: lt.createTime,
      createdBy: `arn:aws:iam::${ACCOUNT_ID}:user/ci`,
      defaultVersionNumber: lt.defaultVersion,
      latestVersionNumber: lt.versions.length,
      tagSet: tagsXml(lt.tags),
    };
  }

  private launchTemplateVersionXml(lt: LaunchTemplateRecord, v: LaunchTemplateVersionRecord): XmlValue {
    return {
      launchTemplateId: lt.id,
      launchTemplateName: lt.name,
      versionNumber: v.versionNumber,
      versionDescription: v.description,
      createTime: v.createTime,
      createdBy: `arn:aws:iam::${ACCOUNT_ID}:user/ci`,
      defaultVersion: v.versionNumber === lt.defaultVersion,
      launchTemplateData: templateDataXml(v.data),
    };
  }

  private describeLaunchTemplateVersions(r: RegionState, p: Params): { items: XmlValue[]; next?: string } {
    const wanted = strings(p, 'LaunchTemplateVersion');
    const named = str(p, 'LaunchTemplateId') !== undefined || str(p, 'LaunchTemplateName') !== undefined;
    let pairs: { lt: LaunchTemplateRecord; v: LaunchTemplateVersionRecord }[];
    if (named) {
      const lt = this.findTemplate(r, p);
      const min = Number(str(p, 'MinVersion') ?? 1);
      const max = Number(str(p, 'MaxVersion') ?? Number.MAX_SAFE_INTEGER);
      const versions =
        wanted.length > 0 ? wanted.map((w) => this.versionOf(lt, w)) : lt.versions.filter((v) => v.versionNumber >= min && v.versionNumber <= max);
      pairs = [...new Set(versions)].map((v) => ({ lt, v }));
    } else {
      // Without a template, only $Latest and $Default make sense: that version of every template.
      if (wanted.length === 0 || wanted.some((w) => w !== '$Latest' && w !== '$Default'))
        throw new ApiError('MissingParameter', 'The request must contain the parameter LaunchTemplateName or LaunchTemplateId');
      pairs = Object.values(r.launchTemplates).flatMap((lt) => [...new Set(wanted.map((w) => this.versionOf(lt, w)))].map((v) => ({ lt, v })));
    }
    const matching = pairs.filter(({ lt, v }) => this.matchesFilters(p, {}, (f) => versionField(lt, v, f)));
    const { items, next } = page(matching, p);
    return { items: items.map(({ lt, v }) => this.launchTemplateVersionXml(lt, v)), ...(next !== undefined ? { next } : {}) };
  }

  private modifyLaunchTemplate(r: RegionState, p: Params): LaunchTemplateRecord {
    const lt = this.findTemplate(r, p);
    const spec = str(p, 'SetDefaultVersion');
    if (spec !== undefined) lt.defaultVersion = this.versionOf(lt, spec).versionNumber;
    return lt;
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

function snapshotField(s: SnapshotRecord, name: string, now: number): string | undefined {
  switch (name) {
    case 'snapshot-id':
      return s.id;
    case 'encrypted':
      return String(s.encrypted);
    case 'owner-id':
      return s.ownerId;
    case 'status':
      return now < s.readyAt ? 'pending' : 'completed';
    case 'volume-size':
      return String(s.volumeSize);
    default:
      return undefined;
  }
}

/** Launch template ids: lt- and 17 hex digits. */
const LAUNCH_TEMPLATE_ID = /^lt-[0-9a-f]{17}$/;
const LAUNCH_TEMPLATE_NAME = /^[a-zA-Z0-9().\-/_]{3,128}$/;

/** The members of RequestLaunchTemplateData, by their query names. */
const TEMPLATE_DATA_KEYS = new Set([
  'KernelId',
  'EbsOptimized',
  'IamInstanceProfile',
  'BlockDeviceMapping',
  'NetworkInterface',
  'ImageId',
  'InstanceType',
  'KeyName',
  'Monitoring',
  'Placement',
  'RamDiskId',
  'DisableApiTermination',
  'InstanceInitiatedShutdownBehavior',
  'UserData',
  'TagSpecification',
  'ElasticGpuSpecification',
  'ElasticInferenceAccelerator',
  'SecurityGroupId',
  'SecurityGroup',
  'InstanceMarketOptions',
  'CreditSpecification',
  'CpuOptions',
  'CapacityReservationSpecification',
  'LicenseSpecification',
  'HibernationOptions',
  'MetadataOptions',
  'EnclaveOptions',
  'InstanceRequirements',
  'PrivateDnsNameOptions',
  'MaintenanceOptions',
  'DisableApiStop',
  'Operator',
  'NetworkPerformanceOptions',
  'SecondaryInterface',
]);

/** Inherited data as CreateLaunchTemplateVersion keeps it: block device mappings lose their snapshot ids. */
function withoutSnapshots(data: TemplateData): TemplateData {
  const copy = structuredClone(data);
  const mappings = copy['BlockDeviceMapping'];
  if (typeof mappings === 'object') {
    for (const m of Object.values(mappings)) {
      const ebs = typeof m === 'object' ? m['Ebs'] : undefined;
      if (typeof ebs === 'object') delete ebs['SnapshotId'];
    }
  }
  return copy;
}

const lowerFirst = (k: string): string => k.charAt(0).toLowerCase() + k.slice(1);
const isList = (node: TemplateData): boolean => Object.keys(node).length > 0 && Object.keys(node).every((k) => /^\d+$/.test(k));

/**
 * The response name of a request list: `BlockDeviceMapping.N` comes back as
 * `blockDeviceMappingSet`, with EC2's two exceptions (licenseSet, and a
 * network interface's groupSet).
 */
function listName(path: string, key: string): string {
  if (key === 'LicenseSpecification') return 'licenseSet';
  if (path === 'NetworkInterface.' && key === 'SecurityGroupId') return 'groupSet';
  return `${lowerFirst(key)}Set`;
}

/** Request-shaped template data as ResponseLaunchTemplateData XML (lowerCamel elements, lists of <item>). */
function templateDataXml(data: TemplateData, path = ''): Record<string, XmlValue> {
  const out: Record<string, XmlValue> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') out[lowerFirst(key)] = value;
    else if (isList(value)) {
      const items = Object.keys(value)
        .sort((a, b) => Number(a) - Number(b))
        .map((i) => {
          const item = value[i] as string | TemplateData;
          return typeof item === 'string' ? item : templateDataXml(item, `${path}${key}.`);
        });
      // A network interface's security groups come back as <groupSet><groupId>, every other list as <item>s.
      out[listName(path, key)] = path === 'NetworkInterface.' && key === 'SecurityGroupId' ? new XmlList('groupId', items) : items;
    } else out[lowerFirst(key)] = templateDataXml(value, `${path}${key}.`);
  }
  return out;
}

function versionField(lt: LaunchTemplateRecord, v: LaunchTemplateVersionRecord, name: string): string | undefined {
  const top = (k: string) => (typeof v.data[k] === 'string' ? v.data[k] : undefined);
  switch (name) {
    case 'image-id':
      return top('ImageId');
    case 'instance-type':
      return top('InstanceType');
    case 'kernel-id':
      return top('KernelId');
    case 'ram-disk-id':
      return top('RamDiskId');
    case 'ebs-optimized':
      return top('EbsOptimized') ?? 'false';
    case 'is-default-version':
      return String(v.versionNumber === lt.defaultVersion);
    case 'create-time':
      return v.createTime;
    default:
      return undefined;
  }
}

/** Tags a request's TagSpecification.N gives one resource type. */
function tagsOfSpecs(p: Params, resourceType: string): Record<string, string> {
  return Object.fromEntries(
    objects(p, 'TagSpecification')
      .filter((t) => str(t, 'ResourceType') === resourceType)
      .flatMap((t) => objects(t, 'Tag').map((tag) => [str(tag, 'Key') ?? '', str(tag, 'Value') ?? ''])),
  );
}

/** MaxResults/NextToken paging over a list (the token is the offset). */
function page<T>(all: T[], p: Params): { items: T[]; next?: string } {
  const max = Number(str(p, 'MaxResults') ?? all.length);
  const token = str(p, 'NextToken');
  const from = token === undefined ? 0 : Number(Buffer.from(token, 'base64').toString('utf8'));
  if (!Number.isInteger(from) || from < 0) throw new ApiError('InvalidParameterValue', 'The NextToken is not valid');
  const items = all.slice(from, from + Math.max(1, max));
  const end = from + items.length;
  return end < all.length ? { items, next: Buffer.from(String(end)).toString('base64') } : { items };
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
