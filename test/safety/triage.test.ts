import { join } from 'node:path';
import { describeEachModule } from '../support/describe-each-module';

// The triage over the real content (triage/): the rules, the learned net and the whole safety check, over one
// engine built for all of them (see describe-each-module.ts).
describeEachModule(join(__dirname, 'triage'));
