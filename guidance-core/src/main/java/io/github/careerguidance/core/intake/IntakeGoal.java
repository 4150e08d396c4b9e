/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.intake;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One reason a visitor comes to a guidance portal, phrased as a life event: "Ik zoek werk", "Ik moet omscholen".
 *
 * <p>Intake goals are an open set: the {@linkplain IntakeCatalogue#builtIn() built-in catalogue} holds the Dutch
 * life events, and integrators add their own with {@link IntakeCatalogue#withGoal(IntakeGoal)}. A goal is
 * identified by its stable {@link #code()}; labels and descriptions are localized.
 *
 * <pre>{@code
 * IntakeGoal goal = IntakeGoal.builder()
 *     .code("looking-for-work")
 *     .label(LocalizedText.of("Ik zoek werk", "I am looking for work"))
 *     .description(LocalizedText.of("Ik wil een (andere) baan vinden.", "I want to find a (different) job."))
 *     .addTags("adult", "work")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableIntakeGoal.class)
@JsonDeserialize(as = ImmutableIntakeGoal.class)
public abstract class IntakeGoal {
    /** Extended only by the generated immutable implementation. */
    IntakeGoal() {}

    /** The form of goal codes and tags: lower-case words of letters and digits separated by single dashes. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** The longest code or tag accepted. */
    static final int MAX_CODE_LENGTH = 64;

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableIntakeGoal.Builder builder() {
        return ImmutableIntakeGoal.builder();
    }

    /**
     * The stable code, such as {@code looking-for-work}: lower-case words separated by dashes, at most 64
     * characters. Journeys, routers and stored profiles refer to a goal by this code.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * The short label shown to the visitor, in the first person ("Ik zoek werk").
     *
     * @return the label
     */
    public abstract LocalizedText label();

    /**
     * One sentence that explains the goal to the visitor.
     *
     * @return the description
     */
    public abstract LocalizedText description();

    /**
     * Free tags for filtering and routing, such as {@code youth}, {@code adult}, {@code unemployment},
     * {@code education}; same form as {@link #code()}.
     *
     * @return an unmodifiable set, possibly empty
     */
    public abstract Set<String> tags();

    /**
     * The support level a router starts from for this goal before anything is known about the visitor.
     *
     * @return the level, or empty when the goal does not suggest one (the router decides from readiness)
     */
    public abstract Optional<SupportLevel> defaultSupportLevel();

    /**
     * The sources that describe this life event or the service behind it.
     *
     * @return an unmodifiable list, empty when no source was found
     */
    public abstract List<Citation> citations();

    /**
     * Whether the goal carries a tag.
     *
     * @param tag the tag, such as {@code youth}
     * @return true when {@link #tags()} contains it
     */
    public boolean hasTag(String tag) {
        return tags().contains(tag);
    }

    @Value.Check
    protected void check() {
        checkCode("code", code());
        for (String tag : tags()) {
            checkCode("tag", tag);
        }
    }

    static void checkCode(String what, String value) {
        if (value.length() > MAX_CODE_LENGTH || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be lower-case words separated by '-' (at most "
                    + MAX_CODE_LENGTH + " characters), such as 'looking-for-work', but was '" + value + "'");
        }
    }
}
