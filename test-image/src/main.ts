/** test-image's entry point: the runner's inputs, then test-image/src/run.ts through the one action shape. */
import { main } from '../../shared/src/action/run-action.js';
import { action } from './run.js';

await main(action);
