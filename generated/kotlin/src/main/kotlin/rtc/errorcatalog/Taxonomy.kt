// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog

import kotlin.jvm.JvmStatic

/** What kind of event a code reports, the same across providers (the catalog's own taxonomy). */
enum class Category(
    /** The id used in the spec and in every binding, e.g. `network`. */
    val id: String,
    /** A short human-readable name. */
    val title: String,
    /** One paragraph: what it means and what an app should do. */
    val meaning: String,
) {
    /** Not an error: Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging. */
    NOT_AN_ERROR(
        "not_an_error",
        "Not an error",
        "Nothing failed. The code reports a normal state (for example \"no failure has occurred\") and needs no handling beyond logging.",
    ),

    /** Ended normally: The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error. */
    ENDED_NORMALLY(
        "ended_normally",
        "Ended normally",
        "The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.",
    ),

    /** Credentials: The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it. */
    CREDENTIALS(
        "credentials",
        "Credentials",
        "The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.",
    ),

    /** Permission: The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again. */
    PERMISSION(
        "permission",
        "Permission",
        "The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.",
    ),

    /** Capacity: The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again. */
    CAPACITY(
        "capacity",
        "Capacity",
        "The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.",
    ),

    /** Network: The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff. */
    NETWORK(
        "network",
        "Network",
        "The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.",
    ),

    /** Media negotiation: The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user. */
    MEDIA_NEGOTIATION(
        "media_negotiation",
        "Media negotiation",
        "The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.",
    ),

    /** Session ended by the service or another party: The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened. */
    ENDED_BY_SERVICE(
        "ended_by_service",
        "Session ended by the service or another party",
        "The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.",
    ),

    /** Service fault: The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs. */
    SERVICE_FAULT(
        "service_fault",
        "Service fault",
        "The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.",
    ),

    /** Client or configuration error: The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it. */
    CLIENT_ERROR(
        "client_error",
        "Client or configuration error",
        "The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.",
    ),

    /** Billing or quota: The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told. */
    BILLING_QUOTA(
        "billing_quota",
        "Billing or quota",
        "The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.",
    ),

    /** Input needed from the user: The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry. */
    USER_INPUT(
        "user_input",
        "Input needed from the user",
        "The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.",
    ),

    /** Unknown: The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault. */
    UNKNOWN(
        "unknown",
        "Unknown",
        "The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.",
    ),
    ;

    /** Lookups. */
    companion object {
        private val byId = entries.associateBy { it.id }

        /** The value with this id, or null. */
        @JvmStatic
        fun fromId(id: String): Category? = byId[id]
    }
}

/** What an app should do about a code, the same across providers (the catalog's own taxonomy). */
enum class RetryPolicy(
    /** The id used in the spec and in every binding, e.g. `network`. */
    val id: String,
    /** A short human-readable name. */
    val title: String,
    /** One paragraph: what it means and what an app should do. */
    val meaning: String,
) {
    /** Not an error: Nothing to retry: the code does not report a failure. */
    NOT_AN_ERROR(
        "not_an_error",
        "Not an error",
        "Nothing to retry: the code does not report a failure.",
    ),

    /** The SDK retries by itself: The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code. */
    AUTOMATIC(
        "automatic",
        "The SDK retries by itself",
        "The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.",
    ),

    /** Back off and retry: The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts. */
    BACKOFF(
        "backoff",
        "Back off and retry",
        "The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.",
    ),

    /** Refresh credentials, then retry: Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again. */
    REFRESH_CREDENTIALS(
        "refresh_credentials",
        "Refresh credentials, then retry",
        "Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.",
    ),

    /** Needs a user action: Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them. */
    USER_ACTION(
        "user_action",
        "Needs a user action",
        "Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.",
    ),

    /** Do not retry: Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause. */
    NEVER(
        "never",
        "Do not retry",
        "Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.",
    ),

    /** Depends on the accompanying code: The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code. */
    DEPENDS(
        "depends",
        "Depends on the accompanying code",
        "The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.",
    ),
    ;

    /** Lookups. */
    companion object {
        private val byId = entries.associateBy { it.id }

        /** The value with this id, or null. */
        @JvmStatic
        fun fromId(id: String): RetryPolicy? = byId[id]
    }
}

/** Where a code's retry policy or terminal flag comes from. */
enum class Basis {
    /** The provider documents it, or its SDK implements it. */
    PROVIDER,

    /** The catalog's own classification; the code's `rationale` says why. */
    CATALOG,
}

/**
 * Everything the catalog says about one code: the interface every code set's enum implements,
 * so a retry or messaging policy can be written once for codes from any provider.
 */
interface ErrorCode {
    /** The provider's id, e.g. `livekit`. */
    val provider: String

    /** The code set's id, e.g. `disconnect_reason`. */
    val codeSet: String

    /** The wire value: an [Int] or a [String]. */
    val wireValue: Any

    /** The name as the catalog keys it (the upstream name without the set's prefix). */
    val catalogName: String

    /** The name exactly as upstream spells it. */
    val upstreamName: String

    /** One short sentence. */
    val summary: String

    /** What causes it. */
    val cause: String

    /** When it occurs. */
    val whenItOccurs: List<String>

    /** The catalog's category. */
    val category: Category

    /** What an app should do. */
    val retryPolicy: RetryPolicy

    /** Where the retry policy comes from. */
    val retryBasis: Basis

    /** Whether the session ends when this code is reported. */
    val isTerminal: Boolean

    /** Where the terminal flag comes from. */
    val terminalBasis: Basis

    /** Why the catalog classified it so, where a basis is the catalog. */
    val rationale: String?

    /** Set when upstream deprecates the code. */
    val deprecation: String?

    /** The equivalent code in the linked code set, if any. */
    val equivalent: ErrorCode?
}
