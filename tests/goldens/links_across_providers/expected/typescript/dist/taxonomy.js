// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
export const Category = {
  /** Network: The network path failed or timed out. Usually transient. */
  Network: "network",
  /** Client error: The app used the SDK wrongly. A developer must fix it. */
  ClientError: "client_error",
};

/** A short human-readable name and a paragraph of meaning for each Category. */
export const categoryInfo = {
  network: {
    title: "Network",
    meaning: "The network path failed or timed out. Usually transient.",
  },
  client_error: {
    title: "Client error",
    meaning: "The app used the SDK wrongly. A developer must fix it.",
  },
};

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
export const RetryPolicy = {
  /** Back off and retry: Retry after a delay that grows with each attempt. */
  Backoff: "backoff",
  /** Do not retry: Retrying cannot succeed without a change to the app. */
  Never: "never",
};

/** A short human-readable name and a paragraph of meaning for each RetryPolicy. */
export const retryPolicyInfo = {
  backoff: {
    title: "Back off and retry",
    meaning: "Retry after a delay that grows with each attempt.",
  },
  never: {
    title: "Do not retry",
    meaning: "Retrying cannot succeed without a change to the app.",
  },
};

/** Where a code's retry policy or terminal flag comes from. */
export const Basis = {
  /** The provider documents it, or its SDK implements it. */
  Provider: "provider",
  /** The catalog's own classification; the code's `rationale` says why. */
  Catalog: "catalog",
};
