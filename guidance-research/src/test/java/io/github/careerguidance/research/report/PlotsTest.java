/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class PlotsTest {
    private static final PlotOptions EN =
            PlotOptions.builder().language(Locale.ENGLISH).build();

    static List<FunnelStage> stages() {
        return List.of(
                FunnelStage.of("Welkom", 1000, 40),
                FunnelStage.of("Jouw situatie", 960, 25),
                FunnelStage.of("Zelftest loopbaanaanpassing", 935, 180),
                FunnelStage.of("Je plan", 755, 0));
    }

    static List<RateEstimate> rates() {
        return List.of(
                RateEstimate.of("self-help", 0.12, 0.10, 0.145),
                RateEstimate.of("brief-staff-assisted", 0.31, 0.27, 0.35),
                RateEstimate.of("individual-case-managed", 0.05));
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    static BufferedImage image(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }

    static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void testsRunHeadlessAndXChartIsThere() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(Plots.available()).isTrue();
    }

    @Test
    void withoutXChartPlotsSayWhichDependencyIsMissing() {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertThat(Plots.available(bare)).isFalse();
            assertThatThrownBy(() -> Plots.requireXChart(bare))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("org.knowm.xchart:xchart");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        Plots.requireXChart(Plots.class.getClassLoader());
    }

    @Test
    void funnelPngHasTheSizeAndTheColoursOfBothSeries() throws Exception {
        Plot plot = Plots.funnel(stages(), PlotOptions.ofDefaults());
        BufferedImage image = image(plot.png());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(hasColour(image, 0x0072B2)).as("went on, Okabe-Ito blue").isTrue();
        assertThat(hasColour(image, 0xD55E00)).as("dropped out, vermillion").isTrue();
        assertThat(plot.title()).isEqualTo("Uitval per stap");
        assertThat(plot.description())
                .startsWith("Uitval per stap. Welkom: 1.000 bereikt, 40 uitgevallen; ")
                .endsWith("Je plan: 755 bereikt, 0 uitgevallen.");
        Plot big = Plots.funnel(
                stages(),
                PlotOptions.builder()
                        .width(1000)
                        .height(600)
                        .title("Eigen titel")
                        .build());
        BufferedImage bigImage = image(big.png());
        assertThat(bigImage.getWidth()).isEqualTo(1000);
        assertThat(bigImage.getHeight()).isEqualTo(600);
        assertThat(big.title()).isEqualTo("Eigen titel");
    }

    @Test
    void svgIsXmlWithTitleAndTheCategoriesInItsDescription() throws Exception {
        Plot plot = Plots.escalationBySupportLevel(rates(), EN);
        String svg = plot.svg();
        Document doc = xml(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).startsWith("800");
        assertThat(root.getAttribute("height")).startsWith("500");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Escalation by support level");
        String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        for (RateEstimate r : rates()) {
            assertThat(desc).contains(r.category());
        }
        assertThat(desc)
                .contains(
                        "self-help: 12.0% (95% interval 10.0% to 14.5%)",
                        "individual-case-managed: 5.0%;".replace(";", "."));
        assertThat(svg).doesNotContain("<!DOCTYPE", "clip-1").contains("plot-clip1");
        assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isGreaterThan(10);
    }

    @Test
    void outputIsDeterministic() {
        Plot a = Plots.stepsToOutcome(Map.of(6, 120, 7, 340, 9, 95), EN);
        Plot b = Plots.stepsToOutcome(new LinkedHashMap<>(Map.of(9, 95, 6, 120, 7, 340)), EN);
        assertThat(a.png()).isEqualTo(b.png());
        assertThat(a.svg()).isEqualTo(b.svg());
        assertThat(a.svgInline("p7-")).contains("id=\"p7-title\"", "p7-clip1").doesNotContain("xmlns");
    }

    @Test
    void histogramFillsGapsAndDescribesEveryBin() throws Exception {
        Plot plot = Plots.stepsToOutcome(Map.of(6, 120, 7, 340, 9, 95), PlotOptions.ofDefaults());
        assertThat(plot.description())
                .isEqualTo(
                        "Aantal stappen tot een uitkomst. 6 stappen: 120 sessies; 7 stappen: 340 sessies; 9 stappen: 95 sessies.");
        BufferedImage image = image(plot.png());
        assertThat(hasColour(image, 0x009E73)).as("Okabe-Ito bluish green bars").isTrue();
        assertThatThrownBy(() -> Plots.stepsToOutcome(Map.of(), EN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Plots.stepsToOutcome(Map.of(-1, 3), EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> Plots.stepsToOutcome(Map.of(1, -3), EN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesFiles(@TempDir Path dir) throws Exception {
        Plot plot = Plots.escalationBySupportLevel(List.of(RateEstimate.of("zelfhulp", 0.2)), PlotOptions.ofDefaults());
        plot.writePng(dir.resolve("e.png"));
        plot.writeSvg(dir.resolve("e.svg"));
        assertThat(image(Files.readAllBytes(dir.resolve("e.png"))).getWidth()).isEqualTo(800);
        assertThat(xml(Files.readString(dir.resolve("e.svg")))
                        .getDocumentElement()
                        .getLocalName())
                .isEqualTo("svg");
        assertThat(plot.description()).isEqualTo("Escalatie per ondersteuningsniveau. zelfhulp: 20,0%.");
        assertThat(plot.toString()).isEqualTo("Plot{Escalatie per ondersteuningsniveau, 800x500}");
    }

    @Test
    void inputsAreChecked() {
        assertThatThrownBy(() -> FunnelStage.of("Welkom", 10, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Welkom")
                .hasMessageContaining("11");
        assertThatThrownBy(() -> FunnelStage.of(" ", 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateEstimate.of("x", 1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.2");
        assertThatThrownBy(() -> RateEstimate.of("x", 0.5, 0.6, 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.6");
        assertThatThrownBy(() -> RateEstimate.builder()
                        .category("x")
                        .rate(0.5)
                        .lower(0.4)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both");
        assertThatThrownBy(() -> RateEstimate.of("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlotOptions.builder().width(100).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
        assertThatThrownBy(() -> Plots.funnel(List.of(), EN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Plots.escalationBySupportLevel(List.of(), EN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void funnelStagesFollowTheJourneyAndSkipUnreachedSteps() {
        Journey journey = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        List<FunnelStage> stages = FunnelStage.forJourney(
                journey,
                Map.of("welkom", 500L, "q-situatie", 480L, "plan", 300L, "contact-adviseur", 0L),
                Map.of("welkom", 20L, "plan", 0L),
                Locale.ENGLISH);
        assertThat(stages)
                .containsExactly(
                        FunnelStage.of("Welcome", 500, 20),
                        FunnelStage.of("Your situation", 480, 0),
                        FunnelStage.of("Your plan", 300, 0));
        assertThat(stages.get(0).continued()).isEqualTo(480);
        assertThatThrownBy(
                        () -> FunnelStage.forJourney(journey, Map.of("welkom", 5), Map.of("welkom", 6), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
