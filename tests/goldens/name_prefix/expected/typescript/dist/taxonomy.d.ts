// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
export declare const Category: {
  /** Network: The network path failed or timed out. Usually transient. */
  readonly Network: "network";
  /** Client error: The app used the SDK wrongly. A developer must fix it. */
  readonly ClientError: "client_error";
};

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
export type Category = (typeof Category)[keyof typeof Category];

/** A short human-readable name and a paragraph of meaning for each Category. */
export declare const categoryInfo: {
  readonly [K in Category]: {
    readonly title: string;
    readonly meaning: string;
    /** The end-user message of the category's codes that have none of their own. */
    readonly userMessage?: string;
  };
};

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
export declare const RetryPolicy: {
  /** Back off and retry: Retry after a delay that grows with each attempt. */
  readonly Backoff: "backoff";
  /** Do not retry: Retrying cannot succeed without a change to the app. */
  readonly Never: "never";
};

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
export type RetryPolicy = (typeof RetryPolicy)[keyof typeof RetryPolicy];

/** A short human-readable name and a paragraph of meaning for each RetryPolicy. */
export declare const retryPolicyInfo: {
  readonly [K in RetryPolicy]: {
    readonly title: string;
    readonly meaning: string;
    /** How long to wait before each retry, for a policy that retries on a schedule. */
    readonly schedule?: RetrySchedule;
  };
};

/** Where a code's retry policy or terminal flag comes from. */
export declare const Basis: {
  /** The provider documents it, or its SDK implements it. */
  readonly Provider: "provider";
  /** The catalog's own classification; the code's `rationale` says why. */
  readonly Catalog: "catalog";
};

/** Where a code's retry policy or terminal flag comes from. */
export type Basis = (typeof Basis)[keyof typeof Basis];

/** Whether a code ends the session: yes, no, or only under a condition. */
export declare const Terminality: {
  /** The session is over. */
  readonly Terminal: "terminal";
  /** The session goes on. */
  readonly NotTerminal: "not_terminal";
  /** The session ends only under the code's terminal condition (its text says when). */
  readonly Depends: "depends";
};

/** Whether a code ends the session: yes, no, or only under a condition. */
export type Terminality = (typeof Terminality)[keyof typeof Terminality];

/** How a delay is randomised (AWS's "exponential backoff and jitter"). */
export declare const Jitter: {
  /** A random whole delay from 0 to the delay. */
  readonly Full: "full";
  /** Half the delay plus a random part up to the other half. */
  readonly Equal: "equal";
  /** The delay itself. */
  readonly None: "none";
};

/** How a delay is randomised (AWS's "exponential backoff and jitter"). */
export type Jitter = (typeof Jitter)[keyof typeof Jitter];

/** How long to wait before each retry, and when to give up. */
export interface RetrySchedule {
  /** Delay before the first retry, in milliseconds. */
  readonly initialDelayMs: number;
  /** Growth per retry in thousandths (1500 = x1.5, 1000 = constant). */
  readonly multiplierThousandths: number;
  /** Cap on one delay, in milliseconds (applied before jitter). */
  readonly maxDelayMs: number;
  /** How the delay is randomised. */
  readonly jitter: Jitter;
  /** Retries after which to give up. */
  readonly maxAttempts: number;
}

/** A verdict the provider's SDK gives at run time; it takes precedence over the catalog's static guidance. */
export interface RuntimeSignal {
  /** The SDK's field or call, e.g. `MeetingSessionStatus.isTerminal()`. */
  readonly name: string;
  /** The catalog fields it takes precedence over: `retry`, `terminal`. */
  readonly overrides: readonly ("retry" | "terminal")[];
  /** Each value and what it means (empty when they cannot be listed). */
  readonly values: readonly SignalValue[];
  /** What it means, when the values cannot be listed. */
  readonly meaning: string | null;
}

/** One value of a runtime signal. */
export interface SignalValue {
  /** The value as the SDK gives it. */
  readonly value: string;
  /** What it means for the app. */
  readonly means: string;
}

/**
 * Milliseconds to wait before retry number `attempt` (1 = the first retry) of `code`, or none to give up or when the code has no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.
 * Undefined also for an `attempt` that is not a whole number.
 */
export declare function retryDelay(info: CodeInfo, attempt: number, random: number): number | undefined;

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
  /** What to tell the end user (the code's own message or its category's). */
  readonly userMessage: string;
  /** A stable key for localising the user message: `provider.code_set.NAME`. */
  readonly userMessageKey: string;
  /** Ordered steps for developers or operators. */
  readonly remediation: readonly string[];
  /** The known root causes, for codes that cover several. */
  readonly causes: readonly string[];
  /** Where the remediation comes from. */
  readonly references: readonly string[];
  /** The upstream release that introduced the code, where known. */
  readonly since?: string;
  /** The catalog's category. */
  readonly category: Category;
  /** What an app should do. */
  readonly retryPolicy: RetryPolicy;
  /** Where the retry policy comes from. */
  readonly retryBasis: Basis;
  /** How long to wait before each retry; none when the retry policy does not retry on a schedule. */
  readonly retrySchedule: RetrySchedule | null;
  /** The SDK's run-time verdict that takes precedence over this guidance, if any. */
  readonly runtimeSignal: RuntimeSignal | null;
  /** Whether the session ends when this code is reported: yes, no, or only under a condition. */
  readonly terminality: Terminality;
  /** With `"depends"`: when the code ends the session, in words. */
  readonly terminalCondition?: string;
  /**
   * True only when the code always ends the session (`terminality` is `"terminal"`); false for
   * `"not_terminal"` and for `"depends"`, whose `terminalCondition` must be checked.
   */
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
