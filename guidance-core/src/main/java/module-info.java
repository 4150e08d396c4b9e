/**
 * The shared vocabulary of guidance: intake goals, client profiles, career-competence models and instruments,
 * support levels and contact channels, action plans, resume codes, business calendars, localized text and the one
 * diagnostics type every module reports with.
 *
 * <p>Exports every API package; the {@code internal} packages are exported only to the sibling guidance modules
 * that share them. Packages with JSON-mapped values are opened to Jackson alone, for the generated
 * {@code Immutable*} classes' creators.
 */
// "module": the qualified exports name sibling modules that Maven compiles after this one, so javac cannot see them
// here; "requires-automatic": some dependencies ship only an Automatic-Module-Name.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.careerguidance.core {
    requires transitive tools.jackson.databind;
    requires transitive tools.jackson.core;
    requires transitive com.fasterxml.jackson.annotation;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports io.github.careerguidance.core.calendar;
    exports io.github.careerguidance.core.citation;
    exports io.github.careerguidance.core.competence;
    exports io.github.careerguidance.core.contact;
    exports io.github.careerguidance.core.diagnostics;
    exports io.github.careerguidance.core.intake;
    exports io.github.careerguidance.core.json;
    exports io.github.careerguidance.core.meta;
    exports io.github.careerguidance.core.plan;
    exports io.github.careerguidance.core.profile;
    exports io.github.careerguidance.core.readiness;
    exports io.github.careerguidance.core.resume;
    exports io.github.careerguidance.core.text;
    exports io.github.careerguidance.core.internal to
            io.github.careerguidance.journeys,
            io.github.careerguidance.quality,
            io.github.careerguidance.research;
    exports io.github.careerguidance.core.json.internal to
            io.github.careerguidance.quality;

    opens io.github.careerguidance.core.calendar to
            tools.jackson.databind;
    opens io.github.careerguidance.core.citation to
            tools.jackson.databind;
    opens io.github.careerguidance.core.competence to
            tools.jackson.databind;
    opens io.github.careerguidance.core.contact to
            tools.jackson.databind;
    opens io.github.careerguidance.core.diagnostics to
            tools.jackson.databind;
    opens io.github.careerguidance.core.intake to
            tools.jackson.databind;
    opens io.github.careerguidance.core.plan to
            tools.jackson.databind;
    opens io.github.careerguidance.core.profile to
            tools.jackson.databind;
    opens io.github.careerguidance.core.profile.internal to
            tools.jackson.databind;
    opens io.github.careerguidance.core.readiness to
            tools.jackson.databind;
    opens io.github.careerguidance.core.text to
            tools.jackson.databind;
}
