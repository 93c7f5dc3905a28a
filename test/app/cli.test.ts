import { join } from 'node:path';
import { describeEachModule } from '../support/describe-each-module';

// The latch command line (cli/), over one engine built for all of its modules (see describe-each-module.ts).
describeEachModule(join(__dirname, 'cli'));
