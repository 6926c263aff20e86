// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

import * as alpha from "./alpha.js";
import * as beta from "./beta.js";

/** Every code set of every provider, in catalog order. */
export const codeSets = [
  {
    provider: "alpha",
    id: "fault",
    lookup: (value) => (typeof value === "number" ? alpha.faultInfo(value) : undefined),
    lookupName: (name) => {
      const value = alpha.faultFromName(name);
      return value === undefined ? undefined : alpha.faultInfo(value);
    },
  },
  {
    provider: "alpha",
    id: "status",
    lookup: (value) => (typeof value === "number" ? alpha.statusInfo(value) : undefined),
    lookupName: (name) => {
      const value = alpha.statusFromName(name);
      return value === undefined ? undefined : alpha.statusInfo(value);
    },
  },
  {
    provider: "beta",
    id: "fault",
    lookup: (value) => (typeof value === "number" ? beta.faultInfo(value) : undefined),
    lookupName: (name) => {
      const value = beta.faultFromName(name);
      return value === undefined ? undefined : beta.faultInfo(value);
    },
  },
];

/**
 * The code with this wire value in `provider`'s code set `codeSet`, or `undefined` if the
 * provider, the code set or the value is unknown. Never throws.
 */
export function lookup(provider, codeSet, value) {
  return codeSets.find((set) => set.provider === provider && set.id === codeSet)?.lookup(value);
}
