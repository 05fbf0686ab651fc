/**
 * examples/ami/iam-policy.json cannot drift from the code: every AWS SDK
 * command that shared/src sends to EC2, Systems Manager or STS (found by
 * parsing the imports, static and `await import(...)`, with TypeScript's
 * parser) maps to an IAM action (ec2:CopyImage for CopyImageCommand) that an
 * Allow statement of the policy grants. A new SDK client in shared/src fails
 * here until it is mapped to an IAM service or listed as outside the AMI role.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** The SDK clients the AMI pipeline's role calls, and their IAM service prefix. */
const IAM_PREFIX: Record<string, string> = { 'client-ec2': 'ec2', 'client-ssm': 'ssm', 'client-sts': 'sts' };
/** Clients used by other steps with other credentials: ECR's token is registry-auth's (container images). */
const NOT_THE_AMI_ROLE = new Set(['client-ecr', 'client-ecr-public']);

interface Use {
  client: string;
  command: string;
  file: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.isFile() && p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every `...Command` imported from an @aws-sdk/client-* module, statically or by a destructured `await import()`. */
function sdkCommandsOf(file: string, text: string): { uses: Use[]; unreadable: string[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const unreadable: string[] = [];
  const clientOf = (spec: string): string | undefined => /^@aws-sdk\/(client-[a-z0-9-]+)$/.exec(spec)?.[1];
  const add = (client: string, names: string[]) => {
    for (const command of names) if (command.endsWith('Command')) uses.push({ client, command, file });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const client = clientOf(node.moduleSpecifier.text);
      const bindings = node.importClause?.namedBindings;
      if (client !== undefined && node.importClause?.isTypeOnly !== true) {
        if (bindings !== undefined && ts.isNamedImports(bindings))
          add(
            client,
            bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text),
          );
        else if (bindings !== undefined) unreadable.push(`${file}: import * from @aws-sdk/${client}`);
      }
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      const client = arg !== undefined && ts.isStringLiteral(arg) ? clientOf(arg.text) : undefined;
      if (client !== undefined) {
        const decl = ts.isAwaitExpression(node.parent) ? node.parent.parent : undefined;
        if (decl !== undefined && ts.isVariableDeclaration(decl) && ts.isObjectBindingPattern(decl.name))
          add(
            client,
            decl.name.elements.map((e) => (e.propertyName !== undefined && ts.isIdentifier(e.propertyName) ? e.propertyName : e.name).getText(sf)),
          );
        else unreadable.push(`${file}: import('@aws-sdk/${client}') not destructured`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { uses, unreadable };
}

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
}

/** IAM action names are case-insensitive and may end in or hold `*`. */
function grants(statements: readonly Statement[], action: string): Statement | undefined {
  return statements.find((s) => {
    if (s.Effect !== 'Allow') return false;
    const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
    return actions.some((a) =>
      new RegExp(
        `^${a
          .split('*')
          .map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('.*')}$`,
        'i',
      ).test(action),
    );
  });
}

/** The IAM actions the code needs that the policy does not grant. */
function missingActions(uses: readonly Use[], statements: readonly Statement[]): string[] {
  const needed = new Set(uses.flatMap((u) => (IAM_PREFIX[u.client] !== undefined ? [`${IAM_PREFIX[u.client]}:${u.command.replace(/Command$/, '')}`] : [])));
  return [...needed].filter((a) => grants(statements, a) === undefined).sort();
}

const policy = JSON.parse(readFileSync('examples/ami/iam-policy.json', 'utf8')) as { Version: string; Statement: Statement[] };
const scanned = tsFiles('shared/src').map((f) => sdkCommandsOf(f, readFileSync(f, 'utf8')));
const uses = scanned.flatMap((s) => s.uses);

describe('examples/ami/iam-policy.json grants what the code calls', () => {
  it('every AWS SDK import in shared/src is one the scan can read', () => {
    expect(scanned.flatMap((s) => s.unreadable)).toEqual([]);
  });

  it('the scan finds the calls of distribution, publishing and the checks (it is not vacuous)', () => {
    const actions = new Set(uses.map((u) => `${u.client}:${u.command}`));
    for (const a of [
      'client-ec2:CopyImageCommand',
      'client-ec2:GetEbsDefaultKmsKeyIdCommand',
      'client-ec2:CreateLaunchTemplateVersionCommand',
      'client-ec2:ModifyLaunchTemplateCommand',
      'client-ssm:PutParameterCommand',
      'client-ssm:AddTagsToResourceCommand',
      'client-sts:AssumeRoleCommand',
      'client-ecr:GetAuthorizationTokenCommand',
    ])
      expect(actions).toContain(a);
  });

  it('every SDK client in shared/src is mapped to an IAM service or declared outside the AMI role', () => {
    const clients = [...new Set(uses.map((u) => u.client))].sort();
    expect(clients.filter((c) => IAM_PREFIX[c] === undefined && !NOT_THE_AMI_ROLE.has(c))).toEqual([]);
  });

  it('every EC2, SSM and STS command maps to an action an Allow statement grants', () => {
    expect(missingActions(uses, policy.Statement)).toEqual([]);
  });

  it('sts:AssumeRole (ssm-role-arn) sits in its own optional statement, scoped to a role', () => {
    const s = grants(policy.Statement, 'sts:AssumeRole');
    expect(s?.Sid).toMatch(/^Optional/);
    expect(s?.Action).toEqual(['sts:AssumeRole']);
    expect(s?.Resource).toMatch(/^arn:aws:iam::\d{12}:role\//);
  });

  it('the parameters statement is scoped to the names the example writes', () => {
    const s = grants(policy.Statement, 'ssm:PutParameter');
    expect(s?.Resource).toBe('arn:aws:ssm:*:111122223333:parameter/images/*');
  });

  it('the check catches a dropped action, a Deny and matches wildcards', () => {
    const without = policy.Statement.map((s) => ({
      ...s,
      Action: (Array.isArray(s.Action) ? s.Action : [s.Action]).filter((a) => a !== 'ec2:ModifyLaunchTemplate'),
    }));
    expect(missingActions(uses, without)).toEqual(['ec2:ModifyLaunchTemplate']);
    const denied = policy.Statement.map((s) => (s.Sid === 'PublishParameters' ? { ...s, Effect: 'Deny' } : s));
    expect(missingActions(uses, denied)).toEqual(['ssm:AddTagsToResource', 'ssm:GetParameter', 'ssm:PutParameter']);
    expect(grants([{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }], 'ec2:describeimages')).toBeDefined();
    expect(grants([{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }], 'ec2:CopyImage')).toBeUndefined();
  });

  it('the parser reads static, aliased, type-only and destructured dynamic imports', () => {
    const text = [
      "import { CopyImageCommand, DescribeImagesCommand as Describe, type CreateTagsCommand, EC2Client } from '@aws-sdk/client-ec2';",
      "import type { PutParameterCommand } from '@aws-sdk/client-ssm';",
      "const { STSClient, AssumeRoleCommand: Assume } = await import('@aws-sdk/client-sts');",
      "const mod = await import('@aws-sdk/client-kms');",
    ].join('\n');
    const r = sdkCommandsOf('x.ts', text);
    expect(r.uses.map((u) => `${u.client}:${u.command}`)).toEqual([
      'client-ec2:CopyImageCommand',
      'client-ec2:DescribeImagesCommand',
      'client-sts:AssumeRoleCommand',
    ]);
    expect(r.unreadable).toEqual(["x.ts: import('@aws-sdk/client-kms') not destructured"]);
  });
});
