import { join } from 'node:path';
import { describeEachModule } from '../support/describe-each-module';

// The held-out tests and review status of the real content (with-real-engine/), one engine built for both (see describe-each-module.ts).
describeEachModule(join(__dirname, 'with-real-engine'));
