package io.adeplatform.consumption.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded reader on its own: line numbers, quoting, limits, strict UTF-8 (plain JUnit, no service). */
class BoundedCsvTokenizerTest {

    private static BoundedCsvTokenizer tokenizer(byte[] bytes, int max) throws Exception {
        return new BoundedCsvTokenizer(new StrictUtf8Reader(new ByteArrayInputStream(bytes)), max);
    }

    /** "line:field|field" per record. */
    private static List<String> records(String text, int max) throws Exception {
        BoundedCsvTokenizer csv = tokenizer(text.getBytes(StandardCharsets.UTF_8), max);
        List<String> records = new ArrayList<>();
        for (List<String> record = csv.next(); record != null; record = csv.next()) {
            records.add(csv.recordLine() + ":" + String.join("|", record));
        }
        return records;
    }

    private static long defectLine(byte[] bytes, int max) {
        try {
            BoundedCsvTokenizer csv = tokenizer(bytes, max);
            while (csv.next() != null) {
                // read on
            }
        } catch (BoundedCsvTokenizer.Defect defect) {
            return defect.line;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no defect");
    }

    @Test
    void readsRfc4180WithPhysicalLineNumbers() throws Exception {
        assertThat(records("\uFEFFa,b\r\n\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\r\nline\",z\r1,\n", 100))
                .containsExactly("1:a|b", "3:x, y|say \"hi\"", "4:multi\r\nline|z", "6:1|");
    }

    @Test
    void refusesWhatCannotBeRead() {
        assertThat(defectLine("h\nok\n\"open,2\nmore\n".getBytes(StandardCharsets.UTF_8), 100)).isEqualTo(3);
        assertThat(defectLine("h\n\"a\"b,c\n".getBytes(StandardCharsets.UTF_8), 100)).isEqualTo(2);
        assertThat(defectLine("h\nok\na\u0000b\n".getBytes(StandardCharsets.UTF_8), 100)).isEqualTo(3);
        assertThat(defectLine(("h\nok\n" + "x".repeat(101) + "\n").getBytes(StandardCharsets.UTF_8), 100)).isEqualTo(3);
        assertThat(defectLine(("h\n\"" + "x\n".repeat(60) + "\"\n").getBytes(StandardCharsets.UTF_8), 100)).isEqualTo(2);
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLineEvenFarIntoTheFile() {
        String lines = "row,1\n".repeat(20_000);                    // well past the first buffers
        byte[] latin1 = (lines + "Caf\u00e9,2\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(defectLine(latin1, 100)).isEqualTo(20_001);
    }
}
