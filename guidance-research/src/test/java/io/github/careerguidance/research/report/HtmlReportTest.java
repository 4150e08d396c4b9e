/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.diagram.DiagramOptions;
import io.github.careerguidance.journeys.diagram.EdgeTraffic;
import io.github.careerguidance.journeys.diagram.JourneyDiagrams;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {
    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'quote' ]]> <img src=x onerror=alert(1)>";

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    static List<Element> all(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static HtmlReport full(Locale language) {
        Journey journey = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        PlotOptions plots =
                PlotOptions.builder().language(language).width(640).height(400).build();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("Sessies", 1000);
        summary.put("Uitkomst bereikt", "93,1%");
        summary.put(HOSTILE, HOSTILE);
        return HtmlReport.builder("Rapport " + HOSTILE, language)
                .intro("Inleiding " + HOSTILE)
                .keyValues("Samenvatting", summary)
                .table(
                        "Per stap",
                        List.of("Stap", "Bereikt", HOSTILE),
                        List.of(List.of("welkom", 1000, HOSTILE), List.of("plan", 755, "-")))
                .plot("Uitval", Plots.funnel(PlotsTest.stages(), plots))
                .plot("Escalatie", Plots.escalationBySupportLevel(PlotsTest.rates(), plots), PlotEmbedding.PNG)
                .plot("Stappen", Plots.stepsToOutcome(Map.of(5, 10, 6, 20), plots))
                .diagram(
                        "De reis",
                        journey,
                        DiagramOptions.builder()
                                .language(language)
                                .traffic(EdgeTraffic.of(Map.of("welkom", Map.of("q-situatie", 1000))))
                                .build())
                .image("Plaatje", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "Een plaatje " + HOSTILE)
                .text("Toelichting " + HOSTILE, "Eerste alinea " + HOSTILE + "\n\nTweede alinea.")
                .build();
    }

    @Test
    void reportIsWellFormedAndHasEverySection() throws Exception {
        HtmlReport report = full(LocalizedText.DUTCH);
        String html = report.html();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">");
        Document doc = parse(html);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("html");
        assertThat(root.getAttribute("lang")).isEqualTo("nl");
        assertThat(all(doc, "title").get(0).getTextContent()).isEqualTo("Rapport " + HOSTILE);
        assertThat(all(doc, "h1")).hasSize(1);
        assertThat(all(doc, "h1").get(0).getTextContent()).isEqualTo("Rapport " + HOSTILE);
        List<Element> sections = all(doc, "section");
        List<String> headings = new ArrayList<>();
        for (Element s : sections) {
            Element h2 = (Element) s.getElementsByTagName("h2").item(0);
            assertThat(s.getAttribute("aria-labelledby")).isEqualTo(h2.getAttribute("id"));
            headings.add(h2.getTextContent());
        }
        assertThat(headings)
                .containsExactly(
                        "Samenvatting",
                        "Per stap",
                        "Uitval",
                        "Escalatie",
                        "Stappen",
                        "De reis",
                        "Plaatje",
                        "Toelichting " + HOSTILE);
        assertThat(all(doc, "a"))
                .hasSize(sections.size())
                .allSatisfy(a -> assertThat(a.getAttribute("href")).matches("#s[1-8]"));
        // tables: captions and header scopes
        List<Element> tables = all(doc, "table");
        assertThat(tables)
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.getElementsByTagName("caption").getLength())
                        .isOne());
        assertThat(all(doc, "th"))
                .allSatisfy(th -> assertThat(th.getAttribute("scope")).isIn("row", "col"));
        assertThat(tables.get(1).getTextContent()).contains(HOSTILE, "welkom", "755");
        // plots: two inline SVGs with title and desc, one PNG with alt text, and the extra image
        List<Element> svgs = all(doc, "svg");
        assertThat(svgs).hasSize(2).allSatisfy(svg -> {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getElementsByTagName("title").getLength()).isOne();
            assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                    .isNotBlank();
        });
        assertThat(svgs.get(0).getElementsByTagName("desc").item(0).getTextContent())
                .contains("Zelftest loopbaanaanpassing");
        List<Element> images = all(doc, "img");
        assertThat(images).hasSize(2).allSatisfy(img -> {
            assertThat(img.getAttribute("alt")).isNotBlank();
            assertThat(img.getAttribute("src")).startsWith("data:image/png;base64,");
        });
        assertThat(images.get(0).getAttribute("alt")).contains("brief-staff-assisted");
        assertThat(images.get(1).getAttribute("alt")).isEqualTo("Een plaatje " + HOSTILE);
        // ids are unique across the page, so several inline SVGs do not share clip paths
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).doesNotHaveDuplicates().contains("plot1-clip1", "plot3-clip1");
        // the diagram: Mermaid source as text, the step table and the DOT source
        Journey journey = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        Element pre = all(doc, "pre").get(0);
        assertThat(pre.getAttribute("class")).isEqualTo("mermaid");
        assertThat(pre.getTextContent())
                .isEqualTo(JourneyDiagrams.mermaid(
                        journey,
                        DiagramOptions.builder()
                                .traffic(EdgeTraffic.of(Map.of("welkom", Map.of("q-situatie", 1000))))
                                .build()));
        assertThat(tables.get(2).getElementsByTagName("tr").getLength())
                .isEqualTo(journey.steps().size() + 1);
        assertThat(tables.get(2).getTextContent()).contains("contactmoment", "vangnet", "uitkomst", "contact-adviseur");
        assertThat(all(doc, "pre").get(1).getTextContent()).startsWith("digraph \"looking-for-work\" {");
        assertThat(all(doc, "p"))
                .anySatisfy(p -> assertThat(p.getTextContent()).isEqualTo("Eerste alinea " + HOSTILE))
                .anySatisfy(p -> assertThat(p.getTextContent()).isEqualTo("Tweede alinea."));
    }

    @Test
    void hostileTextIsEscapedAndNothingIsLoadedFromOutside() {
        String html = full(Locale.ENGLISH).html();
        assertThat(html)
                .doesNotContain(
                        "<script",
                        "<img src=x",
                        "http://",
                        "https://",
                        "<link",
                        "@import",
                        "<iframe",
                        "<object",
                        "<embed");
        assertThat(html).contains("&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;quote&#39;");
        Matcher src = Pattern.compile("\\b(src|href)=\"([^\"]*)\"").matcher(html);
        int refs = 0;
        while (src.find()) {
            refs++;
            assertThat(src.group(2)).as(src.group()).matches("data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+|#s\\d+");
        }
        assertThat(refs).isEqualTo(8 + 2);
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        while (url.find()) {
            assertThat(url.group(1)).as("only local references").startsWith("#");
        }
        assertThat(html)
                .contains(
                        "<html lang=\"en\">",
                        "Steps and transitions: De reis",
                        "human touchpoint",
                        "This file loads nothing from the internet.");
    }

    @Test
    void reportsAreDeterministicAndWritten(@TempDir Path dir) throws Exception {
        Journey journey = ReferenceJourneys.byId("first-time-study").orElseThrow();
        HtmlReport a = HtmlReport.builder("Reis", Locale.ENGLISH)
                .diagram("Reis", journey, DiagramOptions.ofDefaults())
                .keyValues("Cijfers", Map.of("n", 3))
                .build();
        HtmlReport b = HtmlReport.builder("Reis", Locale.ENGLISH)
                .diagram("Reis", journey, DiagramOptions.ofDefaults())
                .keyValues("Cijfers", Map.of("n", 3))
                .build();
        assertThat(a.html()).isEqualTo(b.html());
        a.write(dir.resolve("r.html"));
        assertThat(Files.readString(dir.resolve("r.html"))).isEqualTo(a.html());
        assertThat(a.title()).isEqualTo("Reis");
        assertThat(a.language()).isEqualTo(Locale.ENGLISH);
        assertThat(a.toString()).startsWith("HtmlReport{Reis, en, ");
        HtmlReport empty = HtmlReport.builder("Leeg", LocalizedText.DUTCH).build();
        assertThat(empty.html()).doesNotContain("<nav", "<section").contains("<h1>Leeg</h1>");
    }

    @Test
    void badInputIsRefused() {
        HtmlReport.Builder builder = HtmlReport.builder("R", Locale.ENGLISH);
        assertThatThrownBy(() -> builder.table("T", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0")
                .hasMessageContaining("2");
        assertThatThrownBy(() -> builder.image("I", new byte[1], "text/html", "alt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text/html");
        assertThatThrownBy(() -> builder.image("I", new byte[1], "image/png", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alt");
        assertThatThrownBy(() -> builder.keyValues(" ", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlReport.builder("", Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }
}
