// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

package rtc.errorcatalog

/** One code set, for tools that handle every provider's codes generically. */
class CodeSet internal constructor(
    /** The provider's id, e.g. `livekit`. */
    val provider: String,
    /** The code set's id, e.g. `disconnect_reason`. */
    val id: String,
    /** Every code, in upstream order. */
    val codes: List<ErrorCode>,
) {
    private val byValue = codes.associateBy { it.wireValue }
    private val byName = codes.associateBy { it.upstreamName }

    /** The code with this wire value (an [Int] or a [String]), or null. */
    fun lookup(value: Any): ErrorCode? = byValue[value]

    /** The code with this upstream name (case-sensitive), or null. */
    fun lookupName(name: String): ErrorCode? = byName[name]
}
