import { createContext, useContext } from "react";

/** The per-request CSP nonce for Remix's inline scripts (undefined in the browser). */
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
