// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

import type { CodeInfo } from "./taxonomy.js";

import * as acme from "./acme.js";

/** One code set, for tools that handle every provider's codes generically. */
export interface CodeSet {
  /** The provider's id, e.g. `livekit`. */
  readonly provider: string;
  /** The code set's id, e.g. `disconnect_reason`. */
  readonly id: string;
  /** The code with this wire value, or `undefined` for a value the catalog does not know. */
  readonly lookup: (value: number | string) => CodeInfo | undefined;
  /** The code with this upstream name, or `undefined` if there is none. */
  readonly lookupName: (name: string) => CodeInfo | undefined;
}

/** Every code set of every provider, in catalog order. */
export const codeSets: readonly CodeSet[] = [
  {
    provider: "acme",
    id: "session_status",
    lookup: (value) => (typeof value === "number" ? acme.sessionStatusInfo(value) : undefined),
    lookupName: (name) => {
      const value = acme.sessionStatusFromName(name);
      return value === undefined ? undefined : acme.sessionStatusInfo(value);
    },
  },
];

/**
 * The code with this wire value in `provider`'s code set `codeSet`, or `undefined` if the
 * provider, the code set or the value is unknown. Never throws.
 */
export function lookup(provider: string, codeSet: string, value: number | string): CodeInfo | undefined {
  return codeSets.find((set) => set.provider === provider && set.id === codeSet)?.lookup(value);
}
