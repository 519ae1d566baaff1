import fc from 'fast-check';

// Property tests run with a fixed seed so that CI is reproducible; `FC_SEED=random npm run test:unit` explores
// new cases, and `FC_SEED=<n>` replays a run. A counterexample found that way becomes a unit test.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20_241_126 : Number(seed) });
