import * as core from '@actions/core';
import { PipelineError } from '../../shared/src/errors.js';
import { runAction } from '../../shared/src/github/action.js';

// Placeholder until its issue lands: fail clearly rather than pretend.
await runAction('test-image', async () => {
  core.info('test-image is part of image-pipeline but is not implemented yet.');
  throw new PipelineError('NOT_IMPLEMENTED', 'test-image is not implemented yet', { hint: 'Use build-image for now; this action arrives with its own issue.' });
});
