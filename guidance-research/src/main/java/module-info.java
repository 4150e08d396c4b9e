/**
 * Research on journey designs: simulation over population models, comparison of designs, plots and self-contained
 * HTML reports.
 *
 * <p>Exports every API package, never the {@code internal} ones. Packages with JSON-mapped values are opened to
 * Jackson alone. XChart has no module descriptor; it is required as the automatic module {@code org.knowm.xchart}.
 */
// "requires-automatic": some dependencies (XChart, the OWASP encoder, Immutables' annotations) ship only an
// Automatic-Module-Name.
@SuppressWarnings("requires-automatic")
module io.github.careerguidance.research {
    requires transitive io.github.careerguidance.core;
    requires transitive io.github.careerguidance.journeys;
    requires tools.jackson.dataformat.csv;
    requires owasp.encoder;
    requires org.knowm.xchart;
    requires java.desktop;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports io.github.careerguidance.research.calibration;
    exports io.github.careerguidance.research.report;
    exports io.github.careerguidance.research.simulation;

    opens io.github.careerguidance.research.report to
            tools.jackson.databind;
    opens io.github.careerguidance.research.simulation to
            tools.jackson.databind;
}
