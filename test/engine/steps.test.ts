import { join } from 'node:path';
import { describeEachModule } from '../support/describe-each-module';

// Each step of the engine's turn (steps/), over one engine built for all of them (see describe-each-module.ts).
describeEachModule(join(__dirname, 'steps'));
