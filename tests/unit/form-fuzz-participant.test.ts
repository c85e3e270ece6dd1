import { fuzzSuite } from "../support/fuzz-suite";

// Participants' and everyone's forms (sign-in, invitations, settings).
fuzzSuite("hostile input to participant and public forms", (route) => !route.startsWith("admin."));
