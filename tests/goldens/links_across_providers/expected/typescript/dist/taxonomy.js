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

/** Whether a code ends the session: yes, no, or only under a condition. */
export const Terminality = {
  /** The session is over. */
  Terminal: "terminal",
  /** The session goes on. */
  NotTerminal: "not_terminal",
  /** The session ends only under the code's terminal condition (its text says when). */
  Depends: "depends",
};

/** How a delay is randomised (AWS's "exponential backoff and jitter"). */
export const Jitter = {
  /** A random whole delay from 0 to the delay. */
  Full: "full",
  /** Half the delay plus a random part up to the other half. */
  Equal: "equal",
  /** The delay itself. */
  None: "none",
};

/**
 * Milliseconds to wait before retry number `attempt` (1 = the first retry) of `code`, or none to give up or when the code has no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.
 * Undefined also for an `attempt` that is not a whole number.
 */
export function retryDelay(info, attempt, random) {
  const s = info.retrySchedule;
  if (s === null || !Number.isInteger(attempt) || attempt < 1 || attempt > s.maxAttempts) return undefined;
  const r = random >= 0 && random < 1 ? random : 0;
  const cap = s.maxDelayMs;
  let delay = Math.min(s.initialDelayMs, cap);
  for (let i = 1; i < attempt; i++) {
    const grown = delay * s.multiplierThousandths;
    delay = Math.min((grown - (grown % 1000)) / 1000, cap);
  }
  let jittered = delay;
  if (s.jitter === "full") jittered = Math.floor(r * (delay + 1));
  else if (s.jitter === "equal") {
    const half = (delay - (delay % 2)) / 2;
    jittered = half + Math.floor(r * (delay - half + 1));
  }
  return Math.min(jittered, delay);
}
