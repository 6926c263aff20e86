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
    /** Network: The connection failed or was lost; retry with backoff. */
    NETWORK(
        "network",
        "Network",
        "The connection failed or was lost; retry with backoff.",
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
    /** Back off: Retry after a growing delay. */
    BACKOFF(
        "backoff",
        "Back off",
        "Retry after a growing delay.",
    ),

    /** Refresh credentials: Fetch a fresh token, then retry. */
    REFRESH_CREDENTIALS(
        "refresh_credentials",
        "Refresh credentials",
        "Fetch a fresh token, then retry.",
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
