import { hash, verify } from "@node-rs/argon2";

// argon2id is the library's default algorithm (the OWASP recommendation); parameters are its defaults.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user is unknown keeps timing the same either way.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string) {
  dummyHash ??= hash("not-a-real-password-0000");
  await verifyPassword(await dummyHash, password);
}
