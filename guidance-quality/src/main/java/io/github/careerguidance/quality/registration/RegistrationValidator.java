/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.quality.internal.AccessorPropertyStrategy;
import io.github.careerguidance.quality.internal.ConstraintPrescreen;
import io.github.careerguidance.quality.internal.QualityMessages;
import io.github.careerguidance.quality.jurisdiction.IdentifierFormat;
import io.github.careerguidance.quality.jurisdiction.JurisdictionCatalogue;
import io.github.careerguidance.quality.jurisdiction.JurisdictionProfile;
import io.github.careerguidance.quality.validation.Code;
import io.github.careerguidance.quality.validation.KvkNumber;
import io.github.careerguidance.quality.validation.Postcode;
import io.github.careerguidance.quality.validation.RegisterNumber;
import io.github.careerguidance.quality.validation.Vestigingsnummer;
import io.github.careerguidance.quality.validation.WebAddress;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Structural validation of a {@link Registration} with Jakarta Validation (Hibernate Validator): KvK number,
 * vestigingsnummer, postcode, codes, web addresses, register numbers, ranges and lengths.
 *
 * <p>Each violation becomes an {@link Severity#ERROR} diagnostic with a stable code ({@code
 * quality.registration.kvk-number}, {@code quality.registration.postcode}, ...), a Dutch and English message and
 * the JSON Pointer of the field ({@code /organisation/address/postcode},
 * {@code /professionals/0/registrations/1/registerNumber}). Validation never throws for bad data.
 *
 * <p>Missing or wrong-typed fields cannot reach this validator: the value types reject them when they are built,
 * and {@link io.github.careerguidance.core.json.GuidanceCodec} reports them as diagnostics with paths.
 *
 * <pre>{@code
 * Diagnostics found = RegistrationValidator.shared().validate(registration);
 * found.forEach(d -> System.out.println(d.render(Locale.forLanguageTag("nl"))));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; share them.
 *
 * @since 0.1.0
 */
public final class RegistrationValidator {
    private static final RegistrationValidator SHARED = new RegistrationValidator();

    private static final Map<Class<? extends Annotation>, String> FORMAT_CODES = Map.of(
            KvkNumber.class, "quality.registration.kvk-number",
            Vestigingsnummer.class, "quality.registration.vestigingsnummer",
            Postcode.class, "quality.registration.postcode-nl",
            Code.class, "quality.registration.code",
            WebAddress.class, "quality.registration.web-address",
            RegisterNumber.class, "quality.registration.register-number");

    private final Validator validator;
    /** Skips validator runs that would find nothing; the validator still produces every diagnostic. */
    private final ConstraintPrescreen prescreen;

    private RegistrationValidator() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new AccessorPropertyStrategy())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
        this.prescreen = new ConstraintPrescreen(validator);
    }

    /**
     * The shared validator (Hibernate Validator bootstraps once per JVM).
     *
     * @return the validator
     */
    public static RegistrationValidator shared() {
        return SHARED;
    }

    /**
     * Validates a registration.
     *
     * @param registration the registration
     * @return the findings, empty when the registration is structurally valid
     */
    public Diagnostics validate(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        Diagnostics structural = prescreen.certainlyValid(registration)
                ? Diagnostics.empty()
                : toDiagnostics(validator.validate(registration), JsonPointer.root());
        Diagnostics local = jurisdiction(registration);
        if (local.isEmpty()) {
            return structural;
        }
        return structural.isEmpty()
                ? local
                : Diagnostics.builder().addAll(structural).addAll(local).build();
    }

    /**
     * The findings of the registration's jurisdiction: a known jurisdiction; the organisation's required
     * identifiers given, known identifiers well-formed, and the postcode in the jurisdiction's format.
     */
    private static Diagnostics jurisdiction(Registration registration) {
        Optional<JurisdictionProfile> found = JurisdictionCatalogue.builtIn().profile(registration.jurisdiction());
        if (found.isEmpty()) {
            List<String> known = new ArrayList<>();
            JurisdictionCatalogue.builtIn().profiles().forEach(p -> known.add(p.id()));
            return Diagnostics.of(QualityMessages.diagnostic(
                    Severity.ERROR,
                    "quality.registration.jurisdiction",
                    JsonPointer.of("jurisdiction"),
                    QualityMessages.args("value", registration.jurisdiction(), "known", String.join(", ", known))));
        }
        if (registration.organisation().isEmpty()) {
            return Diagnostics.empty();
        }
        JurisdictionProfile profile = found.get();
        Organisation org = registration.organisation().get();
        Diagnostics.Builder out = null;
        for (IdentifierFormat f : profile.organisationIdentifiers()) {
            Optional<String> value = org.identifier(f.id());
            if (value.isEmpty() && f.required()) {
                out = add(
                        out,
                        QualityMessages.diagnostic(
                                Severity.ERROR,
                                "quality.registration.identifier-missing",
                                "kvk".equals(f.id())
                                        ? JsonPointer.of("organisation", "kvkNumber")
                                        : JsonPointer.of("organisation", "identifiers"),
                                QualityMessages.args("identifier", f.id(), "jurisdiction", profile.id())));
            }
        }
        for (int i = 0; i < org.identifiers().size(); i++) {
            OrganisationIdentifier id = org.identifiers().get(i);
            Optional<IdentifierFormat> f = profile.organisationIdentifier(id.scheme());
            JsonPointer at = JsonPointer.of("organisation", "identifiers", String.valueOf(i));
            if (f.isEmpty()) {
                List<String> known = new ArrayList<>();
                profile.organisationIdentifiers().forEach(k -> known.add(k.id()));
                out = add(
                        out,
                        QualityMessages.diagnostic(
                                Severity.WARNING,
                                "quality.registration.identifier-unknown",
                                at.append("scheme"),
                                QualityMessages.args(
                                        "identifier",
                                        id.scheme(),
                                        "jurisdiction",
                                        profile.id(),
                                        "known",
                                        String.join(", ", known))));
            } else if (!f.get().matches(id.value())) {
                out = add(
                        out,
                        QualityMessages.diagnostic(
                                Severity.ERROR,
                                "quality.registration.identifier",
                                at.append("value"),
                                QualityMessages.args(
                                        "identifier",
                                        id.scheme(),
                                        "value",
                                        id.value(),
                                        "example",
                                        f.get().example())));
            }
        }
        String postcode = org.address().postcode();
        if (profile.postcode().isPresent()
                && !postcode.isBlank()
                && !profile.postcode().get().matches(postcode)) {
            out = add(
                    out,
                    QualityMessages.diagnostic(
                            Severity.ERROR,
                            "quality.registration.postcode",
                            JsonPointer.of("organisation", "address", "postcode"),
                            QualityMessages.args(
                                    "value",
                                    postcode,
                                    "example",
                                    profile.postcode().get().example())));
        }
        return out == null ? Diagnostics.empty() : out.build();
    }

    private static Diagnostics.Builder add(Diagnostics.Builder b, Diagnostic d) {
        return (b == null ? Diagnostics.builder() : b).add(d);
    }

    /**
     * Validates a professional on its own.
     *
     * @param professional the professional
     * @return the findings, located relative to the professional
     */
    public Diagnostics validate(Professional professional) {
        Objects.requireNonNull(professional, "professional");
        if (prescreen.certainlyValid(professional)) {
            return Diagnostics.empty();
        }
        return toDiagnostics(validator.validate(professional), JsonPointer.root());
    }

    /**
     * Validates an organisation on its own.
     *
     * @param organisation the organisation
     * @return the findings, located relative to the organisation
     */
    public Diagnostics validate(Organisation organisation) {
        Objects.requireNonNull(organisation, "organisation");
        if (prescreen.certainlyValid(organisation)) {
            return Diagnostics.empty();
        }
        return toDiagnostics(validator.validate(organisation), JsonPointer.root());
    }

    /**
     * Validates with Hibernate Validator alone, without the pre-screen: the reference the pre-screen is tested
     * against.
     */
    Diagnostics validateFully(Object bean) {
        Diagnostics structural = validateBeans(bean);
        if (bean instanceof Registration) {
            Diagnostics local = jurisdiction((Registration) bean);
            if (!local.isEmpty()) {
                return Diagnostics.builder().addAll(structural).addAll(local).build();
            }
        }
        return structural;
    }

    /** Hibernate Validator alone, without the pre-screen and the jurisdiction's checks. */
    Diagnostics validateBeans(Object bean) {
        return toDiagnostics(validator.validate(bean), JsonPointer.root());
    }

    /** Whether the pre-screen alone finds a bean valid (then {@link #validateBeans} finds nothing). */
    boolean prescreened(Object bean) {
        return prescreen.certainlyValid(bean);
    }

    private static <T> Diagnostics toDiagnostics(Set<ConstraintViolation<T>> violations, JsonPointer prefix) {
        if (violations.isEmpty()) {
            return Diagnostics.empty();
        }
        Diagnostics.Builder out = Diagnostics.builder();
        for (ConstraintViolation<T> v : violations) {
            out.add(toDiagnostic(v).relocate(prefix));
        }
        return out.build();
    }

    private static Diagnostic toDiagnostic(ConstraintViolation<?> v) {
        JsonPointer at = pointer(v.getPropertyPath());
        String property =
                at.isRoot() ? "(document)" : at.segments().get(at.segments().size() - 1);
        Class<? extends Annotation> type =
                v.getConstraintDescriptor().getAnnotation().annotationType();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String value = String.valueOf(v.getInvalidValue());
        String code = FORMAT_CODES.get(type);
        if (code != null) {
            return QualityMessages.diagnostic(Severity.ERROR, code, at, QualityMessages.args("value", value));
        }
        if (type == NotBlank.class || type == NotNull.class) {
            return QualityMessages.diagnostic(
                    Severity.ERROR, "quality.registration.blank", at, QualityMessages.args("property", property));
        }
        if (type == Min.class || type == PositiveOrZero.class) {
            Object min = type == Min.class ? attributes.get("value") : 0;
            return QualityMessages.diagnostic(
                    Severity.ERROR,
                    "quality.registration.min",
                    at,
                    QualityMessages.args("property", property, "min", min, "value", value));
        }
        if (type == Max.class) {
            return QualityMessages.diagnostic(
                    Severity.ERROR,
                    "quality.registration.max",
                    at,
                    QualityMessages.args("property", property, "max", attributes.get("value"), "value", value));
        }
        if (type == Size.class) {
            return QualityMessages.diagnostic(
                    Severity.ERROR,
                    "quality.registration.size",
                    at,
                    QualityMessages.args(
                            "property",
                            property,
                            "min",
                            attributes.get("min"),
                            "max",
                            attributes.get("max"),
                            "length",
                            v.getInvalidValue() instanceof CharSequence
                                    ? ((CharSequence) v.getInvalidValue()).length()
                                    : value));
        }
        // Any other constraint (an integrator's own): Hibernate Validator's English text in both languages.
        return QualityMessages.diagnostic(
                Severity.ERROR,
                "quality.registration.constraint",
                at,
                QualityMessages.args("property", property, "detail", v.getMessage()));
    }

    /**
     * Converts a Hibernate Validator property path ({@code professionals[0].registrations[1].registerNumber}) to
     * a JSON Pointer ({@code /professionals/0/registrations/1/registerNumber}).
     */
    static JsonPointer pointer(Path path) {
        JsonPointer pointer = JsonPointer.root();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    pointer = pointer.append(node.getIndex());
                } else if (node.getKey() != null) {
                    pointer = pointer.append(String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer = pointer.append(node.getName());
            }
        }
        return pointer;
    }

    @Override
    public String toString() {
        return "RegistrationValidator";
    }
}
