/**
 * Scenario files of journey designs as JUnit 5 dynamic tests, for an integrator's own build.
 *
 * <p>Exports {@code io.github.careerguidance.junit}; brings guidance-journeys and the JUnit Jupiter API, which its
 * API exposes.
 */
module io.github.careerguidance.junit {
    requires transitive io.github.careerguidance.journeys;
    requires transitive org.junit.jupiter.api;

    exports io.github.careerguidance.junit;
}
