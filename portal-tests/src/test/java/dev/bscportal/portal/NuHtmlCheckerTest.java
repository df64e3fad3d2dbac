package dev.bscportal.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker the standards tests rely on finds real mistakes and passes clean documents. */
class NuHtmlCheckerTest {

    @TempDir
    Path dir;

    @Test
    void passesAMinimalValidPage() throws Exception {
        Path page = write("ok.html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body><h1>Hello</h1></body></html>");

        List<NuHtmlChecker.Message> messages = NuHtmlChecker.checkHtml(page);

        assertEquals(List.of(), messages.stream().filter(NuHtmlChecker.Message::isError).toList());
    }

    @Test
    void reportsADuplicateIdWithItsLine() throws Exception {
        Path page = write("dup.html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>\n"
                + "<body><h1 id=\"a\">Hello</h1>\n<p id=\"a\">again</p></body></html>");

        List<NuHtmlChecker.Message> errors = NuHtmlChecker.checkHtml(page).stream().filter(NuHtmlChecker.Message::isError).toList();

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).text().contains("Duplicate ID"), errors.toString());
        assertEquals(3, errors.get(0).line());
    }

    @Test
    void reportsARepeatedAttributeAndAnUnknownElementInStandaloneSvg() throws Exception {
        Path twice = write("twice.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path unknown = write("unknown.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><blink/></svg>");
        Path fine = write("fine.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><title>t</title><rect width=\"1\" height=\"1\"/></svg>");

        assertTrue(NuHtmlChecker.checkSvg(twice).stream().anyMatch(NuHtmlChecker.Message::isError));
        assertTrue(NuHtmlChecker.checkSvg(unknown).stream().anyMatch(NuHtmlChecker.Message::isError));
        assertEquals(List.of(), NuHtmlChecker.checkSvg(fine).stream().filter(NuHtmlChecker.Message::isError).toList());
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
