// The Kotlin binding against the shared test vectors: every code in generated/catalog.json must
// come back from the generated enums with the same value, name, metadata and link. It goes
// through the JVM's own reflection to call each enum's @JvmStatic fromValue/fromName, the way
// Java callers do. Run by `cargo xtask test`: java -cp ... VectorsKt <path to catalog.json>

import rtc.errorcatalog.Basis
import rtc.errorcatalog.CodeSets
import rtc.errorcatalog.Category
import rtc.errorcatalog.ErrorCode
import rtc.errorcatalog.Retry
import rtc.errorcatalog.RetryPolicy
import rtc.errorcatalog.RetrySchedule
import rtc.errorcatalog.RuntimeSignal
import rtc.errorcatalog.Terminality
import rtc.errorcatalog.retryDelay
import java.io.File
import kotlin.system.exitProcess

/** A small JSON reader: the harness may use nothing beyond the standard library. */
private class Json(
    private val text: String,
) {
    private var i = 0

    fun parse(): Any? {
        val value = value()
        skip()
        require(i == text.length) { "trailing text at $i" }
        return value
    }

    private fun skip() {
        while (i < text.length && text[i].isWhitespace()) i++
    }

    private fun value(): Any? {
        skip()
        return when (val c = text[i]) {
            '{' -> obj()
            '[' -> arr()
            '"' -> str()
            't' -> literal("true", true)
            'f' -> literal("false", false)
            'n' -> literal("null", null)
            else -> if (c == '-' || c.isDigit()) num() else error("unexpected '$c' at $i")
        }
    }

    private fun literal(
        word: String,
        value: Any?,
    ): Any? {
        require(text.startsWith(word, i)) { "bad literal at $i" }
        i += word.length
        return value
    }

    /** An integer as Long; a number with a fraction or exponent (the retry vectors') as Double. */
    private fun num(): Any {
        val start = i
        if (text[i] == '-') i++
        while (i < text.length && (text[i].isDigit() || text[i] in ".eE+-")) i++
        val token = text.substring(start, i)
        return if (token.any { it in ".eE" }) token.toDouble() else token.toLong()
    }

    private fun str(): String {
        val out = StringBuilder()
        i++
        while (text[i] != '"') {
            if (text[i] == '\\') {
                i++
                when (val e = text[i]) {
                    'n' -> out.append('\n')
                    't' -> out.append('\t')
                    'r' -> out.append('\r')
                    'b' -> out.append('\b')
                    'f' -> out.append('\u000C')
                    'u' -> {
                        out.append(text.substring(i + 1, i + 5).toInt(16).toChar())
                        i += 4
                    }
                    else -> out.append(e)
                }
            } else {
                out.append(text[i])
            }
            i++
        }
        i++
        return out.toString()
    }

    private fun arr(): List<Any?> {
        val out = mutableListOf<Any?>()
        i++
        skip()
        if (text[i] == ']') {
            i++
            return out
        }
        while (true) {
            out.add(value())
            skip()
            if (text[i++] == ']') return out
        }
    }

    private fun obj(): Map<String, Any?> {
        val out = linkedMapOf<String, Any?>()
        i++
        skip()
        if (text[i] == '}') {
            i++
            return out
        }
        while (true) {
            skip()
            val key = str()
            skip()
            i++ // ':'
            out[key] = value()
            skip()
            if (text[i++] == '}') return out
        }
    }
}

@Suppress("UNCHECKED_CAST")
private fun Any?.obj() = this as Map<String, Any?>

@Suppress("UNCHECKED_CAST")
private fun Any?.list() = this as List<Any?>

private var passed = 0
private val failures = mutableListOf<String>()

private fun same(
    actual: Any?,
    expected: Any?,
    what: String,
) {
    if (actual == expected) passed++ else failures.add("$what: got $actual, want $expected")
}

private fun basis(b: Basis) = b.name.lowercase()

/** A schedule as catalog.json writes it, without the basis and reference the binding leaves out. */
private fun schedule(s: RetrySchedule?): Map<String, Any?>? =
    s?.let {
        mapOf(
            "initial_delay_ms" to it.initialDelayMs.toLong(),
            "multiplier_thousandths" to it.multiplierThousandths.toLong(),
            "max_delay_ms" to it.maxDelayMs.toLong(),
            "jitter" to it.jitter.name.lowercase(),
            "max_attempts" to it.maxAttempts.toLong(),
        )
    }

private fun expectedSchedule(json: Any?): Map<String, Any?>? = (json as Map<*, *>?)?.let { m -> m.filterKeys { it != "basis" && it != "reference" }.mapKeys { it.key as String } }

/** A runtime signal as catalog.json writes it. */
private fun signal(s: RuntimeSignal?): Map<String, Any?>? =
    s?.let {
        mapOf(
            "meaning" to it.meaning,
            "name" to it.name,
            "overrides" to it.overrides,
            "values" to it.values.map { v -> mapOf("means" to v.means, "value" to v.value) },
        )
    }

/** catalog.json's `terminal`: true, false or "depends". */
private fun terminality(json: Any?): Terminality? =
    when (json) {
        true -> Terminality.TERMINAL
        false -> Terminality.NOT_TERMINAL
        "depends" -> Terminality.DEPENDS
        else -> null
    }

/** The taxonomy's user messages and schedules, and every retry vector against the helper. */
private fun checkGuidance(
    catalog: Map<String, Any?>,
    byLink: Map<String, ErrorCode>,
) {
    for (c in catalog["categories"].list().map { it.obj() }) {
        same(Category.fromId(c["id"] as String)?.userMessage, c["user_message"], "category ${c["id"]}: user message")
    }
    for (p in catalog["retry_policies"].list().map { it.obj() }) {
        same(schedule(RetryPolicy.fromId(p["id"] as String)?.schedule), expectedSchedule(p["schedule"]), "policy ${p["id"]}: schedule")
    }
    var vectorsChecked = 0
    for (v in catalog["retry_vectors"].list().map { it.obj() }) {
        val code = byLink[v["code"] as String]
        if (code == null) {
            failures.add("retry vector: no code ${v["code"]}")
            continue
        }
        val attempt = (v["attempt"] as Long).toInt()
        val random = (v["random"] as Number).toDouble()
        val at = "retry vector ${v["code"]} attempt $attempt random $random"
        same(retryDelay(code, attempt, random), v["delay_ms"], "$at: retryDelay")
        same(Retry.delay(code, attempt, random), v["delay_ms"], "$at: Retry.delay")
        vectorsChecked++
    }
    // NaN and negative numbers count as 0, like random = 1.0 in the vectors.
    for (code in byLink.values.filter { it.retrySchedule != null }.take(1)) {
        same(retryDelay(code, 1, Double.NaN), retryDelay(code, 1, 0.0), "${code.catalogName}: NaN counts as 0")
        same(retryDelay(code, 1, -0.5), retryDelay(code, 1, 0.0), "${code.catalogName}: negative counts as 0")
    }
    if (vectorsChecked == 0) failures.add("no retry vector checked")
    same(vectorsChecked, catalog["retry_vectors"].list().size, "retry vectors checked")
    println("kotlin retry vectors: $vectorsChecked checked")
}

/** One policy function, written once against the shared interface, for every provider. */
private fun whatToDo(code: ErrorCode): String =
    // By id, not by constant: the harness compiles against every tree's taxonomy (the golden
    // cases define only a few policies).
    when (code.retryPolicy.id) {
        "not_an_error" -> "nothing"
        "automatic" -> "wait for the SDK"
        "backoff" -> "retry later"
        "refresh_credentials" -> "reauthenticate"
        "user_action" -> "ask the user"
        "never" -> "give up"
        else -> "decide from detail"
    }

// A provider's Kotlin package: catalog.json's `identifiers.kotlin` when it has one (a full
// package, or the last segment under `rtc.errorcatalog`), else the id without underscores.
private fun kotlinPackage(provider: Map<String, Any?>): String {
    val named = (provider["identifiers"] as? Map<*, *>)?.get("kotlin") as? String
    val pkg = named ?: (provider["id"] as String).replace("_", "")
    return if ('.' in pkg) pkg else "rtc.errorcatalog.$pkg"
}

fun main(args: Array<String>) {
    val code = runHarness(args)
    if (code != 0) exitProcess(code)
}

/** Checks every vector of catalog.json args[0]; returns the exit code (tests/kotlin/JvmBatch.java calls it in-process). */
fun runHarness(args: Array<String>): Int {
    val catalog = Json(File(args[0]).readText()).parse().obj()
    val providers = catalog["providers"].list().map { it.obj() }
    var codesChecked = 0
    for (provider in providers) {
        val pid = provider["id"] as String
        for (set in provider["code_sets"].list().map { it.obj() }) {
            val sid = set["id"] as String
            val integer = set["values"] == "integer"
            val type = set["identifiers"].obj()["kotlin"] as String
            val cls = Class.forName("${kotlinPackage(provider)}.$type")
            val wireType: Class<*> = if (integer) Int::class.javaPrimitiveType!! else String::class.java
            val fromValue = cls.getMethod("fromValue", wireType)
            val fromName = cls.getMethod("fromName", String::class.java)
            val codes = set["codes"].list().map { it.obj() }
            same(cls.enumConstants.size, codes.size, "$pid/$sid: entry count")
            for (c in codes) {
                val at = "$pid/$sid/${c["name"]}"
                val value: Any = if (integer) (c["value"] as Long).toInt() else c["value"] as String
                val code = fromValue.invoke(null, value) as ErrorCode?
                if (code == null) {
                    failures.add("$at: fromValue($value) is null")
                    continue
                }
                same((code as Enum<*>).name, c["identifiers"].obj()["kotlin"], "$at: constant")
                same(code.wireValue, value, "$at: wire value")
                same(cls.getMethod("getValue").invoke(code), value, "$at: value")
                same(fromName.invoke(null, c["upstream_name"]), code, "$at: fromName")
                same(CodeSets.lookup(pid, sid, value), code, "$at: CodeSets.lookup")
                same(code.provider, pid, "$at: provider")
                same(code.codeSet, sid, "$at: code set")
                same(code.catalogName, c["name"], "$at: catalog name")
                same(code.upstreamName, c["upstream_name"], "$at: upstream name")
                same(code.summary, c["summary"], "$at: summary")
                same(code.cause, c["cause"], "$at: cause")
                same(code.whenItOccurs, c["when"], "$at: when")
                same(code.category.id, c["category"], "$at: category")
                same(code.retryPolicy.id, c["retry"], "$at: retry policy")
                same(basis(code.retryBasis), c["retry_basis"], "$at: retry basis")
                // isTerminal is true only for `terminal: true`, never for `depends`.
                same(code.isTerminal, c["terminal"] == true, "$at: terminal")
                same(code.terminality, terminality(c["terminal"]), "$at: terminality")
                same(code.terminalCondition, c["terminal_condition"], "$at: terminal condition")
                same(code.userMessage, c["user_message"], "$at: user message")
                same(code.userMessageKey, c["user_message_key"], "$at: user message key")
                same(code.remediation, c["remediation"], "$at: remediation")
                same(code.causes, c["causes"], "$at: causes")
                same(code.references, c["references"], "$at: references")
                same(code.since, c["since"], "$at: since")
                same(schedule(code.retrySchedule), expectedSchedule(c["retry_schedule"]), "$at: retry schedule")
                same(signal(code.runtimeSignal), c["runtime_signal"], "$at: runtime signal")
                same(basis(code.terminalBasis), c["terminal_basis"], "$at: terminal basis")
                same(code.rationale, c["rationale"], "$at: rationale")
                same(code.deprecation, c["deprecated"], "$at: deprecated")
                val link = code.equivalent?.let { "${it.provider}/${it.codeSet}/${it.catalogName}" }
                same(link, c["protocol_equivalent"], "$at: protocol equivalent")
                if (c["failure"] != null) same(cls.getMethod("isFailure").invoke(code), c["failure"], "$at: failure flag")
                codesChecked++
            }
            // An unknown value gives null, never an exception.
            val longs = codes.map { it["value"] as? Long ?: 0L }
            val unknown: Any =
                when {
                    !integer -> "\u0000not a code"
                    longs.max() < Int.MAX_VALUE -> (longs.max() + 1).toInt()
                    longs.min() > Int.MIN_VALUE -> (longs.min() - 1).toInt()
                    else -> generateSequence(0L) { it + 1 }.first { it !in longs }.toInt()
                }
            same(fromValue.invoke(null, unknown), null, "$pid/$sid: unknown value")
            same(fromName.invoke(null, "\u0000not a name"), null, "$pid/$sid: unknown name")
            same(CodeSets.lookup(pid, sid, unknown), null, "$pid/$sid: CodeSets.lookup of an unknown value")
            val registered = CodeSets.ALL.filter { it.provider == pid && it.id == sid }
            same(registered.map { it.codes }, listOf(cls.enumConstants.toList()), "$pid/$sid: once in CodeSets.ALL, every code")
        }
    }
    // The policy function over codes from every provider, and over one event's codes.
    val byLink = mutableMapOf<String, ErrorCode>()
    for (provider in providers) {
        for (set in provider["code_sets"].list().map { it.obj() }) {
            val cls = Class.forName("${kotlinPackage(provider)}.${set["identifiers"].obj()["kotlin"]}")
            for (constant in cls.enumConstants) {
                val code = constant as ErrorCode
                byLink["${code.provider}/${code.codeSet}/${code.catalogName}"] = code
            }
        }
    }
    same(byLink.values.map { it.provider }.toSet().size, providers.size, "policy function saw codes from every provider")
    same(byLink.values.map(::whatToDo).toSet().size, byLink.values.map { it.retryPolicy }.toSet().size, "each retry policy in use leads to its own action")
    // The same event from different providers gets the same handling where the catalog
    // classifies it (the validator's rule for equivalence groups, seen through the binding). The
    // real catalog's own groups are asserted in tests/rust/tests/real_catalog.rs.
    for (group in catalog["equivalents"].list().map { it.obj() }) {
        val codes = group["codes"].list().map { byLink[it as String] }
        same(codes.all { it != null }, true, "${group["id"]}: every code resolves in its binding")
        val ours = codes.filterNotNull().filter { it.retryBasis == Basis.CATALOG }
        same(ours.map(::whatToDo).toSet().size <= 1, true, "${group["id"]}: one action for its catalog-classified codes")
    }
    checkGuidance(catalog, byLink)

    same(codesChecked.toLong(), catalog["counts"].obj()["codes"], "codes checked")
    if (codesChecked == 0) failures.add("no code checked")
    failures.forEach { System.err.println("FAIL $it") }
    println("kotlin vectors: $codesChecked codes checked")
    println("RESULT $passed passed, ${failures.size} failed")
    return if (failures.isEmpty()) 0 else 1
}
