package io.adeplatform.gateway.statuspack;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Makes any text safe for a standard-14 font (WinAnsi encoding): characters the font cannot encode (CJK, emoji,
 * control characters) become '?' or a space instead of failing the rendering. Accents it can encode are kept.
 */
final class PdfText {

    private PdfText() {
    }

    static String safe(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> out.append(encodable(font, cp)));
        return out.toString();
    }

    static float width(PDFont font, float size, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encodable(PDFont font, int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return " ";
        }
        String ch = new String(Character.toChars(codePoint));
        try {
            font.encode(ch);
            return ch;
        } catch (IllegalArgumentException | IOException notInTheFont) {
            return "?";
        }
    }
}
