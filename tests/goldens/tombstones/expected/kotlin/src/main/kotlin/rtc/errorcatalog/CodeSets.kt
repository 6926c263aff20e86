// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog

import kotlin.jvm.JvmField
import kotlin.jvm.JvmStatic

/** Every code set of every provider, and the lookup across them. */
object CodeSets {
    /** Every code set, in catalog order. */
    @JvmField
    val ALL: List<CodeSet> =
        listOf(
            CodeSet("acme", "disconnect_reason", rtc.errorcatalog.acme.DisconnectReason.entries),
        )

    /**
     * The code with this wire value (an [Int] or a [String]) in `provider`'s code set
     * `codeSet`, or null if the set or the value is unknown.
     */
    @JvmStatic
    fun lookup(
        provider: String,
        codeSet: String,
        value: Any,
    ): ErrorCode? = ALL.firstOrNull { it.provider == provider && it.id == codeSet }?.lookup(value)
}
