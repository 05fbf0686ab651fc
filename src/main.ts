/** image-pipeline's entry point (build -> test -> distribute in one step): src/run.ts through the one action shape. */
import { main } from '../shared/src/action/run-action.js';
import { action } from './run.js';

await main(action);
