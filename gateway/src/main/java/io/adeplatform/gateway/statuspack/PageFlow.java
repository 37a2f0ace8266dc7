package io.adeplatform.gateway.statuspack;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes text top to bottom on A4 pages, wrapping long lines and starting a new page when the next line or block
 * would not fit, so no text ever runs off a page. Only standard-14 fonts (nothing to embed, same bytes every time).
 */
final class PageFlow implements Closeable {

    static final float MARGIN = 50;
    private static final float BOTTOM = 60;
    private static final PDRectangle SIZE = PDRectangle.A4;

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final PDDocument document;
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PageFlow(PDDocument document, String footer) {
        this.document = document;
        this.footer = footer;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    void title(String text) {
        paragraph(text, bold, 18, 0);
        space(4);
    }

    void heading(String text) {
        space(12);
        ensure(48); // a heading never ends a page alone
        paragraph(text, bold, 13, 0);
        space(2);
    }

    void subheading(String text) {
        space(6);
        ensure(36);
        paragraph(text, bold, 10.5f, 0);
    }

    /** A small bold label over a list (Milestones, Top risks, ...). */
    void label(String text) {
        space(3);
        ensure(24);
        paragraph(text, bold, 9.5f, 0);
    }

    void line(String text) {
        paragraph(text, regular, 9.5f, 0);
    }

    void bullet(String text) {
        paragraph("- " + text, regular, 9.5f, 10);
    }

    /** A section the services could not give: the reader sees that it is missing and why. */
    void unavailable(String why) {
        paragraph("not available: " + why, italic, 9.5f, 10);
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page now unless this much still fits, so a caption stays with its chart. */
    void keepTogether(float height) {
        ensure(height);
    }

    /** Reserves a block of this height (on a new page if needed) and answers its top; draw with {@link #canvas()}. */
    float block(float height) {
        ensure(height);
        float top = y;
        y -= height;
        return top;
    }

    PDPageContentStream canvas() {
        return content;
    }

    void paragraph(String text, PDFont font, float size, float indent) {
        float leading = size * 1.35f;
        for (String line : wrap(PdfText.safe(font, text), font, size, width() - indent)) {
            ensure(leading);
            write(line, font, size, MARGIN + indent, y - size);
            y -= leading;
        }
    }

    void write(String safeText, PDFont font, float size, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(safeText);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, PDFont font, float size, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (PdfText.width(font, size, candidate) <= max) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            while (PdfText.width(font, size, word) > max) { // one word wider than the page: cut it
                int cut = word.length() - 1;
                while (cut > 1 && PdfText.width(font, size, word.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private void ensure(float height) {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            closePage();
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The footer goes last, so text extraction reads each page's content before it. */
    private void closePage() throws IOException {
        if (content != null) {
            write(PdfText.safe(regular, footer + " - page " + pages), regular, 8, MARGIN, 30);
            content.close();
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closePage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
