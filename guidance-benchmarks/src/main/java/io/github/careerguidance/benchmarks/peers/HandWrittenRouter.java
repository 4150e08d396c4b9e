/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

/**
 * The floor: the routing of {@code DecisionJourney} written by hand, a {@code switch} over the steps with the
 * journey's conditions ({@link Routes}' guards). Stateless and thread-safe; {@link Routes#answer} around it checks
 * the answer, narrows the content and builds the immutable {@link Decision}.
 */
public final class HandWrittenRouter implements Router {
    /** The one instance. */
    public static final HandWrittenRouter INSTANCE = new HandWrittenRouter();

    private HandWrittenRouter() {}

    @Override
    public String next(String from, WalkState s) {
        switch (from) {
            case "welkom":
                return "q-situatie";
            case "q-situatie":
                return "q-uren";
            case "q-uren":
                return Routes.fewHours(s) ? "contact-kort" : "q-sector";
            case "q-sector":
                return "q-zeker";
            case "q-zeker":
                return Routes.unsure(s) ? "contact-kort" : "q-ervaring";
            case "q-ervaring":
                return "q-vangnet";
            case "q-vangnet":
                return Routes.needsHelp(s) ? "contact-kort" : "zelftest";
            case "contact-kort":
                return "zelftest";
            case "zelftest":
                return Routes.highConcern(s) ? "q-richting" : "info-opties";
            case "info-opties":
                return "q-richting";
            case "q-richting":
                return Routes.noDirection(s) ? "contact-adviseur" : "q-waarden";
            case "q-waarden":
                return "q-regio";
            case "q-regio":
                return Routes.elsewhere(s) ? "q-reistijd" : "info-regio";
            case "q-reistijd":
                return "info-regio";
            case "info-regio":
                return "q-scholing";
            case "q-scholing":
                return Routes.trainingUnsure(s) ? "contact-adviseur" : "q-budget";
            case "q-budget":
                return Routes.smallBudget(s) ? "contact-adviseur" : "q-tijd";
            case "q-tijd":
                return "q-netwerk";
            case "q-netwerk":
                return "q-cv";
            case "q-cv":
                return "q-motivatie";
            case "q-motivatie":
                return "q-vangnet-2";
            case "q-vangnet-2":
                return "contact-adviseur";
            case "contact-adviseur":
                return "q-keuze";
            case "q-keuze":
                return Routes.noChoice(s) ? "gesprek" : "q-start";
            case "q-start":
                return "actie";
            case "actie":
                return "gesprek";
            case "gesprek":
                return Routes.noChoice(s) ? "verwijzing" : "q-terugblik";
            case "q-terugblik":
                return Routes.poorLookBack(s) ? "contact-adviseur" : "plan";
            default:
                throw new IllegalStateException("no transition from '" + from + "'");
        }
    }
}
