import { runAction } from '../../shared/src/github/action.js';
await runAction('build-image', async () => {});
