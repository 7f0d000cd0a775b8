import fc from "fast-check";

// Under mutation testing a property test must draw the same cases for every mutant, or a mutant's
// verdict (killed or survived) would change from run to run.
fc.configureGlobal({ seed: 20_27 });
