/**
 * The rules the reports describe for failed container-structure-tests, one per
 * test kind. Constants only: the report (shared/src/report/report.ts) reads
 * them without loading the check itself (check-image.ts, the layer scan).
 */
import type { RuleInfo, TestOutcome } from '../finding.js';

/** The rules reports describe for failed container-structure-tests. */
export const CST_RULES: Record<TestOutcome['kind'], RuleInfo> = {
  command: {
    id: 'CST-command',
    pack: 'container-structure-test',
    title: 'Command test',
    severity: 'error',
    why: 'A command test in the policy file failed.',
    fix: 'Fix the image or the test in the policy file.',
  },
  fileExistence: {
    id: 'CST-file-existence',
    pack: 'container-structure-test',
    title: 'File existence test',
    severity: 'error',
    why: 'A file existence test in the policy file failed.',
    fix: 'Fix the image or the test in the policy file.',
  },
  fileContent: {
    id: 'CST-file-content',
    pack: 'container-structure-test',
    title: 'File content test',
    severity: 'error',
    why: 'A file content test in the policy file failed.',
    fix: 'Fix the image or the test in the policy file.',
  },
  metadata: {
    id: 'CST-metadata',
    pack: 'container-structure-test',
    title: 'Metadata test',
    severity: 'error',
    why: 'The metadata test in the policy file failed.',
    fix: 'Fix the image config or the test in the policy file.',
  },
  license: {
    id: 'CST-license',
    pack: 'container-structure-test',
    title: 'License test',
    severity: 'error',
    why: 'A license test in the policy file failed.',
    fix: 'Fix the image or the test in the policy file.',
  },
};
