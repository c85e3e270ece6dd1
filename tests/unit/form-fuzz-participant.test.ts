import { fuzzGroups, fuzzSuite } from "../support/fuzz-suite";

// Participants' forms: the week, the journal, the partner, samlinger, modules and notices.
fuzzSuite("hostile input to participant forms", fuzzGroups.participant);
