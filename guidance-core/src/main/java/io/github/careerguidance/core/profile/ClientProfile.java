/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a guidance portal knows about one client, privacy-minded by construction.
 *
 * <p>A profile holds bands and levels, never identifying data: there is no field for a name, address, postcode,
 * birth date, BSN, e-mail address or phone number. Every field is optional except the
 * {@linkplain #preferredLanguage() language} (default Dutch). {@link #toString()} shows which fields are set and
 * how many answers and scores there are, never a value, so a profile can be logged. {@link #erase()} returns the
 * anonymous profile.
 *
 * <p>In JSON: {@code {"ageBand": "23-29", "educationLevel": "mbo-4", "employment": "unemployed-with-benefit",
 * "region": {"kind": "province", "code": "NL-UT"}, "preferredLanguage": "nl", "consents": ["store-session"],
 * "goal": "looking-for-work", "answers": {"q1": {"kind": "text", "text": "..."}}, "scores": {...}}}.
 *
 * <pre>{@code
 * ClientProfile profile = ClientProfile.builder()
 *     .ageBand(AgeBand.ofAge(27))
 *     .educationLevel(EducationLevel.MBO_4)
 *     .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
 *     .region(Region.province(Province.UTRECHT))
 *     .goal("became-unemployed")
 *     .build()
 *     .withConsent(Consent.STORE_SESSION)
 *     .withAnswer("motieven-1", Answer.text("Ik wil met mensen werken"));
 * profile.toString();   // ClientProfile{ageBand=<redacted>, ..., answers=1, scores=0}
 * ClientProfile gone = profile.erase();   // equals ClientProfile.anonymous()
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableClientProfile.class)
@JsonDeserialize(as = ImmutableClientProfile.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class ClientProfile {
    /** Extended only by the generated immutable implementation. */
    ClientProfile() {}

    /** The form of question ids: a letter or digit, then letters, digits, '.', '_', ':' or '-'; at most 100. */
    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    /** The form of goal and instrument codes, as {@link io.github.careerguidance.core.intake.IntakeGoal#code()}. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** The language tag form accepted for the preferred language. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** The most answers a profile holds. */
    public static final int MAX_ANSWERS = 1000;

    private static final ClientProfile ANONYMOUS =
            ImmutableClientProfile.builder().build();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableClientProfile.Builder builder() {
        return ImmutableClientProfile.builder();
    }

    /**
     * The profile that knows nothing: no field set, language Dutch, no consent, no answers, no scores.
     *
     * @return the shared anonymous profile
     */
    public static ClientProfile anonymous() {
        return ANONYMOUS;
    }

    /**
     * The client's age band; the age itself is never stored.
     *
     * @return the band, if given
     */
    public abstract Optional<AgeBand> ageBand();

    /**
     * The highest education level the client has completed.
     *
     * @return the level, if given
     */
    public abstract Optional<EducationLevel> educationLevel();

    /**
     * The client's situation on the labour market.
     *
     * @return the situation, if given
     */
    public abstract Optional<EmploymentSituation> employment();

    /**
     * The province or labour-market region where the client lives or looks for work.
     *
     * @return the region, if given
     */
    public abstract Optional<Region> region();

    /**
     * The language the client wants to be served in; only the language is kept (no country or script).
     *
     * @return the language, Dutch ({@code nl}) by default
     */
    @Value.Default
    public Locale preferredLanguage() {
        return LocalizedText.DUTCH;
    }

    /**
     * The permissions the client has given.
     *
     * @return an unmodifiable set; empty by default
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract Set<Consent> consents();

    /**
     * The code of the intake goal the client chose, such as {@code looking-for-work}; see
     * {@link io.github.careerguidance.core.intake.IntakeCatalogue#find(String)}.
     *
     * @return the goal code, if chosen
     */
    public abstract Optional<String> goal();

    /**
     * The client's answers by question id.
     *
     * @return an unmodifiable map, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract Map<String, Answer> answers();

    /**
     * The client's scores by instrument code (the key equals {@link CompetenceProfile#instrument()}).
     *
     * @return an unmodifiable map, possibly empty
     */
    @JsonSetter(contentNulls = Nulls.FAIL)
    public abstract Map<String, CompetenceProfile> scores();

    /**
     * Whether the client has given a consent.
     *
     * @param consent the consent
     * @return true when {@link #consents()} contains it
     */
    public boolean hasConsent(Consent consent) {
        return consents().contains(Objects.requireNonNull(consent, "consent"));
    }

    /**
     * The answer to a question.
     *
     * @param questionId the question id
     * @return the answer, or empty when the question was not answered
     */
    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers().get(Objects.requireNonNull(questionId, "questionId")));
    }

    /**
     * A copy with an answer added or replaced.
     *
     * @param questionId the question id: a letter or digit, then letters, digits, '.', '_', ':' or '-'
     * @param answer the answer
     * @return a new profile
     * @throws IllegalArgumentException if the question id is malformed or the profile would exceed
     *     {@link #MAX_ANSWERS}
     */
    public ClientProfile withAnswer(String questionId, Answer answer) {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Map<String, Answer> answers = new LinkedHashMap<>(answers());
        answers.put(questionId, answer);
        return ImmutableClientProfile.copyOf(this).withAnswers(answers);
    }

    /**
     * A copy without the answer to a question.
     *
     * @param questionId the question id
     * @return a new profile; equal to this one when the question was not answered
     */
    public ClientProfile withoutAnswer(String questionId) {
        Objects.requireNonNull(questionId, "questionId");
        Map<String, Answer> answers = new LinkedHashMap<>(answers());
        answers.remove(questionId);
        return ImmutableClientProfile.copyOf(this).withAnswers(answers);
    }

    /**
     * A copy with the scores of one instrument added or replaced, keyed by {@link CompetenceProfile#instrument()}.
     *
     * @param scores the scores
     * @return a new profile
     */
    public ClientProfile withScores(CompetenceProfile scores) {
        Objects.requireNonNull(scores, "scores");
        Map<String, CompetenceProfile> all = new LinkedHashMap<>(scores());
        all.put(scores.instrument(), scores);
        return ImmutableClientProfile.copyOf(this).withScores(all);
    }

    /**
     * A copy with a consent given.
     *
     * @param consent the consent
     * @return a new profile; equal to this one when the consent was already given
     */
    public ClientProfile withConsent(Consent consent) {
        Objects.requireNonNull(consent, "consent");
        Set<Consent> consents = EnumSet.of(consent);
        consents.addAll(consents());
        return ImmutableClientProfile.copyOf(this).withConsents(consents);
    }

    /**
     * A copy with a consent withdrawn.
     *
     * @param consent the consent
     * @return a new profile; equal to this one when the consent was not given
     */
    public ClientProfile withoutConsent(Consent consent) {
        Objects.requireNonNull(consent, "consent");
        Set<Consent> consents = EnumSet.noneOf(Consent.class);
        consents.addAll(consents());
        consents.remove(consent);
        return ImmutableClientProfile.copyOf(this).withConsents(consents);
    }

    /**
     * The erased profile: everything this profile knew is dropped, including the consents and the preferred
     * language. What remains is exactly {@link #anonymous()}: no optional field set, language {@code nl} (the
     * default), no consents, answers or scores. The original value is unchanged (values are immutable); an
     * integrator that stores profiles must overwrite or delete the stored copy.
     *
     * @return {@link #anonymous()}
     */
    public ClientProfile erase() {
        return ANONYMOUS;
    }

    /**
     * Whether the profile holds nothing beyond the defaults.
     *
     * @return true when this profile equals {@link #anonymous()}
     */
    @JsonIgnore
    public boolean isAnonymous() {
        return equals(ANONYMOUS);
    }

    @Value.Check
    protected void check() {
        Locale locale = preferredLanguage();
        String language = locale.toLanguageTag();
        if (!LANGUAGE.matcher(locale.getLanguage()).matches()
                || "und".equals(locale.getLanguage())
                || !language.equals(locale.getLanguage())) {
            throw new IllegalArgumentException(
                    "preferredLanguage must be a language such as 'nl' or 'en' (no region) but was '" + language + "'");
        }
        goal().ifPresent(code -> {
            if (code.length() > 64 || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(
                        "goal must be an intake goal code such as 'looking-for-work' but was '" + code + "'");
            }
        });
        if (answers().size() > MAX_ANSWERS) {
            throw new IllegalArgumentException("answers must be at most " + MAX_ANSWERS + " but were "
                    + answers().size());
        }
        for (String questionId : answers().keySet()) {
            if (!QUESTION_ID.matcher(questionId).matches()) {
                throw new IllegalArgumentException("question id must be a letter or digit followed by letters, digits,"
                        + " '.', '_', ':' or '-' (at most 100) but was '" + questionId + "'");
            }
        }
        for (Map.Entry<String, CompetenceProfile> entry : scores().entrySet()) {
            if (!entry.getKey().equals(entry.getValue().instrument())) {
                throw new IllegalArgumentException("scores must be keyed by instrument code but key '" + entry.getKey()
                        + "' holds scores of '" + entry.getValue().instrument() + "'");
            }
        }
    }

    /**
     * The profile without its values, safe for logs: which fields are set and how many consents, answers and
     * scores there are, as in {@code ClientProfile{ageBand=<redacted>, educationLevel=<absent>, employment=<redacted>,
     * region=<absent>, preferredLanguage=<redacted>, goal=<redacted>, consents=1, answers=3, scores=1}}.
     *
     * @return the redacted text
     */
    @Override
    public String toString() {
        return "ClientProfile{ageBand=" + mask(ageBand()) + ", educationLevel=" + mask(educationLevel())
                + ", employment=" + mask(employment()) + ", region=" + mask(region())
                + ", preferredLanguage=<redacted>, goal=" + mask(goal()) + ", consents="
                + consents().size()
                + ", answers=" + answers().size() + ", scores=" + scores().size() + "}";
    }

    private static String mask(Optional<?> value) {
        return value.isPresent() ? "<redacted>" : "<absent>";
    }
}
