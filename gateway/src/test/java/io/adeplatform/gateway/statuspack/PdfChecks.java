package io.adeplatform.gateway.statuspack;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a pack back as a reader would: its text (PDFTextStripper), the glyphs outside their page, a PNG of a page. */
final class PdfChecks {

    private PdfChecks() {
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String creationDate(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getCreationDate().toInstant()
                    .atOffset(java.time.ZoneOffset.UTC).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every character drawn outside its page's margins-free box (none expected). */
    static List<String> glyphsOffThePage(byte[] pdf) {
        List<String> off = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        float width = p.getPageWidth();
                        float height = p.getPageHeight();
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width
                                || p.getYDirAdj() - p.getHeightDir() < 0 || p.getYDirAdj() > height) {
                            off.add(p.getUnicode() + " at " + p.getXDirAdj() + "," + p.getYDirAdj());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return off;
    }

    /** Renders the first page at 100 dpi to target/status-pack/{name}.png, for a person to look at. */
    static Path firstPagePng(byte[] pdf, String name) {
        return pagePng(pdf, 0, name);
    }

    /** A page ({@code -1}: the last) at 100 dpi, to target/status-pack/{name}.png. */
    static Path pagePng(byte[] pdf, int page, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path file = Path.of("target", "status-pack", name + ".png");
            Files.createDirectories(file.getParent());
            int index = page < 0 ? document.getNumberOfPages() - 1 : page;
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(index, 100), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
