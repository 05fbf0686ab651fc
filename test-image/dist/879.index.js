export const id = 879;
export const ids = [879];
export const modules = {

/***/ 70879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateMachineImagePolicy: () => (/* binding */ validateMachineImagePolicy)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
;// CONCATENATED MODULE: ./shared/src/compliance/machine/machine-policy-schema.ts
/**
 * JSON Schema of the `machineImage:` policy section. The same object is
 * checked in as machine-policy.schema.json for editors; a unit test keeps the
 * two equal.
 */
const machinePolicySchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://image-pipeline.dev/schemas/machine-policy.schema.json',
    title: 'machineImage policy section',
    description: 'Static checks of an AMI read through the EC2 API.',
    type: 'object',
    additionalProperties: false,
    properties: {
        encryption: {
            type: 'object',
            additionalProperties: false,
            properties: {
                required: { type: 'boolean', default: true, description: 'Every EBS snapshot of the image is encrypted.' },
                kmsKeyIds: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Allowed KMS keys (ARN or key id) of the snapshots.' },
            },
        },
        imdsSupport: { enum: ['v2.0', 'any'], default: 'v2.0', description: 'v2.0: instances from the image must use IMDSv2.' },
        enaSupport: { type: 'boolean', default: true, description: 'ENA networking enabled.' },
        bootMode: { type: 'array', minItems: 1, items: { enum: ['uefi', 'legacy-bios', 'uefi-preferred'] }, description: 'Allowed boot modes.' },
        architecture: {
            type: 'array',
            minItems: 1,
            items: { enum: ['x86_64', 'arm64', 'i386', 'x86_64_mac', 'arm64_mac'] },
            description: 'Allowed architectures.',
        },
        tpmSupport: { enum: ['v2.0', 'any'], description: 'v2.0: NitroTPM required.' },
        public: { type: 'boolean', default: false, description: 'Whether the image or its snapshots may be public.' },
        allowedShareAccounts: {
            type: 'array',
            items: { type: 'string', pattern: '^\\d{12}$' },
            description: 'Accounts the image and snapshots may be shared with; others are flagged.',
        },
        requiredTags: {
            type: 'array',
            items: {
                oneOf: [
                    { type: 'string', minLength: 1 },
                    {
                        type: 'object',
                        additionalProperties: false,
                        required: ['key'],
                        properties: { key: { type: 'string', minLength: 1 }, value: { type: 'string' }, pattern: { type: 'string' } },
                    },
                ],
            },
            description: 'Tags the image must carry: a key, or a key with a value or a pattern.',
        },
        deprecation: {
            type: 'object',
            additionalProperties: false,
            properties: {
                required: { type: 'boolean', default: true },
                maxDays: { type: 'integer', minimum: 1, description: 'The deprecation time is at most this many days away.' },
            },
        },
        severity: {
            type: 'object',
            additionalProperties: { enum: ['error', 'warning', 'note', 'off'] },
            description: 'Per rule id (ami/...): another severity, or off.',
        },
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/machine/machine-policy.ts
/**
 * The `machineImage:` section of the policy file: what a compliant AMI looks
 * like. Types here, the JSON Schema in machine-policy-schema.ts (published
 * as machine-policy.schema.json), validation with ajv in
 * validateMachineImagePolicy. Defaults are the strict choice: encrypted,
 * IMDSv2 only, ENA, not public, deprecation set.
 */



let validator;
/**
 * Check the raw `machineImage:` value of a loaded policy. `lineOf` (from the
 * policy loader) lets the error point at the offending line.
 */
function validateMachineImagePolicy(raw, where = {}) {
    if (raw === undefined || raw === null)
        return {};
    validator ??= new ajv.Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(machinePolicySchema);
    if (validator(raw)) {
        const policy = raw;
        for (const [i, t] of (policy.requiredTags ?? []).entries()) {
            if (typeof t === 'object' && t.pattern !== undefined) {
                try {
                    new RegExp(t.pattern);
                }
                catch (e) {
                    throw policyError(`machineImage.requiredTags[${i}].pattern is not a valid regular expression: ${e.message}`, ['machineImage', 'requiredTags', i], where);
                }
            }
        }
        return policy;
    }
    const first = (validator.errors ?? [])[0];
    const path = (first?.instancePath ?? '').split('/').filter((s) => s !== '');
    const at = path.length > 0 ? `machineImage.${path.join('.')}` : 'machineImage';
    const detail = first?.keyword === 'additionalProperties'
        ? `has an unknown field '${String(first.params.additionalProperty)}'`
        : (first?.message ?? 'is invalid');
    const allowed = first?.keyword === 'enum' ? ` (allowed: ${(first.params.allowedValues ?? []).join(', ')})` : '';
    throw policyError(`${at} ${detail}${allowed}`, ['machineImage', ...path.map((p) => (/^\d+$/.test(p) ? Number(p) : p))], where);
}
function policyError(message, path, where) {
    const line = where.lineOf?.(path);
    return new errors/* PipelineError */.zC('POLICY', message, {
        ...(where.file !== undefined ? { file: where.file } : {}),
        ...(line !== undefined ? { line } : {}),
        hint: 'See schema/machine-policy.schema.json for the fields of machineImage.',
    });
}


/***/ })

};
