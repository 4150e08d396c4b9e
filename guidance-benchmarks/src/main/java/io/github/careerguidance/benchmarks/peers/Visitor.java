/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.profile.Region;

/**
 * The profile fields the journey's conditions read, as wire codes ("" when absent).
 *
 * @param employment the employment code, e.g. {@code unemployed-with-benefit}
 * @param education the education level code, e.g. {@code mbo-4}
 * @param age the age band code, e.g. {@code 45-54}
 * @param region the region code, e.g. {@code NL-UT}
 */
public record Visitor(String employment, String education, String age, String region) {
    /**
     * The fields of a profile.
     *
     * @param profile the profile
     * @return the visitor
     */
    public static Visitor of(ClientProfile profile) {
        return new Visitor(
                profile.employment().map(EmploymentSituation::code).orElse(""),
                profile.educationLevel().map(EducationLevel::code).orElse(""),
                profile.ageBand().map(AgeBand::code).orElse(""),
                profile.region().map(Region::code).orElse(""));
    }
}
