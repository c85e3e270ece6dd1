import { fuzzGroups, fuzzSuite } from "../support/fuzz-suite";

// Programme owners' and administrators' forms.
fuzzSuite("hostile input to owner and admin forms", fuzzGroups.owner);
