// Every property of the run takes the run's seed (vitest.config.mts prints it; FC_SEED gives it), so that a failure
// seen once can be run again. A property with its own `seed` parameter keeps it.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED);
if (Number.isSafeInteger(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
