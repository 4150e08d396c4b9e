/**
 * Provider registrations and quality-mark schemes as versioned, cited rule sets; explainable, date-aware checks;
 * bulk validation of large files.
 *
 * <p>Exports every API package, never {@code io.github.careerguidance.quality.internal}. Packages with JSON-mapped
 * values are opened to Jackson; the registration and validation packages also to Hibernate Validator, which reads
 * their constraints.
 */
// "requires-automatic": some dependencies (the OWASP encoder, Immutables' annotations) ship only an
// Automatic-Module-Name.
@SuppressWarnings("requires-automatic")
module io.github.careerguidance.quality {
    requires transitive io.github.careerguidance.core;
    requires tools.jackson.dataformat.csv;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires owasp.encoder;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports io.github.careerguidance.quality;
    exports io.github.careerguidance.quality.bulk;
    exports io.github.careerguidance.quality.jurisdiction;
    exports io.github.careerguidance.quality.registration;
    exports io.github.careerguidance.quality.schema;
    exports io.github.careerguidance.quality.scheme;
    exports io.github.careerguidance.quality.spi;
    exports io.github.careerguidance.quality.validation;

    opens io.github.careerguidance.quality to
            tools.jackson.databind;
    opens io.github.careerguidance.quality.bulk to
            tools.jackson.databind;
    opens io.github.careerguidance.quality.jurisdiction to
            tools.jackson.databind;
    opens io.github.careerguidance.quality.registration to
            tools.jackson.databind,
            org.hibernate.validator;
    opens io.github.careerguidance.quality.scheme to
            tools.jackson.databind;
    opens io.github.careerguidance.quality.spi to
            tools.jackson.databind;
    opens io.github.careerguidance.quality.validation to
            org.hibernate.validator;
    opens io.github.careerguidance.quality.internal to
            org.hibernate.validator;
}
