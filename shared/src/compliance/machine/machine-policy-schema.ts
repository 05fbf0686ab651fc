/**
 * JSON Schema of the `machineImage:` policy section. The same object is
 * checked in as machine-policy.schema.json for editors; a unit test keeps the
 * two equal.
 */
export const machinePolicySchema = {
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
} as const;
