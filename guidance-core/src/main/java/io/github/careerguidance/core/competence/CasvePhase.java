/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * The five phases of the CASVE cycle of Cognitive Information Processing (Sampson, Peterson, Lenz and Reardon):
 * Communication, Analysis, Synthesis, Valuing, Execution. Journeys tag their steps with the phase they serve.
 *
 * <p>The phases are ordered; after {@link #EXECUTION} the cycle starts again at {@link #COMMUNICATION}
 * ({@link #next()}), as the sources say it repeats when the gap is not closed. Definitions are paraphrased from
 * the sources in {@link #citations()}. The same phases are available as a framework, {@link
 * CompetenceModels#casve()}.
 *
 * <pre>{@code
 * CasvePhase phase = CasvePhase.fromCode("synthesis");
 * phase.definition().resolve(Locale.ENGLISH); // "Expanding the options, then narrowing them to a shortlist of about 3 to 5."
 * phase.next();                               // VALUING
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CasvePhase {
    /** Identifying the problem or gap, from external and internal cues. */
    COMMUNICATION(
            "communication",
            LocalizedText.of("Communicatie", "Communication"),
            LocalizedText.of(
                    "Het probleem of de kloof herkennen: signalen van buiten (gebeurtenissen, anderen) en van binnen"
                            + " (emoties, vermijding).",
                    "Identifying the problem or the gap: external cues (events, others) and internal cues"
                            + " (emotions, avoidance).")),
    /** Understanding oneself and one's options. */
    ANALYSIS(
            "analysis",
            LocalizedText.of("Analyse", "Analysis"),
            LocalizedText.of("Mezelf en mijn mogelijkheden begrijpen.", "Understanding myself and my options.")),
    /** Expanding the options, then narrowing them to a shortlist. */
    SYNTHESIS(
            "synthesis",
            LocalizedText.of("Synthese", "Synthesis"),
            LocalizedText.of(
                    "De mogelijkheden verruimen en daarna terugbrengen tot een korte lijst van ongeveer 3 tot 5.",
                    "Expanding the options, then narrowing them to a shortlist of about 3 to 5.")),
    /** Weighing the options and choosing. */
    VALUING(
            "valuing",
            LocalizedText.of("Waarderen", "Valuing"),
            LocalizedText.of("De mogelijkheden afwegen en kiezen.", "Weighing the options and choosing.")),
    /** Implementing the choice; the cycle repeats when it fails. */
    EXECUTION(
            "execution",
            LocalizedText.of("Uitvoering", "Execution"),
            LocalizedText.of(
                    "De keuze uitvoeren: een opleiding, een proefperiode, een baan. Lukt het niet, dan begint de"
                            + " cyclus opnieuw.",
                    "Implementing the choice: training, a trial, a job. The cycle repeats on failure."));

    private static final LocalDate ACCESSED = LocalDate.of(2026, 11, 28);

    private static final List<Citation> CITATIONS = List.of(
            Citation.builder()
                    .title("Career decisions (CASVE cycle)")
                    .url("https://oitecareersblog.wordpress.com/tag/career-decisions/")
                    .accessed(ACCESSED)
                    .build(),
            Citation.builder()
                    .title("CASVE cycle, p. 88")
                    .url("https://issuhub.com/view/index/5619?pageIndex=88")
                    .accessed(ACCESSED)
                    .build(),
            Citation.builder()
                    .title("CASVE cycle, p. 89")
                    .url("https://issuhub.com/view/index/5619?pageIndex=89")
                    .accessed(ACCESSED)
                    .build(),
            Citation.builder()
                    .title("Decision-making skills domain: CASVE cycle")
                    .url("https://paperzz.com/doc/7230641/decision-making-skills-domain-casve-cycle")
                    .accessed(ACCESSED)
                    .build());

    private final String code;
    private final LocalizedText displayName;
    private final LocalizedText definition;

    CasvePhase(String code, LocalizedText displayName, LocalizedText definition) {
        this.code = code;
        this.displayName = displayName;
        this.definition = definition;
    }

    /**
     * The stable wire code, such as {@code valuing}; also the dimension code in the {@code casve} framework.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The display name.
     *
     * @return the name in Dutch and English
     */
    public LocalizedText displayName() {
        return displayName;
    }

    /**
     * What happens in the phase, paraphrased from the sources.
     *
     * @return the definition in Dutch and English
     */
    public LocalizedText definition() {
        return definition;
    }

    /**
     * The phase after this one. After {@link #EXECUTION} the cycle returns to {@link #COMMUNICATION}.
     *
     * @return the next phase; never null
     */
    public CasvePhase next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /**
     * The sources of the phases and their definitions (research notes, section 3).
     *
     * @return an unmodifiable list of citations
     */
    public static List<Citation> citations() {
        return CITATIONS;
    }

    /**
     * The phase for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code execution} or {@code EXECUTION}
     * @return the phase
     * @throws IllegalArgumentException for an unknown code
     */
    @JsonCreator
    public static CasvePhase fromCode(String code) {
        return EnumCodes.fromCode(CasvePhase.class, CasvePhase::code, code, "CASVE phase");
    }
}
