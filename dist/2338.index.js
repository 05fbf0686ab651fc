export const id = 2338;
export const ids = [2338];
export const modules = {

/***/ 32338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MACHINE_IMAGE_RULES: () => (/* binding */ MACHINE_IMAGE_RULES),
/* harmony export */   checkMachineImage: () => (/* binding */ checkMachineImage)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _aws_aws_call_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4465);
/* harmony import */ var _aws_ec2_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5175);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85466);
/**
 * Static compliance of an AMI, read through the EC2 API (nothing is
 * launched): encryption and KMS keys of every EBS snapshot, IMDSv2, ENA, boot
 * mode, architecture, TPM, public or over-wide sharing of the image and its
 * snapshots, required tags, deprecation. Facts are gathered at the edge
 * (gatherImageFacts); the checks are one pure function over them, each
 * saying "expected X, got Y".
 */





const MACHINE_IMAGE_RULES = [
    rule('ami/state', 'error', 'Image is available', 'A pending or failed image cannot be launched or checked fully.', 'Wait for the copy to finish or rebuild the image.'),
    rule('ami/ebs-encrypted', 'error', 'EBS snapshots are encrypted', 'Unencrypted snapshots expose disk contents to anyone who can copy them.', 'Build with encrypt_boot = true, or copy with Encrypted and a KMS key.'),
    rule('ami/kms-key', 'error', 'Snapshots use an approved KMS key', 'The key decides who can launch the image and read its data.', 'Copy the image with one of the approved KMS keys (kms-key-ids).'),
    rule('ami/imds-v2', 'error', 'IMDSv2 required', 'IMDSv1 lets SSRF bugs read instance credentials.', 'Set imds_support = "v2.0" in the Packer source (or ModifyImageAttribute ImdsSupport).'),
    rule('ami/ena', 'warning', 'ENA enabled', 'Current instance types need ENA networking.', 'Set ena_support = true in the Packer source.'),
    rule('ami/boot-mode', 'error', 'Boot mode as the policy says', 'Boot mode decides Secure Boot and which instance types can launch it.', 'Set boot_mode in the Packer source.'),
    rule('ami/architecture', 'error', 'Architecture as the policy says', 'An image for the wrong architecture will not launch where it is meant to.', 'Build from a source AMI of the right architecture.'),
    rule('ami/tpm', 'error', 'NitroTPM enabled', 'Measured boot and key sealing need a TPM.', 'Set tpm_support = "v2.0" (with boot_mode uefi) in the Packer source.'),
    rule('ami/image-public', 'error', 'Image is not public', 'A public image can be launched by anyone, with whatever it contains.', 'Remove the launch permission group all (ModifyImageAttribute).'),
    rule('ami/snapshot-public', 'error', 'Snapshots are not public', 'A public snapshot lets anyone read the disk.', 'Remove createVolumePermission group all (ModifySnapshotAttribute).'),
    rule('ami/shared-outside', 'error', 'Shared only with allowed accounts', 'Sharing beyond the allowed accounts leaks the image.', 'Remove the extra launch or volume permissions, or add the account to allowedShareAccounts.'),
    rule('ami/required-tag', 'warning', 'Required tags present', 'Tags drive cost allocation, ownership and retention.', 'Add the tag (ami-tags input of distribute-image, or tags in the Packer source).'),
    rule('ami/deprecation', 'warning', 'Deprecation time set', 'Without one, stale images stay in launch lists forever.', 'Set deprecate-after in distribute-image or deprecate_at in the Packer source.'),
];
function rule(id, severity, title, why, fix) {
    return { id, pack: 'machine-image', title, severity, why, fix };
}
const defaultSeverity = new Map(MACHINE_IMAGE_RULES.map((r) => [r.id, r.severity]));
/** Pure: every finding for one image under one policy. */
function evaluateMachineImage(f, policy, now = new Date()) {
    const out = [];
    const img = `${f.region}/${f.imageId}`;
    const add = (ruleId, resource, expected, got, what) => {
        const override = policy.severity?.[ruleId];
        if (override === 'off')
            return;
        out.push({
            ruleId,
            severity: override ?? defaultSeverity.get(ruleId) ?? 'error',
            resource,
            expected,
            got,
            message: `${what} of ${resource}: expected ${expected}, got ${got}`,
        });
    };
    if (f.state !== 'available')
        add('ami/state', img, 'available', f.state, 'state');
    const enc = policy.encryption ?? {};
    for (const s of f.snapshots) {
        const res = `${f.region}/${s.snapshotId} (${s.deviceName})`;
        if ((enc.required ?? true) && !s.encrypted)
            add('ami/ebs-encrypted', res, 'encrypted', 'not encrypted', 'encryption');
        if (enc.kmsKeyIds !== undefined && enc.kmsKeyIds.length > 0 && s.encrypted && !enc.kmsKeyIds.some((k) => sameKey(k, s.kmsKeyId))) {
            add('ami/kms-key', res, `one of ${enc.kmsKeyIds.join(', ')}`, s.kmsKeyId ?? 'no key', 'KMS key');
        }
        if (policy.public !== true && s.volumePermissions.some((p) => p.group === 'all'))
            add('ami/snapshot-public', res, 'private', 'public (createVolumePermission group all)', 'visibility');
        if (policy.allowedShareAccounts !== undefined) {
            const extra = s.volumePermissions.flatMap((p) => (p.userId !== undefined && !policy.allowedShareAccounts?.includes(p.userId) ? [p.userId] : []));
            if (extra.length > 0)
                add('ami/shared-outside', res, `shared with ${policy.allowedShareAccounts.join(', ') || 'no account'} at most`, `also shared with ${extra.join(', ')}`, 'sharing');
        }
    }
    if ((policy.imdsSupport ?? 'v2.0') === 'v2.0' && f.imdsSupport !== 'v2.0')
        add('ami/imds-v2', img, 'imdsSupport v2.0', f.imdsSupport ?? 'not set (IMDSv1 allowed)', 'IMDS support');
    if ((policy.enaSupport ?? true) && f.enaSupport !== true)
        add('ami/ena', img, 'enaSupport true', String(f.enaSupport ?? false), 'ENA support');
    if (policy.bootMode !== undefined && !policy.bootMode.includes((f.bootMode ?? '')))
        add('ami/boot-mode', img, `boot mode ${policy.bootMode.join(' or ')}`, f.bootMode ?? 'not set', 'boot mode');
    if (policy.architecture !== undefined && !policy.architecture.includes((f.architecture ?? ''))) {
        add('ami/architecture', img, `architecture ${policy.architecture.join(' or ')}`, f.architecture ?? 'not set', 'architecture');
    }
    if (policy.tpmSupport === 'v2.0' && f.tpmSupport !== 'v2.0')
        add('ami/tpm', img, 'tpmSupport v2.0', f.tpmSupport ?? 'not set', 'TPM support');
    if (policy.public !== true && (f.public || f.launchPermissions.some((p) => p.group === 'all')))
        add('ami/image-public', img, 'private', 'public (launch permission group all)', 'visibility');
    if (policy.allowedShareAccounts !== undefined) {
        const extra = f.launchPermissions.flatMap((p) => (p.userId !== undefined && !policy.allowedShareAccounts?.includes(p.userId) ? [p.userId] : []));
        const wide = f.launchPermissions.flatMap((p) => [p.organizationArn, p.organizationalUnitArn].filter((x) => x !== undefined));
        if (extra.length > 0 || wide.length > 0)
            add('ami/shared-outside', img, `shared with ${policy.allowedShareAccounts.join(', ') || 'no account'} at most`, `also shared with ${[...extra, ...wide].join(', ')}`, 'sharing');
    }
    for (const t of policy.requiredTags ?? []) {
        const req = typeof t === 'string' ? { key: t } : t;
        const got = f.tags[req.key];
        if (got === undefined)
            add('ami/required-tag', img, `tag ${req.key}${req.value !== undefined ? `=${req.value}` : ''}`, 'no such tag', `tag ${req.key}`);
        else if (req.value !== undefined && got !== req.value)
            add('ami/required-tag', img, `${req.key}=${req.value}`, `${req.key}=${got}`, `tag ${req.key}`);
        else if (req.pattern !== undefined && !new RegExp(`^(?:${req.pattern})$`).test(got))
            add('ami/required-tag', img, `${req.key} matching /${req.pattern}/`, `${req.key}=${got}`, `tag ${req.key}`);
    }
    const dep = policy.deprecation ?? {};
    if (dep.required ?? true) {
        if (f.deprecationTime === undefined)
            add('ami/deprecation', img, 'a deprecation time', 'none', 'deprecation');
        else if (dep.maxDays !== undefined) {
            const days = (Date.parse(f.deprecationTime) - now.getTime()) / 86_400_000;
            if (days > dep.maxDays)
                add('ami/deprecation', img, `deprecation within ${dep.maxDays} days`, `${f.deprecationTime} (${Math.ceil(days)} days away)`, 'deprecation');
        }
    }
    return out;
}
/** A key given as an id matches the same key's ARN, and the reverse. */
function sameKey(want, got) {
    if (got === undefined)
        return false;
    if (want === got)
        return true;
    const id = (k) => (k.startsWith('arn:') ? k.slice(k.lastIndexOf('/') + 1) : k);
    return !want.includes('alias/') && id(want) === id(got);
}
/** Read everything the checks need about one image: 2 + 2 per snapshot requests. */
async function gatherImageFacts(clients, region, imageId, call = {}) {
    const client = clients(region);
    let images;
    try {
        images = await (0,_aws_aws_call_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Call */ .T)(client, 'DescribeImages', new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DescribeImagesCommand */ .ji5({ ImageIds: [imageId] }), call);
    }
    catch (e) {
        if ((0,_aws_ec2_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsErrorCode */ .J6)(e.cause) === 'InvalidAMIID.NotFound') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `AMI ${imageId} was not found in ${region}`, {
                input: 'image',
                hint: 'Check the AMI id and its region (ami-id / amis output of build-image).',
            });
        }
        throw e;
    }
    const image = images.Images?.[0];
    if (image === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `AMI ${imageId} was not found in ${region}`, { input: 'image' });
    const perms = await (0,_aws_aws_call_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Call */ .T)(client, 'DescribeImageAttribute', new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DescribeImageAttributeCommand */ .OkE({ ImageId: imageId, Attribute: 'launchPermission' }), call);
    const ebs = (image.BlockDeviceMappings ?? []).flatMap((b) => b.Ebs?.SnapshotId !== undefined
        ? [{ deviceName: b.DeviceName ?? '?', snapshotId: b.Ebs.SnapshotId, encrypted: b.Ebs.Encrypted ?? false, kmsKeyId: b.Ebs.KmsKeyId }]
        : []);
    const snaps = ebs.length === 0
        ? undefined
        : await (0,_aws_aws_call_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Call */ .T)(client, 'DescribeSnapshots', new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DescribeSnapshotsCommand */ .MmI({ SnapshotIds: ebs.map((s) => s.snapshotId) }), call);
    const snapshots = [];
    for (const s of ebs) {
        const described = snaps?.Snapshots?.find((x) => x.SnapshotId === s.snapshotId);
        const attr = await (0,_aws_aws_call_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Call */ .T)(client, 'DescribeSnapshotAttribute', new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DescribeSnapshotAttributeCommand */ .x0J({ SnapshotId: s.snapshotId, Attribute: 'createVolumePermission' }), call);
        const kmsKeyId = described?.KmsKeyId ?? s.kmsKeyId;
        snapshots.push({
            snapshotId: s.snapshotId,
            deviceName: s.deviceName,
            encrypted: described?.Encrypted ?? s.encrypted,
            ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
            volumePermissions: (attr.CreateVolumePermissions ?? []).map((p) => ({
                ...(p.UserId !== undefined ? { userId: p.UserId } : {}),
                ...(p.Group !== undefined ? { group: p.Group } : {}),
            })),
        });
    }
    const opt = (k, v) => (v === undefined ? {} : { [k]: v });
    return {
        region,
        imageId,
        name: image.Name ?? '',
        state: image.State ?? 'unknown',
        ...opt('architecture', image.Architecture),
        ...opt('bootMode', image.BootMode),
        ...opt('enaSupport', image.EnaSupport),
        ...opt('imdsSupport', image.ImdsSupport),
        ...opt('tpmSupport', image.TpmSupport),
        public: image.Public ?? false,
        launchPermissions: (perms.LaunchPermissions ?? []).map((p) => ({
            ...opt('userId', p.UserId),
            ...opt('group', p.Group),
            ...opt('organizationArn', p.OrganizationArn),
            ...opt('organizationalUnitArn', p.OrganizationalUnitArn),
        })),
        tags: Object.fromEntries((image.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
        ...opt('deprecationTime', image.DeprecationTime),
        snapshots,
    };
}
async function checkMachineImage(clients, opts) {
    const call = { retry: opts.retry ?? _retry_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .EC2_RETRY */ .uw };
    const images = [];
    const findings = [];
    for (const target of opts.images) {
        const facts = await gatherImageFacts(clients, target.region, target.imageId, call);
        images.push(facts);
        findings.push(...evaluateMachineImage(facts, opts.policy, opts.now));
    }
    return { findings, images, passed: !findings.some((f) => f.severity === 'error'), rules: MACHINE_IMAGE_RULES };
}


/***/ })

};
