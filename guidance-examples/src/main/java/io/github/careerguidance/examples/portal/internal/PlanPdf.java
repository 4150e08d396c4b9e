/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.careerguidance.core.plan.ActionPlan;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A plan as a tagged, accessible PDF, made with openhtmltopdf from the same section the outcome page shows: PDF/UA
 * (a structure tree from the HTML, the document title shown in the title bar, the language) on PDF/A-3u (XMP metadata
 * with the title, an sRGB output intent from the JDK), with every glyph from an embedded font. The font is Liberation
 * Sans (SIL Open Font License), which PDFBox itself ships as its fallback font, so the portal carries no font file of
 * its own; it has one weight, so headings stand out by size, not weight.
 */
final class PlanPdf {
    static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String CSS = "@page { size: A4; margin: 18mm 18mm 20mm 18mm; "
            + "@bottom-right { content: counter(page) \" / \" counter(pages); font-family: 'Liberation Sans'; font-size: 9pt; } }"
            + "html, body { margin: 0; padding: 0; } body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.35; color: #1b1b1b; }"
            + "h1 { font-size: 20pt; margin: 0 0 4pt 0; } h2 { font-size: 15pt; margin: 12pt 0 4pt 0; color: #073a66; }"
            + "h3 { font-size: 12.5pt; margin: 8pt 0 2pt 0; } p { margin: 2pt 0 4pt 0; }"
            + ".journey { color: #4a4a4a; } .plan-action { margin-bottom: 8pt; page-break-inside: avoid; }"
            + "a { color: #0b4f8a; } .plan-url { color: #4a4a4a; font-size: 9pt; }"
            + "dl.plan-review dt { margin-top: 4pt; color: #4a4a4a; } dl.plan-review dd { margin: 0 0 0 12pt; }"
            + ".plan-code { border: 1pt solid #8a949e; padding: 6pt; margin-top: 14pt; }";

    private PlanPdf() {}

    /**
     * Renders a plan.
     *
     * @param plan an accepted plan
     * @param locale nl or en
     * @param journeyTitle the journey the plan came from
     * @return the PDF bytes
     */
    static byte[] render(ActionPlan plan, Locale locale, String journeyTitle) {
        String title = PlanWords.t(locale, "Actieplan: ", "Action plan: ") + journeyTitle;
        Page p = new Page(locale);
        p.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
                .attr("lang", locale.getLanguage())
                .attr("xml:lang", locale.getLanguage())
                .raw("><head><title>")
                .text(title)
                .raw("</title><meta name=\"subject\"")
                .attr("content", journeyTitle)
                .raw("/><meta name=\"author\"")
                .attr("content", PlanWords.t(locale, "Loopbaanloket (voorbeeld)", "Career portal (example)"))
                .raw("/><style>")
                .raw(CSS)
                .raw("</style></head><body><p class=\"journey\">")
                .text(journeyTitle)
                .raw("</p>");
        PlanSection.render(p, plan, 1);
        p.raw("<p class=\"plan-code\">")
                .text(
                        "Kom terug met je code op de website van het loket om je plan te bekijken of bij te stellen.",
                        "Come back with your code on the portal's website to see or adjust your plan.")
                .raw("</p></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            quiet();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(SRGB);
            for (int weight : new int[] {400, 700}) {
                builder.useFont(PlanPdf::font, FONT, weight, FontStyle.NORMAL, true);
                builder.useFont(PlanPdf::font, FONT, weight, FontStyle.ITALIC, true);
            }
            builder.withProducer("guidance reference portal (openhtmltopdf)");
            builder.withHtmlContent(p.toString(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the plan as PDF", e);
        }
        return out.toByteArray();
    }

    /** openhtmltopdf logs every rendering at INFO; the portal keeps its warnings only (a process-wide setting). */
    private static void quiet() {
        for (String name : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(name, Level.WARNING);
        }
    }

    private static InputStream font() {
        InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("PDFBox's " + FONT_RESOURCE + " is missing from the class path");
        }
        return in;
    }
}
