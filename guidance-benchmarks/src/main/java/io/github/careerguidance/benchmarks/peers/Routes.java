/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import io.github.careerguidance.benchmarks.journey.DecisionJourney;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The routing of {@link DecisionJourney} in plain Java, shared by the floor and the peers: the guards (one static
 * method per condition of the journey), the transition table the peers are configured from, the content narrowing
 * of the information steps, the contact offer and the answer check. Only {@link Router#next} differs between the
 * contestants.
 *
 * <p>Not modelled (the SDK does it, the contestants don't): the support-level escalation (safety nets, stalls,
 * contact steps), the event log and the titles and texts of the view. The contact offer is computed at the
 * contact-request level ({@code brief-staff-assisted}), which is the SDK's level unless a safety net or a stall
 * escalated the session.
 */
public final class Routes {
    /** The first step. */
    public static final String FIRST = "welkom";

    /** The one event every peer fires: "the visitor is done with the current step". */
    public static final String NEXT = "NEXT";

    /** The outcome steps, where a walk ends. */
    public static final Set<String> OUTCOMES = Set.of("plan", "verwijzing");

    /** The assessment step (CAAS-24). */
    public static final String ASSESSMENT = "zelftest";

    /** The offered options of every choice question. */
    public static final Map<String, Set<String>> CHOICES = Map.ofEntries(
            Map.entry("q-situatie", Set.of("werk", "geen-werk", "school")),
            Map.entry("q-sector", Set.of("zorg", "techniek", "onderwijs", "ict")),
            Map.entry("q-ervaring", Set.of("geen", "weinig", "veel")),
            Map.entry("q-vangnet", Set.of("ja", "nee")),
            Map.entry("q-richting", Set.of("duidelijk", "twijfel", "geen-idee")),
            Map.entry("q-waarden", Set.of("zekerheid", "vrijheid", "zingeving", "salaris")),
            Map.entry("q-regio", Set.of("utrecht", "amsterdam", "rotterdam", "elders")),
            Map.entry("q-scholing", Set.of("ja", "nee", "weet-niet")),
            Map.entry("q-netwerk", Set.of("ja", "een-beetje", "nee")),
            Map.entry("q-cv", Set.of("ja", "nee")),
            Map.entry("q-vangnet-2", Set.of("ja", "nee")),
            Map.entry("q-keuze", Set.of("ja", "nee")),
            Map.entry("q-start", Set.of("deze-maand", "later")));

    /** The multiple-choice questions (the others in {@link #CHOICES} are single choice). */
    public static final Set<String> MULTIPLE = Set.of("q-sector", "q-waarden");

    /** The range [min, max] of every number and scale question. */
    public static final Map<String, double[]> RANGES = Map.of(
            "q-uren", new double[] {0, 60},
            "q-zeker", new double[] {1, 5},
            "q-reistijd", new double[] {0, 240},
            "q-budget", new double[] {0, 20_000},
            "q-tijd", new double[] {0, 10},
            "q-terugblik", new double[] {1, 5});

    /** The short-text question and its maximum length. */
    public static final Map<String, Integer> TEXTS = Map.of("q-motivatie", 200);

    /** The transitions in journey order; per step the conditional one first, then the default. */
    public static final List<Transition> TRANSITIONS = transitions();

    private static final Set<ContactChannel> CONTACT_KORT = EnumSet.of(ContactChannel.CHAT, ContactChannel.PHONE);
    private static final Set<ContactChannel> CONTACT_ADVISEUR =
            EnumSet.of(ContactChannel.CHAT, ContactChannel.PHONE, ContactChannel.VIDEO);
    private static final Set<ContactChannel> SUGGESTED = ContactChannel.suggestedFor(SupportLevel.BRIEF_STAFF_ASSISTED);
    private static final String WW = "unemployed-with-benefit";

    private Routes() {}

    /**
     * One transition: from a step on {@link #NEXT} to another when the guard holds.
     *
     * @param from the source step
     * @param to the target step
     * @param guard the guard's name ("always" or the name of a {@link Routes} guard, "not-..." for a default)
     * @param test the guard; the guards of one step exclude each other (a default is the negation of the others)
     * @param uel the guard as a JUEL expression over process variables (for Flowable), or null for a default
     * @param otherwise whether this is the step's default transition
     */
    public record Transition(
            String from, String to, String guard, Predicate<WalkState> test, String uel, boolean otherwise) {}

    // --- guards: one per condition of the journey ---------------------------------------------------------------

    /**
     * @param s the state
     * @return q-uren &lt; 8
     */
    public static boolean fewHours(WalkState s) {
        return number(s, "q-uren") < 8;
    }

    /**
     * @param s the state
     * @return q-zeker &le; 1
     */
    public static boolean unsure(WalkState s) {
        return number(s, "q-zeker") <= 1;
    }

    /**
     * @param s the state
     * @return q-vangnet = nee
     */
    public static boolean needsHelp(WalkState s) {
        return choice(s, "q-vangnet", "nee");
    }

    /**
     * @param s the state
     * @return the CAAS-24 concern mean &ge; 4.5
     */
    public static boolean highConcern(WalkState s) {
        return s.concern() >= 4.5;
    }

    /**
     * @param s the state
     * @return q-richting = geen-idee
     */
    public static boolean noDirection(WalkState s) {
        return choice(s, "q-richting", "geen-idee");
    }

    /**
     * @param s the state
     * @return q-regio = elders
     */
    public static boolean elsewhere(WalkState s) {
        return choice(s, "q-regio", "elders");
    }

    /**
     * @param s the state
     * @return q-scholing = weet-niet
     */
    public static boolean trainingUnsure(WalkState s) {
        return choice(s, "q-scholing", "weet-niet");
    }

    /**
     * @param s the state
     * @return q-budget &lt; 500
     */
    public static boolean smallBudget(WalkState s) {
        return number(s, "q-budget") < 500;
    }

    /**
     * @param s the state
     * @return q-keuze = nee
     */
    public static boolean noChoice(WalkState s) {
        return choice(s, "q-keuze", "nee");
    }

    /**
     * @param s the state
     * @return q-terugblik &le; 2
     */
    public static boolean poorLookBack(WalkState s) {
        return number(s, "q-terugblik") <= 2;
    }

    private static double number(WalkState s, String step) {
        Answer a = s.answers().get(step);
        return a == null || a.number().isEmpty() ? Double.NaN : a.number().get().doubleValue();
    }

    private static boolean choice(WalkState s, String step, String option) {
        Answer a = s.answers().get(step);
        return a != null && a.selectedOptions().contains(option);
    }

    private static boolean selected(WalkState s, String step, String option) {
        return choice(s, step, option);
    }

    // --- the table ---------------------------------------------------------------------------------------------

    private static List<Transition> transitions() {
        List<Transition> t = new ArrayList<>();
        always(t, "welkom", "q-situatie");
        always(t, "q-situatie", "q-uren");
        branch(t, "q-uren", "fewHours", Routes::fewHours, "${q_uren < 8}", "contact-kort", "q-sector");
        always(t, "q-sector", "q-zeker");
        branch(t, "q-zeker", "unsure", Routes::unsure, "${q_zeker <= 1}", "contact-kort", "q-ervaring");
        always(t, "q-ervaring", "q-vangnet");
        branch(t, "q-vangnet", "needsHelp", Routes::needsHelp, "${q_vangnet == 'nee'}", "contact-kort", "zelftest");
        always(t, "contact-kort", "zelftest");
        branch(t, "zelftest", "highConcern", Routes::highConcern, "${concern >= 4.5}", "q-richting", "info-opties");
        always(t, "info-opties", "q-richting");
        branch(
                t,
                "q-richting",
                "noDirection",
                Routes::noDirection,
                "${q_richting == 'geen-idee'}",
                "contact-adviseur",
                "q-waarden");
        always(t, "q-waarden", "q-regio");
        branch(t, "q-regio", "elsewhere", Routes::elsewhere, "${q_regio == 'elders'}", "q-reistijd", "info-regio");
        always(t, "q-reistijd", "info-regio");
        always(t, "info-regio", "q-scholing");
        branch(
                t,
                "q-scholing",
                "trainingUnsure",
                Routes::trainingUnsure,
                "${q_scholing == 'weet-niet'}",
                "contact-adviseur",
                "q-budget");
        branch(t, "q-budget", "smallBudget", Routes::smallBudget, "${q_budget < 500}", "contact-adviseur", "q-tijd");
        always(t, "q-tijd", "q-netwerk");
        always(t, "q-netwerk", "q-cv");
        always(t, "q-cv", "q-motivatie");
        always(t, "q-motivatie", "q-vangnet-2");
        always(t, "q-vangnet-2", "contact-adviseur");
        always(t, "contact-adviseur", "q-keuze");
        branch(t, "q-keuze", "noChoice", Routes::noChoice, "${q_keuze == 'nee'}", "gesprek", "q-start");
        always(t, "q-start", "actie");
        always(t, "actie", "gesprek");
        branch(t, "gesprek", "noChoice", Routes::noChoice, "${q_keuze == 'nee'}", "verwijzing", "q-terugblik");
        branch(
                t,
                "q-terugblik",
                "poorLookBack",
                Routes::poorLookBack,
                "${q_terugblik <= 2}",
                "contact-adviseur",
                "plan");
        return List.copyOf(t);
    }

    private static void always(List<Transition> t, String from, String to) {
        t.add(new Transition(from, to, "always", s -> true, null, true));
    }

    private static void branch(
            List<Transition> t,
            String from,
            String name,
            Predicate<WalkState> guard,
            String uel,
            String to,
            String otherwise) {
        t.add(new Transition(from, to, name, guard, uel, false));
        t.add(new Transition(from, otherwise, "not-" + name, guard.negate(), null, true));
    }

    /**
     * Every step of the journey, in journey order of first mention.
     *
     * @return the step ids
     */
    public static List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (Transition t : TRANSITIONS) {
            for (String s : new String[] {t.from(), t.to()}) {
                if (!steps.contains(s)) {
                    steps.add(s);
                }
            }
        }
        return steps;
    }

    // --- the rest of a decision, the same for every contestant --------------------------------------------------

    /**
     * Whether the answer fits the question (offered options, range, length).
     *
     * @param step the question step
     * @param a the answer
     * @return true if acceptable
     */
    public static boolean valid(String step, Answer a) {
        Set<String> options = CHOICES.get(step);
        if (options != null) {
            List<String> selected = MULTIPLE.contains(step)
                    ? a.choices()
                    : a.choice().map(List::of).orElse(List.of());
            return !selected.isEmpty() && options.containsAll(selected);
        }
        double[] range = RANGES.get(step);
        if (range != null) {
            if (a.number().isEmpty()) {
                return false;
            }
            double n = a.number().get().doubleValue();
            return n >= range[0] && n <= range[1];
        }
        Integer max = TEXTS.get(step);
        return max != null && a.text().isPresent() && a.text().get().length() <= max;
    }

    /**
     * A decision on a question: check the answer, record it, route, narrow, offer.
     *
     * @param router the routing
     * @param s the state at the question
     * @param answer the answer
     * @param now the instant for opening hours
     * @return the decision
     * @throws IllegalArgumentException if the answer does not fit the question
     */
    public static Decision answer(Router router, WalkState s, Answer answer, Instant now) {
        if (!valid(s.step(), answer)) {
            throw new IllegalArgumentException("answer " + answer + " does not fit question '" + s.step() + "'");
        }
        Map<String, Answer> answers = new HashMap<>(s.answers());
        answers.put(s.step(), answer);
        return enter(router, new WalkState(s.step(), s.visitor(), answers, s.concern()), now);
    }

    /**
     * A decision on the self-test: record the concern mean, route, narrow, offer.
     *
     * @param router the routing
     * @param s the state at {@link #ASSESSMENT}
     * @param concern the CAAS-24 concern mean
     * @param now the instant for opening hours
     * @return the decision
     */
    public static Decision assess(Router router, WalkState s, double concern, Instant now) {
        return enter(router, new WalkState(s.step(), s.visitor(), s.answers(), concern), now);
    }

    /**
     * A decision on an information, contact, action or reflection step: route, narrow, offer.
     *
     * @param router the routing
     * @param s the state
     * @param now the instant for opening hours
     * @return the decision
     */
    public static Decision proceed(Router router, WalkState s, Instant now) {
        return enter(router, s, now);
    }

    private static Decision enter(Router router, WalkState facts, Instant now) {
        String next = router.next(facts.step(), facts);
        WalkState at = new WalkState(next, facts.visitor(), facts.answers(), facts.concern());
        return view(at, now);
    }

    /**
     * What the contestants show at a state: its narrowed content and contact offer.
     *
     * @param at the state
     * @param now the instant for opening hours
     * @return the decision holding the state
     */
    public static Decision view(WalkState at, Instant now) {
        return new Decision(at, content(at.step(), at), offer(at.step(), now, DecisionJourney.LOKET));
    }

    /**
     * The content items shown at a step, narrowed by profile, answers and scores (the journey's content
     * conditions).
     *
     * @param step the step
     * @param s the state
     * @return the item ids in journey order
     */
    public static List<String> content(String step, WalkState s) {
        Visitor v = s.visitor();
        List<String> items = new ArrayList<>(5);
        switch (step) {
            case "welkom":
                items.add("intro");
                if (v.employment().equals(WW)) {
                    items.add("ww");
                }
                if (v.education().equals("mbo-2")
                        || v.education().equals("mbo-3")
                        || v.education().equals("mbo-4")) {
                    items.add("mbo");
                }
                if (v.age().equals("18-22") || v.age().equals("23-29")) {
                    items.add("jong");
                }
                break;
            case "info-opties":
                items.add("lijstje");
                if (selected(s, "q-sector", "zorg")) {
                    items.add("zorg");
                }
                if (selected(s, "q-sector", "ict") && v.employment().equals(WW)) {
                    items.add("ict");
                }
                if (s.concern() < 2.5) {
                    items.add("zorgen");
                }
                break;
            case "info-regio":
                items.add("werkbedrijf");
                if (v.region().equals("NL-UT")) {
                    items.add("ut");
                }
                if (v.region().equals("NL-NH")) {
                    items.add("nh");
                }
                if (v.employment().equals(WW)
                        && !(v.education().equals("master") || v.education().equals("doctorate"))) {
                    items.add("ww-regio");
                }
                if (number(s, "q-reistijd") > 60) {
                    items.add("reis");
                }
                break;
            default:
                return List.of();
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * The contact offer at a step: the contact step's channels, or the channels suggested for the contact-request
     * level, of the contact point, each with whether it is open and when it opens next.
     *
     * @param step the step
     * @param now the instant
     * @param point the contact point
     * @return the offered channels
     */
    public static List<Offered> offer(String step, Instant now, ContactPoint point) {
        Set<ContactChannel> channels = step.equals("contact-kort")
                ? CONTACT_KORT
                : step.equals("contact-adviseur") ? CONTACT_ADVISEUR : SUGGESTED;
        List<Offered> offer = new ArrayList<>(channels.size());
        if (!point.serves(SupportLevel.BRIEF_STAFF_ASSISTED)) {
            return List.of();
        }
        for (ContactChannel channel : channels) {
            if (!point.channels().contains(channel)) {
                continue;
            }
            boolean open = point.isOpen(channel, now);
            offer.add(new Offered(
                    channel,
                    open,
                    open
                            ? java.util.Optional.empty()
                            : point.nextOpening(channel, now).map(ZonedDateTime::toInstant)));
        }
        return Collections.unmodifiableList(offer);
    }
}
