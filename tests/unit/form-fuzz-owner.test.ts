import { fuzzSuite } from "../support/fuzz-suite";

// Programme owners' and administrators' forms.
fuzzSuite("hostile input to owner and admin forms", (route) => route.startsWith("admin."));
