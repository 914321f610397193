package org.frontline.ingest;

import static org.frontline.ingest.IngestFixture.articles;
import static org.frontline.ingest.IngestFixture.ingest;
import static org.frontline.ingest.IngestFixture.problems;
import static org.frontline.ingest.IngestFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    /** Made-up Russian text, long enough for an encoding detector to judge. */
    private static final String RUSSIAN = "Москва, 3 марта 2024 г. В сообщении говорится, что подразделения заняли"
            + " позиции у реки и продолжают наступление. По словам представителя штаба, обстановка остаётся"
            + " сложной, а жители посёлка получили помощь. Других подробностей не приводится.";
    /** Made-up Ukrainian text. */
    private static final String UKRAINIAN = "Військові повідомили, що ситуація в районі залишається складною."
            + " Представник штабу заявив, що підрозділи утримують позиції біля річки, а мешканці селища"
            + " отримали допомогу. Інших подробиць не наводиться.";

    @TempDir
    Path dir;

    private Store open() {
        return Store.open(dir.resolve("store.db"));
    }

    private IngestProblem onlyFailure(IngestReport r) {
        assertEquals(1, r.failures().size(), problems(r));
        return r.failures().get(0);
    }

    @Test
    void binaryFileIsRefused() {
        Path f = write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        try (Store store = open()) {
            IngestProblem p = onlyFailure(ingest(store, f));
            assertEquals(f, p.file());
            assertTrue(p.reason().contains("binary"), p.reason());
            assertTrue(articles(store).isEmpty());
        }
    }

    @Test
    void legacyCyrillicEncodingsAreDecoded() {
        Path cp1251 = write(dir.resolve("ru-1251.txt"), RUSSIAN, Charset.forName("windows-1251"));
        Path koi8 = write(dir.resolve("ru-koi8.txt"), RUSSIAN.replace("Москва", "Казань"), Charset.forName("KOI8-R"));
        Path uk1251 = write(dir.resolve("uk-1251.txt"), UKRAINIAN, Charset.forName("windows-1251"));
        try (Store store = open()) {
            IngestReport r = ingest(store, cp1251, koi8, uk1251);
            assertTrue(r.allStored(), problems(r));
            List<String> texts = articles(store).stream().map(Article::text).toList();
            assertEquals(List.of(RUSSIAN, RUSSIAN.replace("Москва", "Казань"), UKRAINIAN), texts);
        }
    }

    @Test
    void damagedUtf8IsRefusedNotGuessed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UKRAINIAN.substring(0, 60).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xD0); // a lead byte cut off from its continuation
        bytes.writeBytes(" кінець".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        Path f = write(dir.resolve("broken.txt"), bytes.toByteArray());
        try (Store store = open()) {
            IngestProblem p = onlyFailure(ingest(store, f));
            assertTrue(p.reason().contains("invalid UTF-8"), p.reason());
            assertTrue(articles(store).isEmpty());
        }
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefused() {
        Path empty = write(dir.resolve("empty.txt"), "");
        Path blank = write(dir.resolve("blank.md"), " \n\t\r\n\u00A0  \n");
        Path hollowHtml = write(dir.resolve("hollow.html"), "<html><body><nav>Menu only</nav><script>x()</script></body></html>");
        try (Store store = open()) {
            IngestReport r = ingest(store, empty, blank, hollowHtml);
            assertEquals(3, r.failures().size(), problems(r));
            r.failures().forEach(p -> assertTrue(p.reason().contains("empty or whitespace-only"), p.reason()));
            assertTrue(articles(store).isEmpty());
        }
    }

    @Test
    void fileOverTheSizeLimitIsSkippedAndCorpusRowsOverItToo() {
        Path big = write(dir.resolve("big.txt"), "word ".repeat(400));
        Path small = write(dir.resolve("small.txt"), "Short made-up text.");
        Path rows = write(dir.resolve("rows.jsonl"), "{\"text\":\"" + "long ".repeat(300) + "\"}\n{\"text\":\"short row\"}\n");
        IngestSettings settings = IngestSettings.defaults().withSizeLimit(new SizeLimit(1000));
        try (Store store = open()) {
            IngestReport r = ingest(store, new LineClaimAnalyser(1), settings, big, small, rows);
            assertEquals(2, r.failures().size(), problems(r));
            assertTrue(r.failures().get(0).reason().contains("over the limit of 1000 bytes"), problems(r));
            assertEquals(rows, r.failures().get(1).file());
            assertEquals(1, r.failures().get(1).line());
            assertEquals(2, articles(store).size());
        }
    }

    @Test
    void invalidUtf8RowOfACorpusIsRefusedAlone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\":\"good one\"}\n{\"text\":\"bad ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\"}\n{\"text\":\"good two\"}\n".getBytes(StandardCharsets.UTF_8));
        Path f = write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
        try (Store store = open()) {
            IngestProblem p = onlyFailure(ingest(store, f));
            assertEquals(2, p.line());
            assertTrue(p.reason().contains("UTF-8"));
            assertEquals(2, articles(store).size());
        }
    }

    @Test
    void textDecoderKeepsUtf8WithBomAndUtf16() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
        assertEquals("ok", TextDecoder.decode(bom, false));
        byte[] utf16 = "\uFEFFтекст".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("текст", TextDecoder.decode(utf16, false));
    }

    @Test
    void htmlInTheCharsetItDeclaresIsDecodedEvenWhenShort() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
                + "<body><p>Бои у села.</p></body></html>";
        Path f = write(dir.resolve("short.htm"), page, Charset.forName("KOI8-R"));
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            assertEquals(0, r.failures().size(), problems(r));
            assertEquals("Бои у села.", articles(store).get(0).text());
        }
    }
}
