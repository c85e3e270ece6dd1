import { fuzzGroups, fuzzSuite } from "../support/fuzz-suite";

// Everyone's forms: signing in and out, invitations, password reset, language and one's own account.
fuzzSuite("hostile input to public and account forms", fuzzGroups.public);
