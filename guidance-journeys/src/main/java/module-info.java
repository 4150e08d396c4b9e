/**
 * Journeys as data: steps, transitions and conditions; a builder and a JSON/YAML format; static checks of a design;
 * diagrams; a thread-safe runtime engine with resumable sessions, escalation, handover to people and shared
 * summaries.
 *
 * <p>Exports every API package; {@code io.github.careerguidance.journeys.internal} only to guidance-research.
 * Packages with JSON-mapped values are opened to Jackson alone.
 */
// "module": the qualified exports name sibling modules that Maven compiles after this one, so javac cannot see them
// here; "requires-automatic": some dependencies ship only an Automatic-Module-Name.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.careerguidance.journeys {
    requires transitive io.github.careerguidance.core;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports io.github.careerguidance.journeys.analysis;
    exports io.github.careerguidance.journeys.authoring;
    exports io.github.careerguidance.journeys.check;
    exports io.github.careerguidance.journeys.diagram;
    exports io.github.careerguidance.journeys.diff;
    exports io.github.careerguidance.journeys.engine;
    exports io.github.careerguidance.journeys.format;
    exports io.github.careerguidance.journeys.handover;
    exports io.github.careerguidance.journeys.handover.desk;
    exports io.github.careerguidance.journeys.handover.sink;
    exports io.github.careerguidance.journeys.handover.spi;
    exports io.github.careerguidance.journeys.model;
    exports io.github.careerguidance.journeys.outcome;
    exports io.github.careerguidance.journeys.reference;
    exports io.github.careerguidance.journeys.scenario;
    exports io.github.careerguidance.journeys.summary;
    exports io.github.careerguidance.journeys.internal to
            io.github.careerguidance.research;

    opens io.github.careerguidance.journeys.check to
            tools.jackson.databind;
    opens io.github.careerguidance.journeys.diagram to
            tools.jackson.databind;
    opens io.github.careerguidance.journeys.engine to
            tools.jackson.databind;
    opens io.github.careerguidance.journeys.handover to
            tools.jackson.databind;
    opens io.github.careerguidance.journeys.model to
            tools.jackson.databind;
    opens io.github.careerguidance.journeys.scenario to
            tools.jackson.databind;
    opens io.github.careerguidance.journeys.summary to
            tools.jackson.databind;
}
