package dev.bscportal.core.book;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the names a briefing book cannot print (of the organisation, units, perspectives, themes, objectives,
 * measures, initiatives, OKRs and key results, and each owner or sponsor once): characters neither embedded font has a glyph for (Liberation Sans
 * draws Latin, Greek and Cyrillic, the {@link FallbackFont}s Chinese, Japanese and Korean; left are most
 * emoji and scripts such as Devanagari, Thai or Arabic), which the PDF renderer would draw as {@code #}. Each name gets a warning (BSC186) at its
 * file and line, naming the element and the characters, so the author hears of it in the build and not from the
 * board. The site is not affected (browsers use the reader's fonts).
 */
public final class BookGlyphs {

    /** Most characters listed in one warning. */
    private static final int SHOWN = 8;

    private final FontCoverage font;
    private List<FontCoverage> fallbacks;

    private BookGlyphs(FontCoverage font) {
        this.font = font;
    }

    /**
     * The glyphs of the books' fonts (Liberation Sans, regular: the styles cover the same characters; the fallback
     * is read only when a name has a character Liberation Sans lacks).
     */
    public static BookGlyphs ofBookFont() throws IOException {
        return new BookGlyphs(FontCoverage.of(read(BookFonts.RESOURCE)));
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = BookGlyphs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is missing from the class path.");
            }
            return in.readAllBytes();
        }
    }

    private List<FontCoverage> fallbacks() throws IOException {
        if (fallbacks == null) {
            List<FontCoverage> read = new ArrayList<>();
            for (FallbackFont f : FallbackFont.ALL) {
                read.add(FontCoverage.of(f.read()));
            }
            fallbacks = List.copyOf(read);
        }
        return fallbacks;
    }

    private boolean printable(int codePoint) throws IOException {
        if (font.covers(codePoint)) {
            return true;
        }
        for (FontCoverage f : fallbacks()) {
            if (f.covers(codePoint)) {
                return true;
            }
        }
        return false;
    }

    /** A warning for every name in {@code strategy} with a character the books cannot print, in the strategy's order. */
    public List<Problem> check(Strategy strategy) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Set<String> owners = new HashSet<>();
        for (Scorecard scorecard : strategy.allScorecards()) {
            String where = scorecard.isCompany() ? "" : " of unit " + scorecard.path();
            name(problems, scorecard.isCompany() ? "The organisation" : "Unit " + scorecard.path(), scorecard.info().name(), scorecard.info().origin());
            for (Perspective p : scorecard.perspectives()) {
                name(problems, "Perspective " + p.id() + where, p.name(), p.origin());
            }
            for (Theme t : scorecard.themes()) {
                name(problems, "Theme " + t.id() + where, t.name(), t.origin());
            }
            for (Objective o : scorecard.objectives()) {
                name(problems, "Objective " + o.id() + where, o.name(), o.origin());
            }
            for (Measure m : scorecard.measures()) {
                name(problems, "Measure " + m.id() + where, m.name(), m.origin());
            }
            for (Initiative i : scorecard.initiatives()) {
                name(problems, "Initiative " + i.id() + where, i.name(), i.origin());
            }
            for (OkrSet set : scorecard.okrs()) {
                for (Okr okr : set.okrs()) {
                    name(problems, "OKR " + okr.id() + where, okr.name(), okr.origin());
                    for (KeyResult kr : okr.keyResults()) {
                        text(problems, "A key result of OKR " + okr.id() + where + " is named", kr.name(), kr.origin().of("name"));
                    }
                }
            }
            owners(problems, scorecard, where, owners);
        }
        return problems.stream().distinct().toList();
    }

    /** Each person (owner, sponsor) once, at the first place the book prints them. */
    private void owners(List<Problem> problems, Scorecard scorecard, String where, Set<String> seen) throws IOException {
        for (Objective o : scorecard.objectives()) {
            owner(problems, seen, o.owner(), "The owner of objective " + o.id() + where, o.origin().of("owner"));
        }
        for (Measure m : scorecard.measures()) {
            owner(problems, seen, m.owner(), "The owner of measure " + m.id() + where, m.origin().of("owner"));
        }
        for (Initiative i : scorecard.initiatives()) {
            owner(problems, seen, i.owner(), "The owner of initiative " + i.id() + where, i.origin().of("owner"));
            owner(problems, seen, i.sponsor(), "The sponsor of initiative " + i.id() + where, i.origin().of("sponsor"));
        }
        for (OkrSet set : scorecard.okrs()) {
            for (Okr okr : set.okrs()) {
                owner(problems, seen, okr.owner(), "The owner of OKR " + okr.id() + where, okr.origin().of("owner"));
            }
        }
    }

    private void owner(List<Problem> problems, Set<String> seen, String person, String role, SourcePosition at) throws IOException {
        if (person != null && !person.isBlank() && seen.add(person)) {
            text(problems, role + " is", person, at);
        }
    }

    private void name(List<Problem> problems, String element, String name, Origin origin) throws IOException {
        text(problems, element + " is named", name, origin.of("name"));
    }

    private void text(List<Problem> problems, String subject, String text, SourcePosition at) throws IOException {
        Set<String> missing = missing(text);
        if (missing.isEmpty()) {
            return;
        }
        String shown = missing.stream().limit(SHOWN).collect(Collectors.joining(" "))
                + (missing.size() > SHOWN ? " and " + (missing.size() - SHOWN) + " more" : "");
        problems.add(Problem.of(ProblemCode.BOOK_GLYPHS_MISSING, at,
                subject + " \"" + text + "\", but the briefing book's fonts have no glyph for " + shown
                        + ": the book prints # in their place (the site shows them)."));
    }

    /** The characters of {@code text} neither font can draw, each once, as {@code 'X' (U+XXXX)}. */
    Set<String> missing(String text) throws IOException {
        Set<String> missing = new LinkedHashSet<>();
        for (int cp : text.codePoints().toArray()) {
            if (!printable(cp)) {
                missing.add("'" + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp) + ")");
            }
        }
        return missing;
    }
}
