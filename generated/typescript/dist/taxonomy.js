// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
export const Category = {
  /** Not an error: Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging. */
  NotAnError: "not_an_error",
  /** Ended normally: The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error. */
  EndedNormally: "ended_normally",
  /** Credentials: The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it. */
  Credentials: "credentials",
  /** Permission: The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again. */
  Permission: "permission",
  /** Capacity: The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again. */
  Capacity: "capacity",
  /** Network: The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff. */
  Network: "network",
  /** Media negotiation: The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user. */
  MediaNegotiation: "media_negotiation",
  /** Session ended by the service or another party: The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened. */
  EndedByService: "ended_by_service",
  /** Service fault: The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs. */
  ServiceFault: "service_fault",
  /** Client or configuration error: The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it. */
  ClientError: "client_error",
  /** Billing or quota: The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told. */
  BillingQuota: "billing_quota",
  /** Input needed from the user: The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry. */
  UserInput: "user_input",
  /** Unknown: The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault. */
  Unknown: "unknown",
};

/** A short human-readable name and a paragraph of meaning for each Category. */
export const categoryInfo = {
  not_an_error: {
    title: "Not an error",
    meaning: 'Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging.',
    userMessage: "Everything is working normally.",
  },
  ended_normally: {
    title: "Ended normally",
    meaning: "The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.",
    userMessage: "You have left the call.",
  },
  credentials: {
    title: "Credentials",
    meaning: "The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.",
    userMessage: "We could not confirm your access to this call. Please try joining again.",
  },
  permission: {
    title: "Permission",
    meaning: "The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.",
    userMessage: "You do not have permission to do that in this call.",
  },
  capacity: {
    title: "Capacity",
    meaning: "The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.",
    userMessage: "This call is full right now. Please try again in a little while.",
  },
  network: {
    title: "Network",
    meaning: "The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.",
    userMessage: "The connection to the call was interrupted. Check your internet connection and try again.",
  },
  media_negotiation: {
    title: "Media negotiation",
    meaning: "The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.",
    userMessage: "We could not connect your audio and video. Check your network, or try another browser or device.",
  },
  ended_by_service: {
    title: "Session ended by the service or another party",
    meaning: "The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.",
    userMessage: "This call has ended.",
  },
  service_fault: {
    title: "Service fault",
    meaning: "The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.",
    userMessage: "Something went wrong on our side. Please try again in a moment.",
  },
  client_error: {
    title: "Client or configuration error",
    meaning: "The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.",
    userMessage: "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
  },
  billing_quota: {
    title: "Billing or quota",
    meaning: "The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.",
    userMessage: "This service is not available right now. Please contact the organiser or support.",
  },
  user_input: {
    title: "Input needed from the user",
    meaning: "The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.",
    userMessage: "A little more information is needed before you can join.",
  },
  unknown: {
    title: "Unknown",
    meaning: "The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.",
    userMessage: "Something went wrong. Please try again.",
  },
};

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
export const RetryPolicy = {
  /** Not an error: Nothing to retry: the code does not report a failure. */
  NotAnError: "not_an_error",
  /** The SDK retries by itself: The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code. */
  Automatic: "automatic",
  /** Back off and retry: The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts. */
  Backoff: "backoff",
  /** Refresh credentials, then retry: Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again. */
  RefreshCredentials: "refresh_credentials",
  /** Needs a user action: Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them. */
  UserAction: "user_action",
  /** Do not retry: Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause. */
  Never: "never",
  /** Depends on the accompanying code: The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code. */
  Depends: "depends",
};

/** A short human-readable name and a paragraph of meaning for each RetryPolicy. */
export const retryPolicyInfo = {
  not_an_error: {
    title: "Not an error",
    meaning: "Nothing to retry: the code does not report a failure.",
  },
  automatic: {
    title: "The SDK retries by itself",
    meaning: "The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.",
    schedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 120000, jitter: "equal", maxAttempts: 10 },
  },
  backoff: {
    title: "Back off and retry",
    meaning: "The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.",
    schedule: { initialDelayMs: 1000, multiplierThousandths: 1600, maxDelayMs: 20000, jitter: "full", maxAttempts: 5 },
  },
  refresh_credentials: {
    title: "Refresh credentials, then retry",
    meaning: "Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.",
    schedule: { initialDelayMs: 100, multiplierThousandths: 2000, maxDelayMs: 20000, jitter: "full", maxAttempts: 2 },
  },
  user_action: {
    title: "Needs a user action",
    meaning: "Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.",
  },
  never: {
    title: "Do not retry",
    meaning: "Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.",
  },
  depends: {
    title: "Depends on the accompanying code",
    meaning: "The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.",
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
