import { join } from 'node:path';
import { describeEachModule } from '../support/describe-each-module';

// Importing questions, near duplicates and policy tuning over the real engine (with-real-engine/), one engine built for all of them (see describe-each-module.ts).
describeEachModule(join(__dirname, 'with-real-engine'));
