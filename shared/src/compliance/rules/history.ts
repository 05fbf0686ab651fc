/** Rules read from the build history: CIS Docker 4.7 and 4.9. */
import type { Hit } from '../finding.js';
import { instructionOf } from '../history-step.js';
import type { Rule } from '../rule.js';

const UPDATE = /\b(?:apt-get|apt)\s+(?:-\S+\s+)*update\b/;
const INSTALL = /\b(?:apt-get|apt)\s+(?:-\S+\s+)*(?:install|upgrade|dist-upgrade)\b/;

export const updateAlone: Rule = {
  id: 'CIS-4.7',
  pack: 'cis-docker',
  cis: '4.7',
  title: 'Package index update not alone in a layer',
  severity: 'warning',
  why: 'A cached `apt-get update` layer makes later installs use a stale index and miss security updates.',
  fix: 'Run `apt-get update && apt-get install -y ... && rm -rf /var/lib/apt/lists/*` in one RUN instruction.',
  check(view): Hit[] {
    return view.history.flatMap((h) => {
      const ins = instructionOf(h.createdBy);
      if (ins.keyword !== 'RUN' || !UPDATE.test(ins.args) || INSTALL.test(ins.args)) return [];
      return [
        {
          subject: { kind: 'history', index: h.index, createdBy: h.createdBy },
          expected: 'apt-get update followed by apt-get install in the same RUN',
          got: `RUN ${ins.args.slice(0, 120)}`,
        },
      ];
    });
  },
};

export const addRemote: Rule = {
  id: 'CIS-4.9',
  pack: 'cis-docker',
  cis: '4.9',
  title: 'No ADD of remote URLs',
  severity: 'warning',
  why: 'ADD fetches a URL at build time with no checksum, so the image changes when the remote file does.',
  fix: 'Download with RUN curl/wget and verify a checksum, or use `ADD --checksum=sha256:...`, or COPY a vendored file.',
  check(view): Hit[] {
    return view.history.flatMap((h) => {
      const ins = instructionOf(h.createdBy);
      if (ins.keyword !== 'ADD' || !/(?:^|\s)(?:https?|ftp):\/\//i.test(ins.args) || /--checksum=/.test(ins.args)) return [];
      return [
        {
          subject: { kind: 'history', index: h.index, createdBy: h.createdBy },
          expected: 'COPY of local files, or a download verified by checksum',
          got: `ADD ${ins.args.slice(0, 120)}`,
        },
      ];
    });
  },
};
