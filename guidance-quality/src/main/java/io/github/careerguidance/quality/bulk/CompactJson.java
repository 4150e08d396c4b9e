/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.bulk;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import java.util.Locale;

/**
 * One bulk result as one compact JSON line: the record's position, reference and verdict, per scheme subject its
 * verdict and only the rules that did not pass (id, verdict, code, explanation), the record's diagnostics and the date
 * the result may change. Written by hand into one reused builder: this is the hot path of a 100,000-record run.
 */
final class CompactJson {
    private final Locale locale;
    private final StringBuilder sb = new StringBuilder(1024);

    CompactJson(Locale locale) {
        this.locale = locale;
    }

    String line(BulkResult r) {
        sb.setLength(0);
        sb.append("{\"index\":").append(r.index());
        if (r.line().isPresent()) {
            sb.append(",\"line\":").append(r.line().getAsInt());
        }
        r.reference().ifPresent(ref -> string(sb.append(",\"reference\":"), ref));
        string(sb.append(",\"verdict\":"), r.verdict().code());
        r.report().ifPresent(report -> {
            report.changesOn().ifPresent(d -> string(sb.append(",\"changesOn\":"), d.toString()));
            sb.append(",\"schemes\":[");
            boolean firstScheme = true;
            for (SchemeResult s : report.schemes()) {
                sb.append(firstScheme ? "{" : ",{");
                firstScheme = false;
                string(sb.append("\"scheme\":"), s.scheme());
                string(sb.append(",\"version\":"), s.version());
                s.subjectRef().ifPresent(x -> string(sb.append(",\"subject\":"), x));
                string(sb.append(",\"verdict\":"), s.verdict().code());
                boolean firstRule = true;
                for (RuleResult rule : s.rules()) {
                    if (rule.verdict() == Verdict.PASS || rule.verdict() == Verdict.NOT_APPLICABLE) {
                        continue;
                    }
                    sb.append(firstRule ? ",\"rules\":[{" : ",{");
                    firstRule = false;
                    string(sb.append("\"rule\":"), rule.ruleId());
                    string(sb.append(",\"verdict\":"), rule.verdict().code());
                    string(sb.append(",\"code\":"), rule.code());
                    rule.changesOn().ifPresent(d -> string(sb.append(",\"changesOn\":"), d.toString()));
                    string(sb.append(",\"message\":"), rule.explanation().resolve(locale));
                    sb.append('}');
                }
                if (!firstRule) {
                    sb.append(']');
                }
                sb.append('}');
            }
            sb.append(']');
        });
        if (!r.diagnostics().isEmpty()) {
            sb.append(",\"diagnostics\":[");
            boolean first = true;
            for (Diagnostic d : r.diagnostics()) {
                sb.append(first ? "{" : ",{");
                first = false;
                string(sb.append("\"severity\":"), d.severity().name());
                string(sb.append(",\"code\":"), d.code());
                string(sb.append(",\"location\":"), d.location().toString());
                if (d.line().isPresent()) {
                    sb.append(",\"line\":").append(d.line().getAsInt());
                }
                if (d.column().isPresent()) {
                    sb.append(",\"column\":").append(d.column().getAsInt());
                }
                string(sb.append(",\"message\":"), d.message(locale));
                sb.append('}');
            }
            sb.append(']');
        }
        return sb.append("}\n").toString();
    }

    /** A JSON string (RFC 8259): quotes, backslashes and control characters escaped. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
