/**
 * SARIF 2.1.0 for GitHub code scanning: one run per image and platform, told
 * apart by its category (runAutomationDetails.id), so several images can be
 * uploaded together or one after another without replacing each other's
 * alerts; every rule that ran with a description, help, a helpUri and a
 * `security-severity`; every finding with a physical location, a logical
 * location (the path or field inside the image) and a partial fingerprint
 * that stays the same across runs, so alerts are tracked rather than re-opened.
 *
 * Locations. A finding anchored in the repository (the Dockerfile instruction
 * that made it, the policy test that failed) points there. A finding with no
 * such anchor points INTO THE IMAGE (uriBaseId IMAGE_ROOT for its files, IMAGE
 * for its metadata and packages), never at an unrelated repository line such
 * as `policy.yml:1`. It cannot go without a physical location: GitHub rejects
 * the whole upload when one result has none ("locationFromSarifResult:
 * expected at least one location", github/codeql-action#1738 and #2459) or
 * only a logical one, and its docs list `locations[]`, `physicalLocation`,
 * `artifactLocation.uri` and `region.startLine` as required. A relative path
 * that is no file of the repository is shown as the alert's path and never
 * annotates a line of a pull request.
 */
import type { Finding, Severity, Subject } from '../compliance/finding.js';
import { subjectText } from '../compliance/finding.js';
import type { Report, ReportRule } from './report.js';
import { ruleHelpUri } from './rule-ids/help-uri.js';

/** GitHub maps >= 7.0 to high, >= 4.0 to medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', note: '2.0' };

export interface SarifOptions {
  /** The user's code-scanning category (test-image's `category` input); default: defaultCategory(image, platform). */
  category?: string;
}

const relative = (file: string): string => file.replace(/\\/g, '/').replace(/^\.\//, '');

/** One URI path segment per name: `#`, `%`, spaces and the like are escaped, so the uri is a valid uri-reference. */
const uriPath = (p: string): string => {
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  return parts.length === 0 ? '.' : parts.map(encodeURIComponent).join('/');
};

/**
 * The category when the user gave none: the image as the user named it, without what changes from run to run
 * (a registry tag or digest), plus the platform, so two images, or two platforms of one, never share a category,
 * and the same image keeps its category (and its alerts) run after run.
 */
export function defaultCategory(imageName: string, platform: string): string {
  const file = FILE_SOURCE.exec(imageName);
  const name = file !== null ? imageName.slice(file[0].length) : repositoryOf(imageName);
  const slug = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(-100);
  return `test-image/${slug === '' ? 'image' : slug}/${platform.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

/** How the image sources name themselves (oci/layout.ts, oci/archive.ts); anything else is a registry reference. */
const FILE_SOURCE = /^(?:layout |oci-archive:|docker-archive:)/;

/** A registry reference without its digest and tag: both move with every build (sha-…, 1.2.3), the repository does not. */
function repositoryOf(ref: string): string {
  const name = ref.replace(/@[A-Za-z0-9+._-]+:[0-9a-fA-F]+$/, '');
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

/** runAutomationDetails.id is `category/run-id`; a trailing slash keeps the whole string the category. */
export const automationId = (category: string): string => (category.endsWith('/') ? category : `${category}/`);

function sarifRule(r: ReportRule) {
  return {
    id: r.id,
    name: r.id
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim()
      .replace(/ (\w)/g, (_m, c: string) => c.toUpperCase())
      .replace(/ /g, ''),
    shortDescription: { text: r.title },
    fullDescription: { text: r.why },
    help: { text: `${r.why} Fix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}${r.cis !== undefined ? `\n\nCIS Docker Benchmark ${r.cis}.` : ''}` },
    helpUri: ruleHelpUri(r),
    defaultConfiguration: { level: r.severity },
    properties: {
      tags: ['security', 'container', ...(r.cis !== undefined ? [`CIS-Docker-${r.cis}`] : []), r.pack],
      'security-severity': r.securitySeverity ?? SECURITY_SEVERITY[r.severity],
      precision: 'high',
    },
  };
}

/** Where an unanchored finding is: inside the image, under a base id that says so. */
function imageLocation(s: Subject): { uri: string; uriBaseId: 'IMAGE_ROOT' | 'IMAGE' } {
  switch (s.kind) {
    case 'file':
      return { uri: uriPath(s.path), uriBaseId: 'IMAGE_ROOT' };
    case 'config':
      return { uri: uriPath(`config/${s.field}${s.key !== undefined ? `/${s.key}` : ''}`), uriBaseId: 'IMAGE' };
    case 'history':
      return { uri: uriPath(`history/${s.index + 1}`), uriBaseId: 'IMAGE' };
    case 'manifest':
      return { uri: uriPath(`manifest/${s.field}`), uriBaseId: 'IMAGE' };
    case 'policy':
      return { uri: uriPath(`tests/${s.test}`), uriBaseId: 'IMAGE' };
    case 'resource':
      return { uri: uriPath(`packages/${s.id}`), uriBaseId: 'IMAGE' };
  }
}

function sarifResult(f: Finding, ruleIndex: number) {
  const physicalLocation =
    f.anchor === undefined
      ? { artifactLocation: imageLocation(f.subject), region: { startLine: 1 } }
      : { artifactLocation: { uri: relative(f.anchor.file) }, region: { startLine: f.anchor.line } };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [
      {
        physicalLocation,
        logicalLocations: [{ fullyQualifiedName: subjectText(f.subject), kind: f.subject.kind === 'file' ? 'resource' : 'member' }],
      },
    ],
    partialFingerprints: { 'imagePipelineFinding/v1': f.fingerprint },
    properties: { expected: f.expected, got: f.got, ...(f.expiredIgnore !== undefined ? { expiredIgnore: f.expiredIgnore } : {}) },
  };
}

export function toSarif(report: Report, opts: SarifOptions = {}): object {
  const rules = report.rules;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const category = opts.category ?? defaultCategory(report.image.name, report.image.platform);
  const what = `${report.image.name} (${report.image.platform}, ${report.image.digest})`;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: report.tool.informationUri,
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: automationId(category) },
        // Roots with no uri: the image is no file of the repository or the runner, and a consumer must not resolve these paths there.
        originalUriBaseIds: {
          IMAGE_ROOT: { description: { text: `The root file system of ${what}.` } },
          IMAGE: { description: { text: `The metadata (config, manifest, history) and packages of ${what}.` } },
        },
        results: report.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? 0)),
        properties: { image: report.image.name, digest: report.image.digest, platform: report.image.platform, category },
      },
    ],
  };
}
