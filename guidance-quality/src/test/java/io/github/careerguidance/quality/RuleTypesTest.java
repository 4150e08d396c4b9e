/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.registration.Address;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import io.github.careerguidance.quality.scheme.EquivalenceRule;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.ReviewRule;
import io.github.careerguidance.quality.scheme.Rule;
import io.github.careerguidance.quality.scheme.RuleContext;
import io.github.careerguidance.quality.scheme.RuleOutcome;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule types evaluate themselves (issue #13): a closed set, each with its evaluation in its own class. */
class RuleTypesTest {

    @Test
    void theRuleTypesAreTheSealedSetOfTheWireTypes() {
        assertThat(Rule.class.isSealed()).isTrue();
        Set<Class<?>> permitted = Set.of(Rule.class.getPermittedSubclasses());
        Set<Class<?>> wire = Arrays.stream(
                        Rule.class.getAnnotation(JsonSubTypes.class).value())
                .map(t -> t.value().getSuperclass())
                .collect(Collectors.toSet());
        assertThat(permitted).hasSize(14).isEqualTo(wire);
        for (Class<?> type : permitted) {
            assertThat(type.isSealed()).as(type.getSimpleName()).isTrue();
            // The evaluation sits beside the rule's data: declared by the rule type itself, not inherited.
            Method evaluate = declared(type, "evaluate");
            assertThat(evaluate.getReturnType()).isEqualTo(RuleOutcome.class);
            assertThat(Modifier.isAbstract(evaluate.getModifiers()))
                    .as(type.getSimpleName())
                    .isFalse();
        }
    }

    @Test
    void onlyEquivalenceRulesDeemOtherRulesMet() {
        for (Scheme scheme : SchemeCatalogue.builtIn().schemes()) {
            for (Rule rule : scheme.rules()) {
                if (rule.getClass().getSuperclass() == EquivalenceRule.class) {
                    assertThat(rule.deemsMet())
                            .as(rule.id())
                            .isEqualTo(((EquivalenceRule) rule).satisfies())
                            .isNotEmpty();
                } else {
                    assertThat(rule.deemsMet()).as(rule.id()).isEmpty();
                }
            }
        }
    }

    @Test
    void aReviewRuleWithoutParametersIsNotAssessableInsteadOfAnInternalError() {
        ReviewRule bare = ReviewRule.builder()
                .id("BARE-REVIEW")
                .title(LocalizedText.of("Herbeoordeling.", "Review."))
                .markScheme("matrix-standard")
                .build();
        Organisation org = Organisation.builder()
                .legalName("Bureau")
                .kvkNumber("12345678")
                .address(Address.builder()
                        .street("Markt")
                        .houseNumber("1")
                        .postcode("1234 AB")
                        .city("Delft")
                        .build())
                .addMarks(OrganisationMark.builder()
                        .scheme("matrix-standard")
                        .status(RegistrationStatus.ACTIVE)
                        .accreditedOn(LocalDate.of(2024, 1, 1))
                        .build())
                .build();
        Registration registration =
                Registration.builder().reference("r").organisation(org).build();
        Policy policy = Policy.builder()
                .id("bare")
                .name(LocalizedText.of("Kaal", "Bare"))
                .version("1")
                .addRules(bare)
                .build();
        RuleResult result = QualityChecker.builtIn()
                .check(registration, policy, LocalDate.of(2025, 1, 1))
                .schemes()
                .get(0)
                .rules()
                .get(0);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(result.code()).isEqualTo("quality.rule.parameter-missing");
        assertThat(result.explanation().resolve(java.util.Locale.ENGLISH))
                .contains("review, interim check or audit interval")
                .doesNotContain("Exception");
    }

    private static Method declared(Class<?> type, String name) {
        try {
            return type.getDeclaredMethod(name, RuleContext.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getSimpleName() + " does not declare " + name + "(RuleContext)", e);
        }
    }
}
