/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flat CSV layout for bulk registrations: one row is one registration with at most one organisation and at
 * most one professional, who has at most one entry of each kind.
 *
 * <p>The first row is the header. Column names are matched case-insensitively, in any order; every column is
 * optional, and empty cells are absent values. Dates are ISO ({@code 2026-11-28}); lists inside a cell are
 * separated by {@code ;}. The separator is {@code ,} by default ({@code ;} for Dutch spreadsheet exports, see
 * {@link BulkChecker.Builder#csvSeparator(char)}); UTF-8, with or without a byte order mark.
 *
 * <table>
 *   <caption>Columns and the registration field each fills</caption>
 *   <tr><th>Column</th><th>Field</th></tr>
 *   <tr><td>reference</td><td>{@code /reference}</td></tr>
 *   <tr><td>kvk_number, legal_name, vestigingsnummer, website</td><td>{@code /organisation/...}</td></tr>
 *   <tr><td>street, house_number, postcode, city</td><td>{@code /organisation/address/...}</td></tr>
 *   <tr><td>professional_id, professional_name, code_of_conduct</td><td>{@code /professionals/0/id, name, codeOfConduct}</td></tr>
 *   <tr><td>services, documents</td><td>{@code ;}-separated codes: {@code /professionals/0/services, documents}</td></tr>
 *   <tr><td>scheme, register_number, status, level, valid_from, valid_until, first_registered</td>
 *       <td>one person registration, {@code /professionals/0/registrations/0/...}</td></tr>
 *   <tr><td>nlqf_level, education_field, education_kind, education_completed, training_hours, programme</td>
 *       <td>one education entry, {@code /professionals/0/education/0/...}</td></tr>
 *   <tr><td>experience_hours, experience_years</td><td>{@code /professionals/0/experience/...}</td></tr>
 *   <tr><td>cpd_from, cpd_until, pe_points, cpd_hours</td><td>one CPD record, {@code /professionals/0/cpd/0/...}</td></tr>
 *   <tr><td>reflection_from, reflection_until, intervisie, supervisie, coaching, report_written</td>
 *       <td>one reflection record, {@code /professionals/0/reflection/0/...}</td></tr>
 *   <tr><td>clients</td><td>{@code year:count} pairs, e.g. {@code 2024:12;2025:14}: {@code /professionals/0/clients}</td></tr>
 * </table>
 *
 * <p>A group (organisation, address, professional, registration, education, CPD, reflection) is present when any
 * of its cells is filled; its required fields are then checked as in JSON (a missing {@code status} is
 * {@code core.json.missing-property} at {@code /<index>/professionals/0/registrations/0/status}). Each diagnostic
 * carries the row's line and the 1-based number of the column it concerns.
 *
 * <p><b>What CSV cannot express</b> (use JSON or NDJSON for these): more than one professional per registration
 * (rows are never grouped, so that memory stays constant), more than one person registration, education, CPD or
 * reflection entry per professional, organisation services, target groups, prices, complaints procedure, privacy
 * statement, organisation documents and organisation marks (so organisation schemes such as Blik op Werk and the
 * matrix Standard find no mark in CSV input).
 *
 * <pre>{@code
 * reference,kvk_number,legal_name,street,house_number,postcode,city,professional_id,professional_name,scheme,register_number,status,valid_from,valid_until
 * reg-001,69599084,Loopbaanbureau De Koers B.V.,Oudegracht,112,3511 AX,Utrecht,p1,Anne de Vries,noloc-rl,RL-2021-0412,active,2023-03-01,2027-02-28
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RegistrationCsv {
    /** Column name to the JSON Pointer (relative to the registration) of the field it fills. */
    static final Map<String, String> COLUMNS = columns(
            "reference", "/reference",
            "kvk_number", "/organisation/kvkNumber",
            "legal_name", "/organisation/legalName",
            "vestigingsnummer", "/organisation/vestigingsnummer",
            "website", "/organisation/website",
            "street", "/organisation/address/street",
            "house_number", "/organisation/address/houseNumber",
            "postcode", "/organisation/address/postcode",
            "city", "/organisation/address/city",
            "professional_id", "/professionals/0/id",
            "professional_name", "/professionals/0/name",
            "services", "/professionals/0/services",
            "code_of_conduct", "/professionals/0/codeOfConduct",
            "documents", "/professionals/0/documents",
            "scheme", "/professionals/0/registrations/0/scheme",
            "register_number", "/professionals/0/registrations/0/registerNumber",
            "status", "/professionals/0/registrations/0/status",
            "level", "/professionals/0/registrations/0/level",
            "valid_from", "/professionals/0/registrations/0/validFrom",
            "valid_until", "/professionals/0/registrations/0/validUntil",
            "first_registered", "/professionals/0/registrations/0/firstRegistered",
            "nlqf_level", "/professionals/0/education/0/nlqfLevel",
            "education_field", "/professionals/0/education/0/field",
            "education_kind", "/professionals/0/education/0/kind",
            "education_completed", "/professionals/0/education/0/completed",
            "training_hours", "/professionals/0/education/0/trainingHours",
            "programme", "/professionals/0/education/0/programme",
            "experience_hours", "/professionals/0/experience/hours",
            "experience_years", "/professionals/0/experience/years",
            "cpd_from", "/professionals/0/cpd/0/from",
            "cpd_until", "/professionals/0/cpd/0/until",
            "pe_points", "/professionals/0/cpd/0/pePoints",
            "cpd_hours", "/professionals/0/cpd/0/hours",
            "reflection_from", "/professionals/0/reflection/0/from",
            "reflection_until", "/professionals/0/reflection/0/until",
            "intervisie", "/professionals/0/reflection/0/intervisie",
            "supervisie", "/professionals/0/reflection/0/supervisie",
            "coaching", "/professionals/0/reflection/0/coaching",
            "report_written", "/professionals/0/reflection/0/reportWritten",
            "clients", "/professionals/0/clients");

    private RegistrationCsv() {}

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * The column names, in the documented order.
     *
     * @return the names
     */
    public static List<String> columns() {
        return List.copyOf(COLUMNS.keySet());
    }

    /**
     * The column that fills a field.
     *
     * @param pointer a JSON Pointer relative to the registration, such as {@code /professionals/0/registrations/0/status}
     * @return the column whose field is the pointer or contains it, or empty when CSV cannot express the field
     */
    public static Optional<String> columnFor(String pointer) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
            String p = e.getValue();
            if ((pointer.equals(p) || pointer.startsWith(p + "/")) && p.length() > bestLength) {
                best = e.getKey();
                bestLength = p.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The column names that fill fields under a pointer prefix. */
    static List<String> columnsUnder(String prefix) {
        List<String> out = new ArrayList<>();
        COLUMNS.forEach((column, pointer) -> {
            if (pointer.startsWith(prefix)) {
                out.add(column);
            }
        });
        return out;
    }
}
