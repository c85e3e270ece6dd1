// What the benchmark and the soak test both do against a server they started: wait until it
// answers, and sign in the way a browser would (same-origin form post, session cookie back).

/** Resolves once /healthz answers; `dead` lets the caller stop early when the server has exited. */
export async function waitForServer(base: string, dead: () => boolean = () => false) {
  for (let i = 0; i < 150; i++) {
    if (dead()) throw new Error("The server exited during start-up");
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("The server did not start");
}

/** The Cookie header of a fresh session for this person. */
export async function signIn(base: string, email: string, password = "demopassord123"): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password, redirectTo: "/" }),
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!cookies.some((c) => c?.startsWith("sid="))) throw new Error(`Sign-in failed for ${email}: ${res.status}`);
  return cookies.join("; ");
}
