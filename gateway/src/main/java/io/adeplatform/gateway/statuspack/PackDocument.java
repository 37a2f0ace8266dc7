package io.adeplatform.gateway.statuspack;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The document-level parts of a pack that PDFBox would otherwise take from the clock: its dates are the pack's asOf
 * (midnight UTC), and its trailer /ID is a digest of the pack's data, so the same data and asOf give the same bytes.
 */
final class PackDocument {

    private PackDocument() {
    }

    static void describe(PDDocument document, StatusPack pack) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Status pack: " + pack.customerName() + " as of " + pack.request().asOf());
        info.setSubject(pack.request().engagementPack() ? "engagement " + pack.request().engagementId()
                : "customer " + pack.request().customerId());
        info.setCreator("ADE Platform gateway");
        info.setProducer("ADE Platform gateway (Apache PDFBox)");
        Calendar asOf = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        asOf.clear();
        asOf.set(pack.request().asOf().getYear(), pack.request().asOf().getMonthValue() - 1, pack.request().asOf().getDayOfMonth());
        info.setCreationDate(asOf);
        info.setModificationDate(asOf);

        byte[] id = Arrays.copyOf(digest(pack.toString()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
