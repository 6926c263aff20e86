// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

import type { CodeInfo } from "./taxonomy.js";

import * as acme from "./acme.js";
import * as beta from "./beta.js";
import * as gamma from "./gamma.js";

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
    id: "room_error",
    lookup: (value) => (typeof value === "number" ? acme.roomErrorInfo(value) : undefined),
    lookupName: (name) => {
      const value = acme.roomErrorFromName(name);
      return value === undefined ? undefined : acme.roomErrorInfo(value);
    },
  },
  {
    provider: "acme",
    id: "track_error",
    lookup: (value) => (typeof value === "number" ? acme.trackErrorInfo(value) : undefined),
    lookupName: (name) => {
      const value = acme.trackErrorFromName(name);
      return value === undefined ? undefined : acme.trackErrorInfo(value);
    },
  },
  {
    provider: "beta",
    id: "reason",
    lookup: (value) => (typeof value === "number" ? beta.reasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = beta.reasonFromName(name);
      return value === undefined ? undefined : beta.reasonInfo(value);
    },
  },
  {
    provider: "gamma",
    id: "reason",
    lookup: (value) => (typeof value === "string" ? gamma.reasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = gamma.reasonFromName(name);
      return value === undefined ? undefined : gamma.reasonInfo(value);
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
