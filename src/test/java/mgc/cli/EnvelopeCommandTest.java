package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class EnvelopeCommandTest {

    @TempDir
    Path dir;

    @Test
    void svgOnStdoutIsWellFormedWithAxesAndLegend() throws Exception {
        Cli.Run run = Cli.run("envelope", "--revision", "2012", "--revision", "2017", "--revision", "2021");
        assertThat(run.status()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = svg.getDocumentElement().getTextContent();
        // (The vertical axis label is drawn as glyph outlines, so only the horizontal one is text.)
        assertThat(text).contains("Range (km)", "2012 (current): range <= 800 km",
                "2017: range <= 800 km, no payload limit", "2021: no limit");
    }

    @Test
    void pngFileByExtension() throws Exception {
        Path png = dir.resolve("chart.png");
        Cli.Run run = Cli.run("envelope", "--type", "uav", "--output", png.toString());
        assertThat(run.status()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(560);
    }

    @Test
    void badTypeOrExtensionIsAnErrorNamingTheOption() {
        Cli.Run type = Cli.run("envelope", "--type", "ballistic");
        assertThat(type.status()).isEqualTo(2);
        assertThat(type.err()).contains("--type: unknown system type \"ballistic\"");
        Cli.Run extension = Cli.run("envelope", "--output", dir.resolve("chart.gif").toString());
        assertThat(extension.status()).isEqualTo(2);
        assertThat(extension.err()).contains("name the file .svg or .png");
        assertThat(dir.resolve("chart.gif")).doesNotExist();
    }

    @Test
    void aLaunchVehicleHasNothingToDrawAndSaysSo() {
        Path chart = dir.resolve("slv.svg");
        Cli.Run run = Cli.run("envelope", "--type", "space-launch-vehicle", "--output", chart.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--type: space-launch-vehicle has no range-payload terms to draw").contains("nothing written");
        assertThat(chart).doesNotExist();
        assertThat(Cli.run("envelope", "--type", "uav", "--output", dir.resolve("uav.svg").toString()).status()).isZero();
    }
}
