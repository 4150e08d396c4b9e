/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.diagnostics;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One finding about an input: a journey, a registration, a profile document, a scheme.
 *
 * <p>The same type is used by every module. A diagnostic separates the stable, machine-readable {@link #code()}
 * ({@code core.json.missing-property}, {@code journeys.step.unreachable}) from the localized
 * {@link #message()}, and says where with a {@linkplain JsonPointer JSON Pointer} into the input, plus a line
 * and column when the input was text.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.builder()
 *     .severity(Severity.ERROR)
 *     .code("journeys.step.unreachable")
 *     .location(JsonPointer.of("steps", "7"))
 *     .message(LocalizedText.of("Stap 'intake-2' is onbereikbaar", "Step 'intake-2' is unreachable"))
 *     .putArgument("step", "intake-2")
 *     .build();
 * }</pre>
 *
 * @see Diagnostics
 * @see MessageBundle
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
public abstract class Diagnostic {
    /** Extended only by the generated immutable implementation. */
    Diagnostic() {}

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableDiagnostic.Builder builder() {
        return ImmutableDiagnostic.builder();
    }

    /**
     * How serious the finding is.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * The stable machine-readable code: lower case, dot- or dash-separated words, first word the module.
     *
     * @return the code, such as {@code core.json.wrong-type}
     */
    public abstract String code();

    /**
     * Where in the input the finding is.
     *
     * @return the location; the root pointer when the finding is about the whole input
     */
    @Value.Default
    public JsonPointer location() {
        return JsonPointer.root();
    }

    /**
     * The 1-based line in the source text, when known.
     *
     * @return the line
     */
    public abstract OptionalInt line();

    /**
     * The 1-based column in the source text, when known.
     *
     * @return the column
     */
    public abstract OptionalInt column();

    /**
     * The human-readable message, in Dutch and English.
     *
     * @return the message
     */
    public abstract LocalizedText message();

    /**
     * The values the message was made from, by name ({@code step -> intake-2}), for tools that format their own
     * messages.
     *
     * @return an unmodifiable map, possibly empty
     */
    public abstract Map<String, String> arguments();

    /**
     * What the finding derives from: the input's name (a file), or the rule or check that produced it.
     *
     * @return the source, if known
     */
    public abstract Optional<String> source();

    /**
     * The published source behind the rule that produced the finding.
     *
     * @return the citation, if any
     */
    public abstract Optional<Citation> citation();

    /**
     * The message in a locale, by the default fallback rule.
     *
     * @param locale the requested locale
     * @return the message text
     */
    public String message(Locale locale) {
        return message().resolve(locale);
    }

    /**
     * A copy located under another pointer, as when a nested document is checked on its own and its findings
     * are reported inside the enclosing one.
     *
     * @param prefix the pointer of the nested document inside the enclosing one
     * @return the relocated diagnostic
     */
    public Diagnostic relocate(JsonPointer prefix) {
        return ImmutableDiagnostic.copyOf(this).withLocation(prefix.resolve(location()));
    }

    @Value.Check
    protected void check() {
        if (!CODE.matcher(code()).matches()) {
            throw new IllegalArgumentException(
                    "diagnostic code must be lower-case words separated by '.' or '-' but was '" + code() + "'");
        }
        if (line().isPresent() && line().getAsInt() < 1) {
            throw new IllegalArgumentException("line must be >= 1 but was " + line().getAsInt());
        }
        if (column().isPresent() && column().getAsInt() < 1) {
            throw new IllegalArgumentException("column must be >= 1 but was " + column().getAsInt());
        }
    }

    /**
     * A one-line English rendering: {@code ERROR core.json.wrong-type at /age: ...}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }

    /**
     * A one-line rendering in a locale.
     *
     * @param locale the requested locale for the message
     * @return {@code SEVERITY code at location [in source] [(line L, column C)]: message}
     */
    public String render(Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(severity().name()).append(' ').append(code()).append(" at ");
        out.append(location().isRoot() ? "(document)" : location().toString());
        source().ifPresent(s -> out.append(" in ").append(s));
        if (line().isPresent()) {
            out.append(" (line ").append(line().getAsInt());
            column().ifPresent(c -> out.append(", column ").append(c));
            out.append(')');
        }
        out.append(": ").append(message(locale));
        return out.toString();
    }
}
