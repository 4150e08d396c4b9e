/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Career-competence models and the instruments that measure them: generic {@link
 * io.github.careerguidance.core.competence.CompetenceFramework frameworks} of {@link
 * io.github.careerguidance.core.competence.Dimension dimensions}, {@link
 * io.github.careerguidance.core.competence.Instrument instruments} that score a set of responses into a {@link
 * io.github.careerguidance.core.competence.CompetenceProfile}, {@link
 * io.github.careerguidance.core.competence.Crosswalk crosswalks} between frameworks, and the {@link
 * io.github.careerguidance.core.competence.CasvePhase CASVE} decision cycle.
 *
 * <p>The built-in models (Kuijpers' five career competencies, the CCQ, the CAAS structures, the Scottish CMS
 * framework and CASVE) are loaded from resources by {@link io.github.careerguidance.core.competence.CompetenceModels}.
 * Each carries citations; where a fact was not found (such as the CAAS response anchors or its item texts) the
 * data says so in a note and leaves it configurable.
 *
 * @since 0.1.0
 */
package io.github.careerguidance.core.competence;
