// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

import * as acme from "./acme.js";

/** Every code set of every provider, in catalog order. */
export const codeSets = [
  {
    provider: "acme",
    id: "type",
    lookup: (value) => (typeof value === "number" ? acme.typeInfo(value) : undefined),
    lookupName: (name) => {
      const value = acme.typeFromName(name);
      return value === undefined ? undefined : acme.typeInfo(value);
    },
  },
  {
    provider: "acme",
    id: "in",
    lookup: (value) => (typeof value === "string" ? acme.inInfo(value) : undefined),
    lookupName: (name) => {
      const value = acme.inFromName(name);
      return value === undefined ? undefined : acme.inInfo(value);
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
