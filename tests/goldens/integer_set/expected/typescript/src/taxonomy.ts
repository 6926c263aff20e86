// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
export const Category = {
  /** Network: The network path failed or timed out. Usually transient. */
  Network: "network",
  /** Client error: The app used the SDK wrongly. A developer must fix it. */
  ClientError: "client_error",
} as const;

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
export type Category = (typeof Category)[keyof typeof Category];

/** A short human-readable name and a paragraph of meaning for each Category. */
export const categoryInfo: {
  readonly [K in Category]: {
    readonly title: string;
    readonly meaning: string;
  };
} = {
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
} as const;

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
export type RetryPolicy = (typeof RetryPolicy)[keyof typeof RetryPolicy];

/** A short human-readable name and a paragraph of meaning for each RetryPolicy. */
export const retryPolicyInfo: {
  readonly [K in RetryPolicy]: {
    readonly title: string;
    readonly meaning: string;
  };
} = {
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
} as const;

/** Where a code's retry policy or terminal flag comes from. */
export type Basis = (typeof Basis)[keyof typeof Basis];

/**
 * Everything the catalog says about one code: the interface every code set shares, so a retry
 * or messaging policy can be written once for codes from any provider.
 *
 * @typeParam V - the code set's wire value type
 * @typeParam L - the wire value type of the linked code set, if the set links to one
 */
export interface CodeInfo<V extends number | string = number | string, L = unknown> {
  /** The provider's id, e.g. `livekit`. */
  readonly provider: string;
  /** The code set's id, e.g. `disconnect_reason`. */
  readonly codeSet: string;
  /** The wire value. */
  readonly value: V;
  /** The name exactly as upstream spells it. */
  readonly name: string;
  /** The name as the catalog keys it (the upstream name without the set's prefix). */
  readonly catalogName: string;
  /** One short sentence. */
  readonly summary: string;
  /** What causes it. */
  readonly cause: string;
  /** When it occurs. */
  readonly when: readonly string[];
  /** The catalog's category. */
  readonly category: Category;
  /** What an app should do. */
  readonly retryPolicy: RetryPolicy;
  /** Where the retry policy comes from. */
  readonly retryBasis: Basis;
  /** Whether the session ends when this code is reported. */
  readonly terminal: boolean;
  /** Where the terminal flag comes from. */
  readonly terminalBasis: Basis;
  /** Why the catalog classified it so, where a basis is the catalog. */
  readonly rationale?: string;
  /** Set when upstream deprecates the code. */
  readonly deprecated?: string;
  /** The provider SDK's own failure verdict, for code sets that have one. */
  readonly failure?: boolean;
  /** The wire value of the equivalent code in the linked code set. */
  readonly protocolEquivalent?: L;
}
