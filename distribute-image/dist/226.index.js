export const id = 226;
export const ids = [226,98];
export const modules = {

/***/ 80098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ssmCall: () => (/* binding */ ssmCall),
/* harmony export */   ssmClientFactory: () => (/* binding */ ssmClientFactory)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34736);
/* harmony import */ var _aws_call_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4465);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85466);
/**
 * Systems Manager (Parameter Store) clients per region and account, and the
 * one way to send them a command. Like ec2-client.ts: the SDK's default
 * credential chain unless a caller passes credentials (static ones in tests,
 * or a provider that assumes a role in another account), `endpoint` pointing
 * every region at one URL (an emulator), SDK retries off so that
 * aws-call.ts's loop, with SSM_RETRY, is the only one.
 */



function ssmClientFactory(opts = {}) {
    const clients = new Map();
    return (region, account) => {
        const key = `${account ?? ''}/${region}`;
        let c = clients.get(key);
        if (c === undefined) {
            const credentials = account === undefined ? opts.credentials : opts.accountCredentials?.[account];
            if (account !== undefined && credentials === undefined)
                throw new Error(`no credentials for account ${account}`);
            c = new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .SSMClient */ .jBj({
                region,
                maxAttempts: 1,
                ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}),
                ...(credentials !== undefined ? { credentials } : {}),
            });
            clients.set(key, c);
        }
        return c;
    };
}
/**
 * One Parameter Store request, named by its action (`PutParameter`) so an
 * access error names the IAM permission (ssm:PutParameter). TooManyUpdates
 * (another writer on the same parameter right now) heals with time and is
 * retried like throttling.
 */
function ssmCall(client, action, command, opts = {}) {
    return (0,_aws_call_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCall */ .u)(client, 'ssm', action, command, {
        ...opts,
        retry: opts.retry ?? _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .SSM_RETRY */ .B7,
        alsoRetryCodes: [...(opts.alsoRetryCodes ?? []), 'TooManyUpdates'],
    });
}


/***/ }),

/***/ 50226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyClientToken: () => (/* binding */ copyClientToken),
  distributeAmi: () => (/* binding */ distributeAmi),
  familyOf: () => (/* binding */ familyOf)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./shared/src/errors.ts
var src_errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/aws/aws-call.ts
var aws_call = __webpack_require__(4465);
// EXTERNAL MODULE: ./shared/src/aws/ec2-errors.ts
var ec2_errors = __webpack_require__(5175);
// EXTERNAL MODULE: ./shared/src/retry/limit.ts
var limit = __webpack_require__(95097);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var policy = __webpack_require__(85466);
// EXTERNAL MODULE: ./shared/src/retry/paginate.ts
var paginate = __webpack_require__(17353);
;// CONCATENATED MODULE: ./shared/src/distribute/machine/ami-retention.ts
/**
 * Retention `keep: N`: in one region, keep the N newest images of a family
 * (the image just made counts as the newest) and deregister the rest, then
 * delete their snapshots. A family is the images we tagged with
 * `image-pipeline:family=<family>` whose name also starts with the family,
 * so an image someone else named alike, or tagged alike by hand with another
 * name, is never touched.
 *
 * Scope of "in use": an image that any version of a launch template carrying
 * the managed tag key (`image-pipeline:managed` by default) refers to is
 * kept, and so is one that a template listed in `launch-templates` for this
 * region refers to, tagged or not yet (see ListedLaunchTemplates). Other
 * launch templates, Auto Scaling groups and running instances are not looked
 * at: tag the launch templates that matter.
 */





const FAMILY_TAG = 'image-pipeline:family';
const SOURCE_TAG = 'image-pipeline:source-ami';
const MANAGED_LAUNCH_TEMPLATE_TAG = 'image-pipeline:managed';
/**
 * Pure: which images go. `newImageId` is kept whatever its date says; pending
 * images (another run's copy in flight) are never removed.
 */
function planRetention(images, newImageId, keep, inUse) {
    const newest = images.filter((i) => i.imageId === newImageId);
    const others = images
        .filter((i) => i.imageId !== newImageId)
        .sort((a, b) => b.creationDate.localeCompare(a.creationDate) || b.imageId.localeCompare(a.imageId));
    const plan = { keep: [...newest], remove: [], inUse: [] };
    let slots = Math.max(0, keep - 1);
    for (const img of others) {
        if (slots > 0) {
            plan.keep.push(img);
            slots--;
        }
        else if (img.state === 'pending')
            plan.keep.push(img);
        else if (inUse.has(img.imageId))
            plan.inUse.push(img);
        else
            plan.remove.push(img);
    }
    // A snapshot that a kept image also uses stays (rare: images registered from one snapshot).
    const kept = new Set([...plan.keep, ...plan.inUse].flatMap((i) => i.snapshotIds));
    plan.remove = plan.remove.map((i) => ({ ...i, snapshotIds: i.snapshotIds.filter((s) => !kept.has(s)) }));
    return plan;
}
function toFamilyImage(img) {
    return {
        imageId: img.ImageId ?? '',
        name: img.Name ?? '',
        creationDate: img.CreationDate ?? '',
        state: img.State ?? 'unknown',
        snapshotIds: (img.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId !== undefined ? [b.Ebs.SnapshotId] : [])),
    };
}
async function listFamily(client, family, call) {
    const images = await (0,paginate/* collectPages */.VV)(async (token) => {
        const page = await (0,aws_call/* ec2Call */.T)(client, 'DescribeImages', new dist_cjs/* DescribeImagesCommand */.ji5({ Owners: ['self'], Filters: [{ Name: `tag:${FAMILY_TAG}`, Values: [family] }], NextToken: token }), call);
        return { items: page.Images, next: page.NextToken };
    }, { what: `DescribeImages of the family '${family}'`, code: 'AWS' });
    return images.filter((img) => (img.Name ?? '').startsWith(family)).map(toFamilyImage);
}
/** EC2's answers for a template that does not exist (or an id that cannot): nothing to protect. */
const TEMPLATE_NOT_FOUND = new Set(['InvalidLaunchTemplateId.NotFound', 'InvalidLaunchTemplateName.NotFoundException', 'InvalidLaunchTemplateId.Malformed']);
/**
 * Image ids any version of a launch template tagged with `tagKey`, or listed
 * in `listed`, refers to. A listed template missing from the region is
 * skipped here: publishing reports it, naming its line.
 */
async function imagesInManagedLaunchTemplates(client, tagKey, call, listed = { ids: [], names: [] }) {
    const used = new Set();
    const tagged = await (0,paginate/* collectPages */.VV)(async (token) => {
        const page = await (0,aws_call/* ec2Call */.T)(client, 'DescribeLaunchTemplates', new dist_cjs/* DescribeLaunchTemplatesCommand */.fmI({ Filters: [{ Name: 'tag-key', Values: [tagKey] }], NextToken: token }), call);
        return { items: page.LaunchTemplates, next: page.NextToken };
    }, { what: `DescribeLaunchTemplates tagged '${tagKey}'`, code: 'AWS' });
    const templateIds = new Set(tagged.flatMap((lt) => (lt.LaunchTemplateId !== undefined ? [lt.LaunchTemplateId] : [])));
    for (const id of await listedTemplateIds(client, listed, call))
        templateIds.add(id);
    for (const templateId of templateIds) {
        const versions = await (0,paginate/* collectPages */.VV)(async (token) => {
            const page = await (0,aws_call/* ec2Call */.T)(client, 'DescribeLaunchTemplateVersions', new dist_cjs/* DescribeLaunchTemplateVersionsCommand */.Ptd({ LaunchTemplateId: templateId, NextToken: token }), call);
            return { items: page.LaunchTemplateVersions, next: page.NextToken };
        }, { what: `DescribeLaunchTemplateVersions of ${templateId}`, code: 'AWS' });
        for (const v of versions) {
            const id = v.LaunchTemplateData?.ImageId;
            if (id !== undefined)
                used.add(id);
        }
    }
    return used;
}
/** The ids of the listed templates that exist in the client's region, one lookup each (one missing name fails a whole batch). */
async function listedTemplateIds(client, listed, call) {
    const lookups = [...listed.ids.map((id) => ({ LaunchTemplateIds: [id] })), ...listed.names.map((name) => ({ LaunchTemplateNames: [name] }))];
    const ids = [];
    for (const input of lookups) {
        try {
            const out = await (0,aws_call/* ec2Call */.T)(client, 'DescribeLaunchTemplates', new dist_cjs/* DescribeLaunchTemplatesCommand */.fmI(input), call);
            for (const lt of out.LaunchTemplates ?? [])
                if (lt.LaunchTemplateId !== undefined)
                    ids.push(lt.LaunchTemplateId);
        }
        catch (e) {
            const code = (0,ec2_errors/* awsErrorCode */.J6)(e.cause);
            if (code === undefined || !TEMPLATE_NOT_FOUND.has(code))
                throw e;
        }
    }
    return ids;
}
/**
 * Deregister an image, then delete its snapshots. A snapshot can stay "in
 * use" for a few seconds after its image is deregistered, so that one error
 * is retried (in the same retry loop as throttling, with its own slower
 * policy); a snapshot already gone is fine.
 */
async function removeImage(client, img, call, inUseDelayMs) {
    await (0,aws_call/* ec2Call */.T)(client, 'DeregisterImage', new dist_cjs/* DeregisterImageCommand */.x2c({ ImageId: img.imageId }), call);
    // 11 tries, waits from inUseDelayMs doubling up to 10x it: about as long as the snapshot ever stays held.
    const inUse = {
        ...call,
        alsoRetryCodes: ['InvalidSnapshot.InUse'],
        retry: {
            attempts: 11,
            baseDelayMs: inUseDelayMs,
            maxDelayMs: inUseDelayMs * 10,
            budgetMs: Math.max((call.retry ?? policy/* EC2_RETRY */.uw).budgetMs, inUseDelayMs * 100),
        },
    };
    for (const snapshotId of img.snapshotIds) {
        try {
            await (0,aws_call/* ec2Call */.T)(client, 'DeleteSnapshot', new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: snapshotId }), inUse);
        }
        catch (e) {
            if ((0,ec2_errors/* awsErrorCode */.J6)(e.cause) !== 'InvalidSnapshot.NotFound')
                throw e;
        }
    }
}

// EXTERNAL MODULE: ./shared/src/retry/backoff.ts
var backoff = __webpack_require__(98874);
// EXTERNAL MODULE: ./shared/src/retry/sleep.ts
var sleep = __webpack_require__(30381);
;// CONCATENATED MODULE: ./shared/src/distribute/machine/ami-waiter.ts
/**
 * Waiting for an AMI to become `available`, written for the faults AMI copies
 * really meet: a fresh copy is invisible for a while (InvalidAMIID.NotFound,
 * up to minutes), DescribeImages gets throttled when many copies are polled,
 * and a copy can end `failed`. Not-found and throttling are waited out; a
 * failed image or an access error ends the wait at once; the whole wait is
 * bounded. Delays come from the project's one backoff (retry/backoff.ts,
 * full jitter under a doubling ceiling, one step further on throttling) on
 * top of a floor of `minDelayMs`, so many waiters do not poll in step, none
 * polls faster than the floor, and none waits longer than `maxDelayMs`.
 */





const DEFAULT_MAX_WAIT_MS = 60 * 60 * 1000;
const FINAL_BAD = new Set(['failed', 'error', 'invalid', 'deregistered', 'disabled']);
async function waitForImageAvailable(client, region, imageId, opts = {}) {
    const now = opts.now ?? Date.now;
    const maxWait = opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    const minDelay = opts.minDelayMs ?? 15_000;
    const maxDelay = opts.maxDelayMs ?? 120_000;
    const grace = opts.notFoundGraceMs ?? 5 * 60_000;
    const start = now();
    // Backoff step: one per poll, one more per throttled answer.
    let step = 0;
    let lastState;
    for (;;) {
        const elapsed = now() - start;
        let state;
        try {
            const out = await client.send(new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [imageId] }), { abortSignal: opts.signal });
            const img = out.Images?.find((i) => i.ImageId === imageId);
            state = img === undefined ? 'not-visible-yet' : (img.State ?? 'pending');
            if (img !== undefined && state === 'available')
                return img;
            if (img !== undefined && FINAL_BAD.has(state)) {
                const reason = img.StateReason?.Message ?? img.StateReason?.Code ?? 'no reason given';
                throw new src_errors/* PipelineError */.zC('AWS', `AMI ${imageId} in ${region} ended in state '${state}': ${reason}`, {
                    hint: 'Look at the source image and its snapshots (size, KMS key access in the destination region), deregister the failed copy, and run again.',
                });
            }
            if (state === 'not-visible-yet' && elapsed > grace)
                throw notVisible(region, imageId, grace);
        }
        catch (e) {
            if (e instanceof src_errors/* PipelineError */.zC)
                throw e;
            if (opts.signal?.aborted === true)
                throw e;
            const kind = (0,ec2_errors/* classifyAwsError */.u3)(e);
            if (kind === 'access')
                throw (0,ec2_errors/* accessError */.$2)('DescribeImages', region, e);
            if (kind === 'not-found') {
                if (elapsed > grace)
                    throw notVisible(region, imageId, grace);
                state = 'not-visible-yet';
            }
            else if (kind === 'throttle' || kind === 'transient') {
                state = `throttled (${(0,ec2_errors/* awsErrorCode */.J6)(e) ?? kind})`;
                step++;
            }
            else
                throw (0,ec2_errors/* awsError */.es)('DescribeImages', region, e);
        }
        lastState = state;
        opts.onProgress?.({ region, imageId, state, elapsedMs: elapsed });
        const wait = minDelay + (0,backoff/* jitteredDelayMs */.C)(step, { baseDelayMs: minDelay, maxDelayMs: Math.max(0, maxDelay - minDelay) });
        if (now() - start + wait > maxWait) {
            throw new src_errors/* PipelineError */.zC('AWS', `AMI ${imageId} in ${region} was still '${lastState}' after ${Math.round((now() - start) / 1000)} s, the most 'max-wait' allows`, {
                input: 'max-wait',
                hint: 'Large or many snapshots take longer to copy: raise max-wait, or re-run: the copy goes on in AWS and a re-run picks it up instead of starting another.',
            });
        }
        await (0,sleep/* sleep */.y)(wait, opts.signal);
        step++;
    }
}
function notVisible(region, imageId, graceMs) {
    return new src_errors/* PipelineError */.zC('AWS', `AMI ${imageId} in ${region} was still not found ${Math.round(graceMs / 1000)} s after it was created`, {
        hint: 'Check that the copy was not deregistered meanwhile, then run again.',
    });
}

;// CONCATENATED MODULE: ./shared/src/distribute/machine/sharing-keys.ts
/**
 * Before an AMI is shared with other accounts: are its snapshots encrypted
 * with the AWS managed EBS key (alias aws/ebs)? Other accounts can never use
 * an AWS managed key, so they would see the image and fail to launch it. The
 * fix is to copy with a customer managed key (`kms-key-ids`) whose key policy
 * lets those accounts use it.
 *
 *   const findings = await inspectSharingKeys({ client, region, imageId, origin: 'copy', copyKmsKeyId });
 *   const warning = sharingKeyWarning(findings, { strict, sourceRegion });   // throws when strict
 *
 * EC2 alone cannot name the key behind alias aws/ebs (GetEbsDefaultKmsKeyId
 * answers `alias/aws/ebs` until the account picks a customer managed default,
 * then that key's ARN; snapshots carry key ARNs). What it does tell for sure:
 * a copy made without a KMS key is encrypted with the region's default key,
 * so while that default is aws/ebs such a copy is certainly under an AWS
 * managed key. Other keys are `unverified` unless a KMS DescribeKey lookup
 * (`keyManager`) is given, which makes every verdict certain. Strict mode
 * fails on certain findings only; unverified ones are warnings.
 */



/** `alias/aws/ebs` or its ARN form: the AWS managed EBS key. */
function isAwsEbsAlias(key) {
    return key === 'alias/aws/ebs' || /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:alias\/aws\/ebs$/.test(key);
}
const isAlias = (key) => key.startsWith('alias/') || /^arn:aws[a-z-]*:kms:[^:]*:\d{12}:alias\//.test(key);
/** The key id of a key ARN or a bare key id; undefined for aliases. */
function keyIdOf(key) {
    if (isAlias(key))
        return undefined;
    const m = /:key\/(.+)$/.exec(key);
    return m !== null ? m[1] : key;
}
const sameKey = (a, b) => {
    const x = keyIdOf(a);
    return x !== undefined && x === keyIdOf(b);
};
/**
 * Pure: which encrypted snapshots are (certainly) or may be (unverified)
 * under the AWS managed EBS key. Unencrypted snapshots and keys known to be
 * customer managed give no finding.
 */
function classifySnapshotKeys(f) {
    const out = [];
    const found = (s, kmsKeyId, certainty, why) => out.push({ region: f.region, imageId: f.imageId, origin: f.origin, snapshotId: s.snapshotId, kmsKeyId, certainty, why });
    const defaultIsAws = f.ebsDefaultKey !== undefined && isAwsEbsAlias(f.ebsDefaultKey);
    const defaultIsCustomer = f.ebsDefaultKey !== undefined && !isAlias(f.ebsDefaultKey);
    for (const s of f.snapshots) {
        if (!s.encrypted)
            continue;
        const key = s.kmsKeyId ?? '(no key reported)';
        const kms = s.kmsKeyId !== undefined ? f.keyManagers?.get(s.kmsKeyId) : undefined;
        if (kms === 'AWS') {
            found(s, key, 'certain', 'KMS reports it as an AWS managed key');
            continue;
        }
        if (kms === 'CUSTOMER')
            continue;
        if (f.origin === 'copy' && f.copyKmsKeyId !== undefined) {
            if (isAwsEbsAlias(f.copyKmsKeyId)) {
                found(s, key, 'certain', `it was copied with the key ${f.copyKmsKeyId}, the AWS managed EBS key`);
                continue;
            }
            // Copied under the key named for this region (an alias cannot be compared with an ARN, and is trusted).
            if (s.kmsKeyId !== undefined && (sameKey(s.kmsKeyId, f.copyKmsKeyId) || isAlias(f.copyKmsKeyId)))
                continue;
        }
        if (s.kmsKeyId !== undefined && defaultIsCustomer && sameKey(s.kmsKeyId, f.ebsDefaultKey))
            continue;
        if (f.origin === 'copy' && f.copyKmsKeyId === undefined && defaultIsAws) {
            found(s, key, 'certain', "it was copied without a KMS key, so EC2 used the region's default EBS key, which is the AWS managed aws/ebs");
            continue;
        }
        const because = defaultIsAws
            ? "the region's default EBS key is the AWS managed aws/ebs, and this key is not one named in kms-key-ids"
            : 'this key is not one named in kms-key-ids nor the default EBS key, and KMS was not asked who manages it';
        found(s, key, 'unverified', because);
    }
    return out;
}
/**
 * The snapshots of one image and their keys (DescribeImages, then
 * DescribeSnapshots: the snapshot is what records its key), the region's
 * default EBS key when a verdict needs it, then classifySnapshotKeys.
 * Needs ec2:DescribeImages, ec2:DescribeSnapshots and, for encrypted images,
 * ec2:GetEbsDefaultKmsKeyId (kms:DescribeKey with a keyManager).
 */
async function inspectSharingKeys(o) {
    const call = o.call ?? {};
    const images = await (0,aws_call/* ec2Call */.T)(o.client, 'DescribeImages', new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [o.imageId] }), call);
    const snapshotIds = (images.Images?.[0]?.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId !== undefined ? [b.Ebs.SnapshotId] : []));
    if (snapshotIds.length === 0)
        return [];
    const described = await (0,aws_call/* ec2Call */.T)(o.client, 'DescribeSnapshots', new dist_cjs/* DescribeSnapshotsCommand */.MmI({ SnapshotIds: snapshotIds }), call);
    const snapshots = (described.Snapshots ?? []).map((s) => ({
        snapshotId: s.SnapshotId ?? '',
        encrypted: s.Encrypted === true,
        ...(s.KmsKeyId !== undefined ? { kmsKeyId: s.KmsKeyId } : {}),
    }));
    if (!snapshots.some((s) => s.encrypted))
        return [];
    const keyManagers = new Map();
    if (o.keyManager !== undefined) {
        for (const key of new Set(snapshots.flatMap((s) => (s.encrypted && s.kmsKeyId !== undefined ? [s.kmsKeyId] : [])))) {
            const m = await o.keyManager(o.region, key);
            if (m !== undefined)
                keyManagers.set(key, m);
        }
    }
    const facts = {
        region: o.region,
        imageId: o.imageId,
        snapshots,
        origin: o.origin,
        ...(o.copyKmsKeyId !== undefined ? { copyKmsKeyId: o.copyKmsKeyId } : {}),
        keyManagers,
    };
    // The default key can only settle or sharpen findings: when there are none without it, it is not asked for.
    const withoutDefault = classifySnapshotKeys(facts);
    if (withoutDefault.length === 0 || withoutDefault.every((f) => f.certainty === 'certain'))
        return withoutDefault;
    const def = await (0,aws_call/* ec2Call */.T)(o.client, 'GetEbsDefaultKmsKeyId', new dist_cjs/* GetEbsDefaultKmsKeyIdCommand */.O8S({}), call);
    return classifySnapshotKeys({ ...facts, ...(def.KmsKeyId !== undefined ? { ebsDefaultKey: def.KmsKeyId } : {}) });
}
/**
 * The warning for a set of findings (undefined when there are none), or, when
 * strict and any finding is certain, a PipelineError saying how to fix it.
 */
function sharingKeyWarning(findings, o) {
    if (findings.length === 0)
        return undefined;
    const who = o.sharedWith.length > 0 ? o.sharedWith.join(', ') : 'other accounts';
    const lines = findings.map((f) => `${f.region} ${f.imageId}: snapshot ${f.snapshotId} is encrypted with ${f.kmsKeyId} (${f.certainty === 'certain' ? '' : 'possibly '}AWS managed: ${f.why})`);
    const copies = [...new Set(findings.filter((f) => f.origin === 'copy').map((f) => f.region))];
    const sources = [...new Set(findings.filter((f) => f.origin === 'source').map((f) => f.region))];
    const fixes = [];
    if (copies.length > 0) {
        fixes.push(`re-encrypt the copies with a customer managed key: add a line per region to kms-key-ids, e.g. ${copies
            .map((r) => `${r}=arn:aws:kms:${r}:<account>:key/<key-id>`)
            .join(' and ')}, whose key policy allows those accounts kms:Decrypt, kms:DescribeKey, kms:CreateGrant and kms:ReEncrypt* (a copy already made under another key is found again by its name, so give the new build a new name or deregister the old copy)`);
    }
    if (sources.length > 0) {
        fixes.push(`the source image in ${sources.join(', ')} is shared as it was built: build it with a customer managed key (Packer's kms_key_id) or share only the copies`);
    }
    const certain = findings.some((f) => f.certainty === 'certain');
    const reason = `sharing with ${who}: ${findings.length} snapshot(s) ${certain ? 'use' : 'may use'} the AWS managed EBS key (alias aws/ebs), which other accounts cannot use, so they could not launch the image`;
    if (o.strict && certain) {
        throw new src_errors/* PipelineError */.zC('INPUT', `${reason}:\n${lines.join('\n')}`, {
            input: 'kms-key-ids',
            hint: `To fix: ${fixes.join('; ')}. strict-sharing: false makes this a warning.`,
        });
    }
    return `${reason}:\n${lines.join('\n')}\nTo fix: ${fixes.join('; ')}.`;
}

// EXTERNAL MODULE: ./shared/src/distribute/machine/launch-template-targets.ts
var launch_template_targets = __webpack_require__(18318);
;// CONCATENATED MODULE: ./shared/src/distribute/machine/launch-templates.ts
/**
 * `launch-templates`: after an AMI is distributed, each listed launch template
 * gets a new version whose only change is that region's AMI id, so teams that
 * launch from the template (or from its default version) pick the image up.
 *
 *   const targets = parseLaunchTemplates(text);                 // pure, errors name the line (launch-template-targets.ts)
 *   const plan = planLaunchTemplates(targets, regions);          // pure, before anything is copied (same module)
 *   const { versions } = await publishLaunchTemplates({ plan, amis, makeDefault, clients });
 *   // versions: [{ region, templateId, name, version, default, imageId, outcome }]
 *
 * Per region and template: the template is looked up (DescribeLaunchTemplates),
 * tagged with the managed tag key so that `keep` never removes an image one of
 * its versions uses (ami-retention.ts), then its $Default and $Latest versions
 * are read. If the default already has the AMI, nothing is made; if the latest
 * has it (an earlier run that did not make it the default), that version is
 * used; otherwise CreateLaunchTemplateVersion with SourceVersion = the default
 * and LaunchTemplateData = { ImageId }: EC2 copies every other field from the
 * source. The one field EC2 does not carry over is a snapshot id in a block
 * device mapping, so mappings that name snapshots (other than the replaced
 * image's own) are sent again. The request carries a ClientToken derived from
 * its content, so a retry after a lost answer never makes a second version.
 * With `makeDefault`, ModifyLaunchTemplate makes the version the default last:
 * a failure leaves a complete version that a re-run picks up.
 */









async function publishLaunchTemplates(o) {
    const input = o.input ?? launch_template_targets/* LAUNCH_TEMPLATES_INPUT */.xs;
    const log = o.log ?? (() => undefined);
    const call = {
        retry: o.retry ?? policy/* EC2_RETRY */.uw,
        ...(o.signal !== undefined ? { signal: o.signal } : {}),
        onRetry: (n, code, ms) => log(`  retry ${n} after ${code}, waiting ${ms} ms`),
    };
    for (const item of o.plan) {
        if (o.amis[item.region] === undefined)
            throw new src_errors/* PipelineError */.zC('INTERNAL', `no AMI id for ${item.region}, where launch template line ${item.target.line} is published`);
    }
    const versions = [];
    // One at a time: few calls each, and a failure stops before later templates, leaving every earlier one complete.
    for (const item of o.plan) {
        const imageId = o.amis[item.region];
        const version = await publishOne(o.clients(item.region), item, imageId, o, input, call, log);
        versions.push(version);
        o.onPublished?.(version);
    }
    return { versions };
}
async function publishOne(client, item, imageId, o, input, call, log) {
    const { region, target } = item;
    const what = target.id ?? target.name ?? '';
    const withContext = (e) => accessInContext(e, target, input);
    try {
        const lt = await findTemplate(client, item, input, call);
        const templateId = lt.LaunchTemplateId ?? '';
        const name = lt.LaunchTemplateName ?? what;
        const managedKey = o.managedTagKey ?? MANAGED_LAUNCH_TEMPLATE_TAG;
        if (managedKey !== '' && !(lt.Tags ?? []).some((t) => t.Key === managedKey)) {
            // Before the new version exists: from now on `keep` spares every image this template uses.
            await (0,aws_call/* ec2Call */.T)(client, 'CreateTags', new dist_cjs/* CreateTagsCommand */.RmG({ Resources: [templateId], Tags: [{ Key: managedKey, Value: 'true' }] }), call);
            log(`[${region}] launch template ${name} (${templateId}) tagged ${managedKey}`);
        }
        const { def, latest } = await defaultAndLatest(client, templateId, call);
        const previousDefault = def.VersionNumber ?? 0;
        const row = (version, isDefault, outcome) => ({
            region,
            templateId,
            name,
            version,
            default: isDefault,
            imageId,
            outcome,
            previousDefault,
        });
        if (def.LaunchTemplateData?.ImageId === imageId) {
            log(`[${region}] launch template ${name}: default version ${previousDefault} already uses ${imageId}`);
            return row(previousDefault, true, 'existing');
        }
        let version;
        let outcome;
        if (latest.LaunchTemplateData?.ImageId === imageId && latest.VersionNumber !== undefined) {
            version = latest.VersionNumber;
            outcome = 'existing';
            log(`[${region}] launch template ${name}: version ${version} already uses ${imageId}`);
        }
        else {
            version = await createVersion(client, templateId, def, imageId, call);
            outcome = 'created';
            log(`[${region}] launch template ${name}: version ${version} created from version ${previousDefault} with ${imageId}`);
        }
        if (!o.makeDefault)
            return row(version, false, outcome);
        await (0,aws_call/* ec2Call */.T)(client, 'ModifyLaunchTemplate', new dist_cjs/* ModifyLaunchTemplateCommand */.ddr({ LaunchTemplateId: templateId, DefaultVersion: String(version) }), call);
        log(`[${region}] launch template ${name}: version ${version} is the default (was ${previousDefault})`);
        return row(version, true, outcome);
    }
    catch (e) {
        throw withContext(e);
    }
}
/** An access error names the template and its line; other errors pass as they are. */
function accessInContext(e, target, input) {
    if (!(0,src_errors/* isPipelineError */.h$)(e) || e.code !== 'AUTH')
        return e;
    return new src_errors/* PipelineError */.zC('AUTH', `${e.reason} (launch template ${target.id ?? target.name ?? ''}, line ${target.line} of '${input}')`, {
        input,
        line: target.line,
        cause: e,
        ...(e.hint !== undefined ? { hint: e.hint } : {}),
    });
}
/**
 * Read-only, before anything is copied: every planned template exists in its
 * region and the credentials may read it (DescribeLaunchTemplates, the same
 * lookup and errors as publishing). So a missing template or permission fails
 * the run before a copy is made or a parameter written. Publishing looks each
 * one up again: a template can still go away in between.
 */
async function preflightLaunchTemplates(o) {
    const input = o.input ?? launch_template_targets/* LAUNCH_TEMPLATES_INPUT */.xs;
    const log = o.log ?? (() => undefined);
    const abort = new AbortController();
    const call = {
        retry: o.retry ?? policy/* EC2_RETRY */.uw,
        signal: abort.signal,
        onRetry: (n, code, ms) => log(`  retry ${n} after ${code}, waiting ${ms} ms`),
    };
    const errors = [];
    await (0,limit/* forEachLimited */.v)(o.plan, o.concurrency ?? 5, async (item, index) => {
        if (abort.signal.aborted)
            return;
        try {
            await findTemplate(o.clients(item.region), item, input, call);
        }
        catch (e) {
            const error = accessInContext(e, item.target, input);
            errors.push({ index, error });
            // Access errors cannot heal by themselves: stop the other look-ups.
            if ((0,src_errors/* isPipelineError */.h$)(error, 'AUTH'))
                abort.abort(error);
        }
    });
    if (errors.length === 0)
        return;
    const auth = errors.find((e) => (0,src_errors/* isPipelineError */.h$)(e.error, 'AUTH'));
    if (auth !== undefined)
        throw auth.error;
    // In plan order (lines, then regions): the first is the one publishing would have met first.
    errors.sort((a, b) => a.index - b.index);
    const first = errors[0];
    if (errors.length === 1 || !(first.error instanceof src_errors/* PipelineError */.zC))
        throw first.error;
    const lines = errors.map((e) => (e.error instanceof src_errors/* PipelineError */.zC ? e.error.describe() : String(e.error)));
    throw new src_errors/* PipelineError */.zC(first.error.code, `${errors.length} launch templates cannot be published:\n${lines.join('\n')}`, {
        input,
        ...(first.error.line !== undefined ? { line: first.error.line } : {}),
        cause: first.error,
        hint: 'Nothing was copied or published yet: fix each line above and run again.',
    });
}
const NOT_FOUND = new Set(['InvalidLaunchTemplateId.NotFound', 'InvalidLaunchTemplateName.NotFoundException', 'InvalidLaunchTemplateId.Malformed']);
async function findTemplate(client, item, input, call) {
    const { region, target } = item;
    const what = target.id !== undefined ? `id ${target.id}` : `name '${target.name ?? ''}'`;
    const missing = (cause) => new src_errors/* PipelineError */.zC('INPUT', `line ${target.line}: no launch template with ${what} exists in ${region}`, {
        input,
        line: target.line,
        ...(cause !== undefined ? { cause } : {}),
        hint: target.region === undefined
            ? `A line without a region is published in every distributed region: create the template in ${region}, or prefix the line with the regions that have it (region:template).`
            : `Check the template's ${target.id !== undefined ? 'id' : 'name'} in ${region} (launch template ids differ per region).`,
    });
    let out;
    try {
        out = await (0,aws_call/* ec2Call */.T)(client, 'DescribeLaunchTemplates', new dist_cjs/* DescribeLaunchTemplatesCommand */.fmI(target.id !== undefined ? { LaunchTemplateIds: [target.id] } : { LaunchTemplateNames: [target.name ?? ''] }), call);
    }
    catch (e) {
        const code = (0,ec2_errors/* awsErrorCode */.J6)(e.cause);
        if (code !== undefined && NOT_FOUND.has(code))
            throw missing(e);
        throw e;
    }
    const lt = out.LaunchTemplates?.find((t) => (target.id !== undefined ? t.LaunchTemplateId === target.id : t.LaunchTemplateName === target.name));
    if (lt?.LaunchTemplateId === undefined)
        throw missing();
    return lt;
}
async function defaultAndLatest(client, templateId, call) {
    const out = await (0,aws_call/* ec2Call */.T)(client, 'DescribeLaunchTemplateVersions', new dist_cjs/* DescribeLaunchTemplateVersionsCommand */.Ptd({ LaunchTemplateId: templateId, Versions: ['$Default', '$Latest'] }), call);
    const versions = out.LaunchTemplateVersions ?? [];
    const def = versions.find((v) => v.DefaultVersion === true);
    const latest = versions.reduce((a, v) => ((v.VersionNumber ?? 0) > (a?.VersionNumber ?? 0) ? v : a), undefined);
    if (def === undefined || latest === undefined)
        throw new src_errors/* PipelineError */.zC('AWS', `DescribeLaunchTemplateVersions of ${templateId} answered without its default version`);
    return { def, latest };
}
async function createVersion(client, templateId, source, imageId, call) {
    const data = { ImageId: imageId };
    const mappings = await mappingsToResend(client, source, call);
    if (mappings !== undefined)
        data.BlockDeviceMappings = mappings;
    const sourceVersion = String(source.VersionNumber ?? '');
    const out = await (0,aws_call/* ec2Call */.T)(client, 'CreateLaunchTemplateVersion', new dist_cjs/* CreateLaunchTemplateVersionCommand */.B_$({
        LaunchTemplateId: templateId,
        SourceVersion: sourceVersion,
        VersionDescription: `image-pipeline: ${imageId} (from version ${sourceVersion})`,
        LaunchTemplateData: data,
        ClientToken: versionClientToken(templateId, sourceVersion, data),
    }), call);
    const n = out.LaunchTemplateVersion?.VersionNumber;
    if (n === undefined)
        throw new src_errors/* PipelineError */.zC('AWS', `CreateLaunchTemplateVersion of ${templateId} answered without a version number`);
    return n;
}
/**
 * Pure: the ClientToken of a new version. The same template, source version
 * and data always give the same token (at most 128 ASCII characters), so EC2
 * answers a retried or repeated request with the version it already made.
 */
function versionClientToken(templateId, sourceVersion, data) {
    const canonical = JSON.stringify({ v: 1, templateId, sourceVersion, data });
    return `ipl-lt-${(0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 60)}`;
}
/**
 * EC2 drops snapshot ids from inherited block device mappings. When the source
 * version names snapshots, its mappings are sent again with them, except
 * snapshots of the image being replaced (its root volume must follow the new
 * image). Undefined: nothing to send, inheritance keeps the mappings as they are.
 */
async function mappingsToResend(client, source, call) {
    const mappings = source.LaunchTemplateData?.BlockDeviceMappings ?? [];
    if (!mappings.some((m) => m.Ebs?.SnapshotId !== undefined))
        return undefined;
    const oldImage = source.LaunchTemplateData?.ImageId;
    const oldSnapshots = new Set();
    if (oldImage !== undefined && oldImage.startsWith('ami-')) {
        try {
            const out = await (0,aws_call/* ec2Call */.T)(client, 'DescribeImages', new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [oldImage] }), call);
            for (const b of out.Images?.[0]?.BlockDeviceMappings ?? [])
                if (b.Ebs?.SnapshotId !== undefined)
                    oldSnapshots.add(b.Ebs.SnapshotId);
        }
        catch (e) {
            // The replaced image is gone: none of the snapshots can be told apart as its own, so all are kept.
            if ((0,ec2_errors/* awsErrorCode */.J6)(e.cause) !== 'InvalidAMIID.NotFound')
                throw e;
        }
    }
    return mappings.map((m) => toRequestMapping(m, oldSnapshots));
}
function toRequestMapping(m, drop) {
    const out = { ...m };
    if (m.Ebs !== undefined) {
        const { SnapshotId, ...ebs } = m.Ebs;
        out.Ebs = SnapshotId !== undefined && !drop.has(SnapshotId) ? { ...ebs, SnapshotId } : ebs;
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(34736);
// EXTERNAL MODULE: ./shared/src/aws/ssm-client.ts
var ssm_client = __webpack_require__(80098);
// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __webpack_require__(1340);
// EXTERNAL MODULE: ./shared/src/distribute/machine/ssm-parameter-names.ts
var ssm_parameter_names = __webpack_require__(64839);
;// CONCATENATED MODULE: ./shared/src/distribute/machine/ssm-parameters.ts
/**
 * Publishing a distributed AMI through Parameter Store: in every region (and
 * every extra account), one String parameter holds that region's AMI id, so
 * launch templates, CloudFormation and Terraform read `resolve:ssm:<name>`
 * instead of a pasted id.
 *
 * What AWS does, and why the steps are these:
 * - PutParameter with `aws:ec2:image` answers 200 before the value is
 *   validated; an AMI the caller cannot see (not available, not shared, no
 *   ec2:DescribeImages) is dropped afterwards without an error anywhere but
 *   EventBridge. So every write is read back (GetParameter) until the new
 *   version holds the id, within a bound, and fails clearly if it never does.
 * - PutParameter with Overwrite makes a new version even for the same value,
 *   so the current value is read first and an equal one is left alone: a
 *   re-run makes no version.
 * - Tags cannot go with Overwrite (ValidationException), and a parameter
 *   whose validation is pending does not exist yet: AddTagsToResource runs
 *   after the read-back.
 * Names are checked before anything runs, with AWS's rules (ssm-parameter-names.ts, SDK-free for the input reader).
 */







/**
 * Reading back an `aws:ec2:image` write: up to 10 looks over about a minute
 * (full jitter under a ceiling doubling from 1 s to 8 s). AWS validates in
 * seconds; a value not current by then was dropped.
 */
const SSM_READBACK = { attempts: 10, baseDelayMs: 1000, maxDelayMs: 8000, budgetMs: 60_000 };
/**
 * Write every region's parameter (in every account), each independently: a
 * region that fails leaves the others written and consistent, and a re-run
 * finds them unchanged. An access error stops the rest at once.
 */
async function publishSsmParameters(a) {
    const regions = Object.keys(a.amis);
    const names = (0,ssm_parameter_names/* checkParameterNames */.mF)(a.template, a.family, regions);
    const jobs = [undefined, ...(a.accounts ?? [])].flatMap((account) => regions.map((region) => ({ region, account })));
    const rows = new Map();
    const errors = [];
    const abort = new AbortController();
    await (0,limit/* forEachLimited */.v)(jobs, a.concurrency ?? 4, async ({ region, account }) => {
        if (abort.signal.aborted)
            return;
        const where = account === undefined ? region : `${region} (account ${account})`;
        try {
            const row = await ssm_parameters_publishOne(a, region, account, names.get(region), a.amis[region], { ...a.call, signal: abort.signal });
            rows.set(`${account ?? ''}/${region}`, row);
            a.onWritten?.(row);
            const what = row.outcome === 'unchanged' ? 'already holds' : row.outcome === 'created' ? 'created with' : 'now holds';
            a.log(`[${where}] SSM parameter ${row.name} ${what} ${row.value} (version ${row.version})`);
        }
        catch (e) {
            errors.push({ where, error: e });
            if ((0,src_errors/* isPipelineError */.h$)(e, 'AUTH'))
                abort.abort(e);
        }
    });
    const auth = errors.find((e) => (0,src_errors/* isPipelineError */.h$)(e.error, 'AUTH'));
    if (auth !== undefined)
        throw auth.error;
    if (errors.length === 1)
        throw errors[0].error;
    if (errors.length > 1) {
        const lines = errors.map((e) => `${e.where}: ${e.error instanceof src_errors/* PipelineError */.zC ? e.error.describe() : String(e.error)}`);
        throw new src_errors/* PipelineError */.zC('AWS', `SSM parameters failed in ${errors.length} places:\n${lines.join('\n')}`, {
            cause: errors[0]?.error,
            hint: 'Fix the cause and run again: parameters already holding the new id are left as they are.',
        });
    }
    return jobs.map(({ region, account }) => rows.get(`${account ?? ''}/${region}`)).filter((r) => r !== undefined);
}
/**
 * Read-only, before anything is copied: in every region (and account) the
 * parameter either does not exist or is one publishing may overwrite
 * (GetParameter, the same check and errors as publishing). So a parameter of
 * another type or data type, or a missing ssm:GetParameter, fails the run
 * before a copy is made. Publishing checks again: a parameter can change in
 * between.
 */
async function preflightSsmParameters(a) {
    const names = (0,ssm_parameter_names/* checkParameterNames */.mF)(a.template, a.family, a.regions);
    const jobs = [undefined, ...(a.accounts ?? [])].flatMap((account) => a.regions.map((region) => ({ region, account })));
    const errors = [];
    const abort = new AbortController();
    await (0,limit/* forEachLimited */.v)(jobs, a.concurrency ?? 4, async ({ region, account }, index) => {
        if (abort.signal.aborted)
            return;
        const name = names.get(region);
        try {
            const current = await currentParameter(a.clients(region, account), name, { ...a.call, signal: abort.signal });
            if (current !== undefined)
                checkCompatible(current, name, region, a.dataType);
        }
        catch (e) {
            errors.push({ index, where: account === undefined ? region : `${region} (account ${account})`, error: e });
            if ((0,src_errors/* isPipelineError */.h$)(e, 'AUTH'))
                abort.abort(e);
        }
    });
    const auth = errors.find((e) => (0,src_errors/* isPipelineError */.h$)(e.error, 'AUTH'));
    if (auth !== undefined)
        throw auth.error;
    errors.sort((x, y) => x.index - y.index);
    if (errors.length === 1)
        throw errors[0].error;
    if (errors.length > 1) {
        const first = errors[0]?.error;
        const lines = errors.map((e) => `${e.where}: ${e.error instanceof src_errors/* PipelineError */.zC ? e.error.describe() : String(e.error)}`);
        throw new src_errors/* PipelineError */.zC(first instanceof src_errors/* PipelineError */.zC ? first.code : 'AWS', `SSM parameters cannot be published in ${errors.length} places:\n${lines.join('\n')}`, {
            cause: first,
            ...(first instanceof src_errors/* PipelineError */.zC && first.input !== undefined ? { input: first.input } : {}),
            hint: 'Nothing was copied or written yet: fix each place above and run again.',
        });
    }
}
async function ssm_parameters_publishOne(a, region, account, name, amiId, call) {
    const client = a.clients(region, account);
    const row = (version, outcome) => ({
        region,
        ...(account !== undefined ? { account } : {}),
        name,
        value: amiId,
        version,
        dataType: a.dataType,
        outcome,
    });
    const current = await currentParameter(client, name, call);
    if (current !== undefined)
        checkCompatible(current, name, region, a.dataType);
    if (current?.Value === amiId) {
        await tag(client, name, a.tags, call);
        return row(current.Version ?? 0, 'unchanged');
    }
    const put = await (0,ssm_client.ssmCall)(client, 'PutParameter', new client_ssm_dist_cjs/* PutParameterCommand */.ihh({ Name: name, Value: amiId, Type: 'String', DataType: a.dataType, Overwrite: true }), call);
    const version = put.Version ?? (current?.Version ?? 0) + 1;
    const taken = await readBack(client, region, name, amiId, version, a, call);
    await tag(client, name, a.tags, call);
    return row(taken.Version ?? version, current === undefined ? 'created' : 'updated');
}
async function currentParameter(client, name, call) {
    try {
        return (await (0,ssm_client.ssmCall)(client, 'GetParameter', new client_ssm_dist_cjs/* GetParameterCommand */.lhy({ Name: name }), call)).Parameter;
    }
    catch (e) {
        if ((0,ec2_errors/* awsErrorCode */.J6)(e.cause) === 'ParameterNotFound')
            return undefined;
        throw e;
    }
}
/** AWS cannot change a parameter to or from aws:ec2:image, nor a String into another type: say so before writing. */
function checkCompatible(p, name, region, dataType) {
    if (p.Type !== undefined && p.Type !== 'String') {
        throw new src_errors/* PipelineError */.zC('INPUT', `SSM parameter ${name} in ${region} is a ${p.Type}; an AMI id goes in a String parameter`, {
            input: ssm_parameter_names/* SSM_PARAMETER_INPUT */.t4,
            hint: 'Choose another name, or delete that parameter (aws ssm delete-parameter) and run again.',
        });
    }
    const has = p.DataType ?? 'text';
    if (has !== dataType && (has === 'aws:ec2:image' || dataType === 'aws:ec2:image')) {
        throw new src_errors/* PipelineError */.zC('INPUT', `SSM parameter ${name} in ${region} has data type ${has}, and ssm-data-type is ${dataType}: AWS cannot change a parameter to or from aws:ec2:image`, {
            input: 'ssm-data-type',
            hint: `Set ssm-data-type: ${has}, or delete the parameter (aws ssm delete-parameter --name ${name}) and run again.`,
        });
    }
}
class NotYet extends Error {
}
/** GetParameter until the new version holds the id, within the read-back policy; one loop, no retry nested in it. */
async function readBack(client, region, name, amiId, version, a, call) {
    const classify = (0,ec2_errors/* ec2Classify */.xF)();
    let last = 'nothing';
    try {
        return await (0,retry/* withRetry */.b)(async () => {
            let p;
            try {
                p = (await client.send(new client_ssm_dist_cjs/* GetParameterCommand */.lhy({ Name: name }), { abortSignal: call.signal })).Parameter;
            }
            catch (e) {
                if ((0,ec2_errors/* awsErrorCode */.J6)(e) !== 'ParameterNotFound')
                    throw e;
                last = 'no parameter';
                throw new NotYet(last);
            }
            if (p?.Value === amiId && (p.Version ?? 0) >= version)
                return p;
            last = `${p?.Value ?? 'no value'} (version ${p?.Version ?? '?'})`;
            throw new NotYet(last);
        }, {
            policy: a.readBack ?? SSM_READBACK,
            classify: (e) => (e instanceof NotYet ? { retry: true, why: 'not current yet' } : classify(e)),
            ...(call.signal !== undefined ? { signal: call.signal } : {}),
        });
    }
    catch (e) {
        if (call.signal?.aborted === true)
            throw e;
        if (e instanceof NotYet) {
            const why = a.dataType === 'aws:ec2:image'
                ? 'AWS validates aws:ec2:image values after PutParameter answers, and dropped this one'
                : 'another writer may have changed it meanwhile';
            throw new src_errors/* PipelineError */.zC('AWS', `SSM parameter ${name} in ${region} did not take ${amiId}: it still shows ${last} after the wait. ${why}`, {
                hint: a.dataType === 'aws:ec2:image'
                    ? 'The AMI must be available to this account in this region, and the credentials need ec2:DescribeImages besides ssm:PutParameter (AWS checks the AMI as the caller). Parameter Store sends the reason as an EventBridge "Parameter Store Change" event; run again once fixed.'
                    : 'Run again; if another job writes the same parameter, give each its own name.',
            });
        }
        if ((0,ec2_errors/* classifyAwsError */.u3)(e) === 'access')
            throw (0,ec2_errors/* accessError */.$2)('GetParameter', region, e, 'ssm');
        throw e instanceof src_errors/* PipelineError */.zC ? e : (0,ec2_errors/* awsError */.es)('GetParameter', region, e, 'ssm');
    }
}
async function tag(client, name, tags, call) {
    if (tags.length === 0)
        return;
    await (0,ssm_client.ssmCall)(client, 'AddTagsToResource', new client_ssm_dist_cjs/* AddTagsToResourceCommand */.X3P({ ResourceType: 'Parameter', ResourceId: name, Tags: [...tags] }), call);
}

// EXTERNAL MODULE: ./shared/src/distribute/machine/ami-options.ts + 1 modules
var ami_options = __webpack_require__(18795);
;// CONCATENATED MODULE: ./shared/src/distribute/machine/ami-distribute.ts
/**
 * Distributing an AMI as dependably as a registry push: copy it to every
 * destination region (a deterministic ClientToken, so a re-run never makes a
 * second copy), wait for each copy with our own waiter, then in every region
 * (the source too) tag the image and its snapshots, share both, set the
 * deprecation time, and apply retention. Regions run concurrently under a
 * cap; an access error stops everything at once, naming the permission.
 * Only when every region has its image available, tagged and shared is the
 * new id published (SSM parameters: ssm-parameters.ts; launch template
 * versions: launch-templates.ts), so nothing points at an image some region
 * does not have yet. Before the first copy, the options (ami-options.ts),
 * names and template regions are checked, and a read-only pre-flight finds
 * what publishing would refuse (a missing template, a parameter of another
 * type, a missing permission).
 */















/** The family of a name: the name without a trailing version, date or build number. */
function familyOf(name) {
    const stripped = name.replace(/[-_. ]v?\d[\w.:-]*$/, '');
    return stripped === '' ? name : stripped;
}
/**
 * Pure: the CopyImage ClientToken. The same source, destination and copy
 * options always give the same token (at most 64 ASCII characters, EC2's
 * limit), so EC2 answers a re-run with the copy it already made.
 */
function copyClientToken(p) {
    const tags = [...p.tags].map((t) => [t.Key ?? '', t.Value ?? '']).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const canonical = JSON.stringify({ v: 1, ami: p.amiId, from: p.sourceRegion, to: p.region, name: p.name, enc: p.encrypted, kms: p.kmsKeyId ?? null, tags });
    return `ipl-${(0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 60)}`;
}
async function distributeAmi(o) {
    (0,ami_options/* validateDistributeOptions */.Q)(o);
    if (o.ssm !== undefined && o.ssmClients === undefined)
        throw new src_errors/* PipelineError */.zC('INTERNAL', 'ssm is set without ssmClients');
    const log = o.log ?? (() => undefined);
    const now = o.now ?? (() => new Date());
    const abort = new AbortController();
    const call = {
        retry: o.retry ?? policy/* EC2_RETRY */.uw,
        signal: abort.signal,
        onRetry: (n, code, ms) => log(`  retry ${n} after ${code}, waiting ${ms} ms`),
    };
    let source = await describeSource(o.clients(o.sourceRegion), o.amiId, o.sourceRegion, call);
    if (source.State !== 'available') {
        log(`Waiting for the source image ${o.amiId} (${source.State ?? 'unknown'}) in ${o.sourceRegion}`);
        source = await waitForImageAvailable(o.clients(o.sourceRegion), o.sourceRegion, o.amiId, {
            ...o.waiter,
            maxWaitMs: o.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
            onProgress: (p) => log(`[${p.region}] ${p.imageId}: ${p.state} (${Math.round(p.elapsedMs / 1000)} s)`),
        });
    }
    const name = source.Name ?? o.amiId;
    const family = o.family ?? familyOf(name);
    if (!name.startsWith(family)) {
        throw new src_errors/* PipelineError */.zC('INPUT', `the image name '${name}' does not start with the family '${family}'`, {
            input: 'ami-family',
            hint: 'Set ami-family to a prefix of the image name.',
        });
    }
    const tags = [
        ...Object.entries(o.amiTags ?? {}).map(([Key, Value]) => ({ Key, Value })),
        { Key: FAMILY_TAG, Value: family },
        { Key: SOURCE_TAG, Value: `${o.sourceRegion}/${o.amiId}` },
    ];
    const deprecateAt = o.deprecateAfterMs !== undefined ? new Date(roundUpToMinute(now().getTime() + o.deprecateAfterMs)) : undefined;
    const targets = [o.sourceRegion, ...o.regions.filter((r, i) => r !== o.sourceRegion && o.regions.indexOf(r) === i)];
    // The family is known now: a name it makes invalid fails here, before the first copy.
    if (o.ssm !== undefined)
        (0,ssm_parameter_names/* checkParameterNames */.mF)(o.ssm.template, family, targets);
    const templatePlan = o.launchTemplates === undefined ? undefined : (0,launch_template_targets/* planLaunchTemplates */.cz)(o.launchTemplates.targets, targets);
    // Read-only, still before the first copy: what publishing would refuse (a missing template, a parameter of another type, a missing permission) stops the run now.
    await preflight(o, { family, targets, templatePlan, call, log });
    log(`Distributing ${o.amiId} (${name}, family '${family}') from ${o.sourceRegion} to ${targets.length - 1} region(s): ${targets.slice(1).join(', ') || 'none'}`);
    const rows = new Map();
    const errors = [];
    await (0,limit/* forEachLimited */.v)(targets, o.concurrency ?? 5, async (region) => {
        if (abort.signal.aborted)
            return;
        try {
            // Listed templates are spared by retention from the first run, before publishing tags them (ListedLaunchTemplates).
            const listed = listedIn(templatePlan, region);
            rows.set(region, await distributeToRegion(o, { region, source, name, family, tags, deprecateAt, call, log, abort: abort.signal, listed }));
        }
        catch (e) {
            errors.push({ region, error: e });
            // Access errors cannot heal by themselves: stop every other region now.
            if ((0,src_errors/* isPipelineError */.h$)(e, 'AUTH'))
                abort.abort(e);
        }
    });
    const firstAuth = errors.find((e) => (0,src_errors/* isPipelineError */.h$)(e.error, 'AUTH'));
    if (firstAuth !== undefined)
        throw firstAuth.error;
    if (errors.length > 0) {
        const first = errors[0];
        if (errors.length === 1)
            throw first.error;
        const lines = errors.map((e) => `${e.region}: ${e.error instanceof src_errors/* PipelineError */.zC ? e.error.describe() : String(e.error)}`);
        throw new src_errors/* PipelineError */.zC('AWS', `distribution failed in ${errors.length} regions:\n${lines.join('\n')}`, {
            cause: first.error,
            hint: 'Fix the cause and run again: copies already made are picked up, not made twice.',
        });
    }
    const ordered = targets.map((r) => rows.get(r)).filter((r) => r !== undefined);
    const amis = Object.fromEntries(ordered.map((r) => [r.region, r.imageId]));
    const result = { amis, rows: ordered, family, name };
    // Publishing comes last: every region's image is available, tagged and shared by now.
    try {
        await publish(o, result, { targets, tags, templatePlan, call, log });
    }
    catch (e) {
        if (o.publishFailure !== 'return' || !(e instanceof src_errors/* PipelineError */.zC))
            throw e;
        result.publishError = e;
    }
    return result;
}
async function preflight(o, p) {
    const { family, targets, templatePlan, call, log } = p;
    if (o.ssm !== undefined && o.ssmClients !== undefined) {
        log(`Checking SSM parameter ${o.ssm.template} in ${targets.length} region(s) before copying`);
        await preflightSsmParameters({ ...o.ssm, family, regions: targets, clients: o.ssmClients, call });
    }
    if (templatePlan !== undefined && templatePlan.length > 0) {
        log(`Checking ${templatePlan.length} launch template(s) before copying`);
        await preflightLaunchTemplates({ plan: templatePlan, clients: o.clients, retry: call.retry ?? policy/* EC2_RETRY */.uw, concurrency: o.concurrency ?? 5, log });
    }
}
async function publish(o, result, p) {
    const { amis, family } = result;
    const { targets, tags, templatePlan, call, log } = p;
    if (o.ssm !== undefined && o.ssmClients !== undefined) {
        log(`Publishing SSM parameter ${o.ssm.template} in ${targets.length} region(s)`);
        const written = [];
        try {
            result.ssmParameters = await publishSsmParameters({
                ...o.ssm,
                amis,
                family,
                tags: tags.map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
                clients: o.ssmClients,
                call,
                log,
                onWritten: (row) => written.push(row),
            });
        }
        catch (e) {
            // The parameters that do hold the new id are reported with the failure (output, summary), in the order a success lists them.
            if (written.length > 0)
                result.ssmParameters = sortRows(written, targets, o.ssm.accounts ?? []);
            throw e;
        }
    }
    if (o.launchTemplates !== undefined && templatePlan !== undefined && templatePlan.length > 0) {
        log(`Publishing ${templatePlan.length} launch template version(s)`);
        const done = [];
        try {
            const published = await publishLaunchTemplates({
                plan: templatePlan,
                amis,
                makeDefault: o.launchTemplates.makeDefault,
                clients: o.clients,
                ...(o.launchTemplateTagKey !== undefined ? { managedTagKey: o.launchTemplateTagKey } : {}),
                retry: call.retry ?? policy/* EC2_RETRY */.uw,
                log,
                onPublished: (v) => done.push(v),
            });
            result.launchTemplateVersions = published.versions;
        }
        catch (e) {
            // As with the parameters: the versions published before the failure are reported with it (output, summary).
            if (done.length > 0)
                result.launchTemplateVersions = done;
            throw e;
        }
    }
}
/** Pure: the job's own account first, then the others in their order; regions in distribution order within each. */
const sortRows = (rows, regions, accounts) => {
    const accountRank = (r) => (r.account === undefined ? -1 : accounts.indexOf(r.account));
    return [...rows].sort((a, b) => accountRank(a) - accountRank(b) || regions.indexOf(a.region) - regions.indexOf(b.region));
};
const listedIn = (plan, region) => {
    const items = (plan ?? []).filter((p) => p.region === region).map((p) => p.target);
    return { ids: items.flatMap((t) => (t.id !== undefined ? [t.id] : [])), names: items.flatMap((t) => (t.name !== undefined ? [t.name] : [])) };
};
async function distributeToRegion(o, j) {
    const started = Date.now();
    const client = o.clients(j.region);
    const isSource = j.region === o.sourceRegion;
    const kmsKeyId = o.kmsKeyIds?.[j.region];
    const encrypted = kmsKeyId !== undefined || o.encrypt === true;
    let imageId = o.amiId;
    let outcome = 'source';
    if (!isSource) {
        const copied = await copyOnce(client, o, j, encrypted, kmsKeyId);
        imageId = copied.imageId;
        outcome = copied.outcome;
        j.log(`[${j.region}] ${outcome === 'copied' ? 'copy started' : 'copy found'}: ${imageId}`);
    }
    const waitOpts = {
        ...o.waiter,
        maxWaitMs: o.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
        signal: j.abort,
        onProgress: (p) => j.log(`[${p.region}] ${p.imageId}: ${p.state} (${Math.round(p.elapsedMs / 1000)} s)`),
    };
    const image = await waitForImageAvailable(client, j.region, imageId, waitOpts);
    const snapshotIds = (image.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId !== undefined ? [b.Ebs.SnapshotId] : []));
    j.log(`[${j.region}] ${imageId} available with ${snapshotIds.length} snapshot(s)`);
    // Tags again after the copy: the source region had none from CopyImage, and a re-run may bring new ones.
    await (0,aws_call/* ec2Call */.T)(client, 'CreateTags', new dist_cjs/* CreateTagsCommand */.RmG({ Resources: [imageId, ...snapshotIds], Tags: j.tags }), { ...j.call, alsoRetry: ['not-found'] });
    // Checked before sharing: with strict-sharing, a region whose snapshots other accounts cannot use is not shared at all.
    if (sharesWithOthers(o)) {
        const warn = o.warn ?? j.log;
        let findings;
        try {
            findings = await inspectSharingKeys({
                client,
                region: j.region,
                imageId,
                origin: isSource ? 'source' : 'copy',
                ...(kmsKeyId !== undefined ? { copyKmsKeyId: kmsKeyId } : {}),
                call: j.call,
            });
        }
        catch (e) {
            // A role without the read permissions the check needs still distributes as before, unless the check was made a gate.
            if (o.strictSharing === true || !(0,src_errors/* isPipelineError */.h$)(e, 'AUTH'))
                throw e;
            warn(`[${j.region}] the default EBS key check was skipped: ${e.message}`);
        }
        const warning = findings === undefined ? undefined : sharingKeyWarning(findings, { strict: o.strictSharing === true, sharedWith: sharedWithOf(o) });
        if (warning !== undefined)
            warn(warning);
    }
    const sharedWith = await share(client, o, imageId, snapshotIds, j.call);
    if (sharedWith.length > 0)
        j.log(`[${j.region}] shared with ${sharedWith.join(', ')}`);
    let deprecateAt;
    if (j.deprecateAt !== undefined) {
        await (0,aws_call/* ec2Call */.T)(client, 'EnableImageDeprecation', new dist_cjs/* EnableImageDeprecationCommand */.cJk({ ImageId: imageId, DeprecateAt: j.deprecateAt }), {
            ...j.call,
            alsoRetry: ['not-found'],
        });
        deprecateAt = j.deprecateAt.toISOString();
    }
    const removed = [];
    const keptInUse = [];
    if (o.keep !== undefined) {
        const family = await listFamily(client, j.family, j.call);
        const inUse = await imagesInManagedLaunchTemplates(client, o.launchTemplateTagKey ?? MANAGED_LAUNCH_TEMPLATE_TAG, j.call, j.listed);
        // The source AMI is never ours to remove, whichever region we are in.
        const candidates = family.filter((i) => !(isSource && i.imageId === o.amiId));
        const plan = planRetention(candidates, imageId, o.keep, inUse);
        for (const img of plan.remove) {
            j.log(`[${j.region}] retention: deregistering ${img.imageId} (${img.name}, ${img.creationDate}) and ${img.snapshotIds.length} snapshot(s)`);
            await removeImage(client, img, j.call, o.waiter?.minDelayMs ?? 2000);
            removed.push({ imageId: img.imageId, name: img.name, snapshotIds: img.snapshotIds });
        }
        for (const img of plan.inUse) {
            j.log(`[${j.region}] retention: keeping ${img.imageId}, a managed launch template uses it`);
            keptInUse.push(img.imageId);
        }
    }
    const firstEbs = image.BlockDeviceMappings?.find((b) => b.Ebs !== undefined)?.Ebs;
    return {
        region: j.region,
        imageId,
        outcome,
        snapshotIds,
        encrypted: firstEbs?.Encrypted ?? false,
        ...(firstEbs?.KmsKeyId !== undefined ? { kmsKeyId: firstEbs.KmsKeyId } : {}),
        sharedWith,
        ...(deprecateAt !== undefined ? { deprecateAt } : {}),
        removed,
        keptInUse,
        seconds: Math.round((Date.now() - started) / 100) / 10,
    };
}
/**
 * CopyImage with the deterministic token. When EC2 refuses because a copy of
 * this name already exists (made by an earlier run with other options, so
 * another token), that copy is reused only if our source tag proves it came
 * from this very AMI.
 */
async function copyOnce(client, o, j, encrypted, kmsKeyId) {
    const token = copyClientToken({ amiId: o.amiId, sourceRegion: o.sourceRegion, region: j.region, name: j.name, encrypted, kmsKeyId, tags: j.tags });
    const before = await findCopy(client, j, o);
    if (before !== undefined)
        return { imageId: before, outcome: 'reused' };
    try {
        const out = await (0,aws_call/* ec2Call */.T)(client, 'CopyImage', new dist_cjs/* CopyImageCommand */.SDF({
            Name: j.name,
            Description: j.source.Description,
            SourceImageId: o.amiId,
            SourceRegion: o.sourceRegion,
            ClientToken: token,
            ...(encrypted ? { Encrypted: true } : {}),
            ...(kmsKeyId !== undefined ? { KmsKeyId: kmsKeyId } : {}),
            TagSpecifications: [
                { ResourceType: 'image', Tags: j.tags },
                { ResourceType: 'snapshot', Tags: j.tags },
            ],
        }), j.call);
        if (out.ImageId === undefined)
            throw new src_errors/* PipelineError */.zC('AWS', `CopyImage to ${j.region} answered without an image id`);
        return { imageId: out.ImageId, outcome: 'copied' };
    }
    catch (e) {
        const code = (0,ec2_errors/* awsErrorCode */.J6)(e.cause);
        if (code === 'InvalidAMIName.Duplicate' || code === 'IdempotentParameterMismatch') {
            const existing = await findCopy(client, j, o);
            if (existing !== undefined)
                return { imageId: existing, outcome: 'reused' };
            throw new src_errors/* PipelineError */.zC('AWS', `an image named '${j.name}' already exists in ${j.region} and was not copied from ${o.amiId}`, {
                cause: e,
                hint: 'Give the new image a unique name (e.g. with a timestamp in the Packer template), or deregister the other image.',
            });
        }
        throw e;
    }
}
/** A copy of this source that an earlier run made, found by name and our source tag. */
async function findCopy(client, j, o) {
    const out = await (0,aws_call/* ec2Call */.T)(client, 'DescribeImages', new dist_cjs/* DescribeImagesCommand */.ji5({
        Owners: ['self'],
        Filters: [
            { Name: 'name', Values: [j.name] },
            { Name: `tag:${SOURCE_TAG}`, Values: [`${o.sourceRegion}/${o.amiId}`] },
        ],
    }), j.call);
    return out.Images?.find((i) => i.State !== 'failed' && i.State !== 'deregistered')?.ImageId;
}
const sharedWithOf = (o) => [...(o.shareAccounts ?? []), ...(o.shareOrganizations ?? []), ...(o.shareOus ?? [])];
const sharesWithOthers = (o) => sharedWithOf(o).length > 0;
async function share(client, o, imageId, snapshotIds, call) {
    const perms = [
        ...(o.shareAccounts ?? []).map((UserId) => ({ UserId })),
        ...(o.shareOrganizations ?? []).map((OrganizationArn) => ({ OrganizationArn })),
        ...(o.shareOus ?? []).map((OrganizationalUnitArn) => ({ OrganizationalUnitArn })),
    ];
    if (perms.length === 0)
        return [];
    await (0,aws_call/* ec2Call */.T)(client, 'ModifyImageAttribute', new dist_cjs/* ModifyImageAttributeCommand */.FE3({ ImageId: imageId, LaunchPermission: { Add: perms } }), {
        ...call,
        alsoRetry: ['not-found'],
    });
    // Snapshots take account ids only; organizations and OUs reach them through the launch permission.
    const accounts = o.shareAccounts ?? [];
    if (accounts.length > 0) {
        for (const SnapshotId of snapshotIds) {
            await (0,aws_call/* ec2Call */.T)(client, 'ModifySnapshotAttribute', new dist_cjs/* ModifySnapshotAttributeCommand */.KD0({ SnapshotId, CreateVolumePermission: { Add: accounts.map((UserId) => ({ UserId })) } }), call);
        }
    }
    return [...(o.shareAccounts ?? []), ...(o.shareOrganizations ?? []), ...(o.shareOus ?? [])];
}
async function describeSource(client, amiId, region, call) {
    try {
        const out = await (0,aws_call/* ec2Call */.T)(client, 'DescribeImages', new dist_cjs/* DescribeImagesCommand */.ji5({ ImageIds: [amiId] }), call);
        const img = out.Images?.[0];
        if (img !== undefined)
            return img;
    }
    catch (e) {
        if ((0,ec2_errors/* awsErrorCode */.J6)(e.cause) !== 'InvalidAMIID.NotFound')
            throw e;
    }
    throw new src_errors/* PipelineError */.zC('INPUT', `AMI ${amiId} was not found in ${region}`, {
        input: 'ami-id',
        hint: "Check 'ami-id' and 'source-region': an AMI id exists in one region only.",
    });
}
const roundUpToMinute = (ms) => Math.ceil(ms / 60_000) * 60_000;


/***/ })

};
