/** The built-in rule packs. Ids are stable: policies, ignores and SARIF fingerprints refer to them. */
import type { Rule } from '../rule.js';
import { duplicateIds, emptyPasswords } from './accounts.js';
import { baseNotPinned, layerBudget, sensitiveVolumes, sizeBudget } from './config.js';
import { linkEscapes, packageCaches, setuidFiles, sudoInstalled, unwantedFiles, worldWritableDirs } from './filesystem.js';
import { healthcheck } from './healthcheck.js';
import { addRemote, updateAlone } from './history.js';
import { noSecrets } from './secrets.js';
import { runAsNonRoot } from './user.js';

export const PACKS: Readonly<Record<string, readonly Rule[]>> = {
  'cis-docker': [
    runAsNonRoot,
    healthcheck,
    updateAlone,
    setuidFiles,
    addRemote,
    noSecrets,
    worldWritableDirs,
    emptyPasswords,
    duplicateIds,
    sudoInstalled,
    sensitiveVolumes,
    packageCaches,
    unwantedFiles,
    sizeBudget,
    layerBudget,
    baseNotPinned,
    linkEscapes,
  ],
};

export const DEFAULT_PACKS: readonly string[] = ['cis-docker'];

export const ALL_RULES: readonly Rule[] = Object.values(PACKS).flat();
