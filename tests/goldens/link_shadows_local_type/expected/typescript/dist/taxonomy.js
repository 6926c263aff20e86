// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
export const Category = {
  /** Network: The connection failed or was lost; retry with backoff. */
  Network: "network",
};

/** A short human-readable name and a paragraph of meaning for each Category. */
export const categoryInfo = {
  network: {
    title: "Network",
    meaning: "The connection failed or was lost; retry with backoff.",
  },
};

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
export const RetryPolicy = {
  /** Back off: Retry after a growing delay. */
  Backoff: "backoff",
  /** Refresh credentials: Fetch a fresh token, then retry. */
  RefreshCredentials: "refresh_credentials",
};

/** A short human-readable name and a paragraph of meaning for each RetryPolicy. */
export const retryPolicyInfo = {
  backoff: {
    title: "Back off",
    meaning: "Retry after a growing delay.",
  },
  refresh_credentials: {
    title: "Refresh credentials",
    meaning: "Fetch a fresh token, then retry.",
  },
};

/** Where a code's retry policy or terminal flag comes from. */
export const Basis = {
  /** The provider documents it, or its SDK implements it. */
  Provider: "provider",
  /** The catalog's own classification; the code's `rationale` says why. */
  Catalog: "catalog",
};
