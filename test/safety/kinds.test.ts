import { join } from 'node:path';
import { describeEachModule } from '../support/describe-each-module';

// The red-flag kind files (kinds/): each states messages and the level the rules and the whole first turn give
// them, over one engine built for all of them (see describe-each-module.ts).
describeEachModule(join(__dirname, 'kinds'));
