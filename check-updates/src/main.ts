/** check-updates as the runner runs it: the work is in run.ts, the inputs in context.ts. */
import { main } from '../../shared/src/action/run-action.js';
import { action } from './run.js';

await main(action);
