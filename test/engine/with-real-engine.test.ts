import { join } from 'node:path';
import { describeEachModule } from '../support/describe-each-module';

// The engine as a whole, its first-turn cache and its model-worded variant over the real content (with-real-engine/), one engine built for all of them (see describe-each-module.ts).
describeEachModule(join(__dirname, 'with-real-engine'));
