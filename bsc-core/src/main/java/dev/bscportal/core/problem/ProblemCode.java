package dev.bscportal.core.problem;

import java.util.Optional;

/**
 * The catalogue of every problem the engine reports. Codes are stable: users switch rules off by code
 * and documentation links to them, so never renumber; add new codes instead.
 *
 * <p>Ranges: BSC001-039 reading files, BSC040-059 references and consistency (errors),
 * BSC100-139 best-practice advice (warnings; BSC115, an id holding a name an audience edition withholds, is an
 * error assigned from this range), BSC150-159 workbooks, BSC160-162 calculated measures (errors),
 * BSC163-167 update sheets of bsc:sheets and bsc:import (BSC166 and BSC167 are warnings), BSC168, BSC169 and BSC189
 * the characters of the strategy's texts (BSC168 and BSC169 are warnings), BSC173-175 the preview's own folder and
 * rendering (errors).
 */
public enum ProblemCode {
    // --- reading files (errors) ---
    MALFORMED_YAML("BSC001", Severity.ERROR, "Fix the YAML syntax at the line shown (indentation, a missing colon, an unclosed quote)."),
    MALFORMED_FRONT_MATTER("BSC002", Severity.ERROR, "Start the file with a line '---', the YAML fields, then a closing '---' line, then the Markdown text."),
    MALFORMED_CSV("BSC003", Severity.ERROR, "Use the columns measure,period,value[,note] with a header row; quote fields that contain commas."),
    UNREADABLE_FILE("BSC004", Severity.ERROR, "Save the file as UTF-8 text."),
    UNKNOWN_KEY("BSC005", Severity.ERROR, "Remove the key or correct its spelling; docs/format.md lists every key."),
    MISSING_FIELD("BSC006", Severity.ERROR, "Add the required field."),
    WRONG_TYPE("BSC007", Severity.ERROR, "Give the value the shape docs/format.md shows (a text, a number, a list or a map)."),
    NOT_A_NUMBER("BSC008", Severity.ERROR, "Write a plain number such as 12.5 (no units, no thousands separators)."),
    INVALID_VALUE("BSC009", Severity.ERROR, "Use one of the allowed values."),
    UNSAFE_YAML("BSC010", Severity.ERROR, "Remove YAML tags (!!...) and anchor/alias tricks; plain values are all a strategy needs."),
    MALFORMED_PERIOD("BSC011", Severity.ERROR, "Write periods as 2026-03 (month), 2026-Q1 (quarter), 2026-W07 (week) or 2026 (year)."),
    INVALID_DATE("BSC012", Severity.ERROR, "Write dates as YYYY-MM-DD, e.g. 2026-09-30."),
    FILE_TOO_LARGE("BSC013", Severity.ERROR, "Split the file; strategy files are small text files."),
    INVALID_ID("BSC014", Severity.ERROR, "Use lower-case letters, digits and hyphens only, starting with a letter or digit (e.g. grow-revenue), and not a Windows device name (con, prn, aux, nul, com0-9, lpt0-9) nor 'index' (the name of a folder's list page)."),
    DUPLICATE_ID("BSC015", Severity.ERROR, "Give each element its own id within the unit."),
    DUPLICATE_KEY("BSC016", Severity.ERROR, "Remove the repeated key; a key may appear only once in a map."),
    UNEXPECTED_FILE("BSC017", Severity.WARNING, "Move or rename the file; it is not read."),
    LINK_OUTSIDE_STRATEGY("BSC018", Severity.ERROR, "Replace the symbolic link with the file itself; links may not point outside the strategy directory."),
    MISSING_STRATEGY("BSC019", Severity.ERROR, "Create strategy.yaml in the strategy directory (see docs/format.md), or point sourceDirectory at it."),
    DUPLICATE_MEASUREMENT("BSC020", Severity.ERROR, "Keep one value per measure and period; delete or correct the other."),
    ID_MISMATCH("BSC021", Severity.ERROR, "Make the id in the file match its file name, or remove the id field."),
    NOT_A_FILE("BSC025", Severity.ERROR, "Put a plain file there (or remove the entry): named pipes, devices, sockets and folders are never read where a file belongs."),
    LINK_LOOP("BSC026", Severity.ERROR, "Remove the symbolic link: it leads to a folder that is read already or in its own place (a loop, the same folder twice, or another unit's folder); each folder is read once, as itself."),
    UNITS_TOO_DEEP("BSC027", Severity.ERROR, "Flatten the unit tree: units may be nested at most 8 levels deep (units/a/units/b/...); move the deeper units up a level."),
    LINK_OUTSIDE_TEMPLATE("BSC028", Severity.ERROR, "Copy the file into the template directory instead of linking to it; links there may only point inside the template directory."),
    INVALID_LOGO("BSC029", Severity.ERROR, "Set logo to a file under the template directory's assets folder, e.g. assets/logo.svg (a relative path, no '..')."),
    INVALID_RANK("BSC024", Severity.ERROR, "Write a rank as a whole position from 1 (first) to 1000000: 0, a negative rank or a fraction such as 2.5 is a typo."),
    ROOT_OUTSIDE_PROJECT("BSC030", Severity.ERROR, "Keep the strategy and template directories inside the project (the folder of pom.xml): move the files in, instead of pointing sourceDirectory or templateDirectory (or a symbolic link) outside it."),
    TEMPLATE_RECURSION("BSC031", Severity.ERROR, "Remove the include, import or macro call that leads back to a template already being rendered (page.ftlh including page.ftlh, or two templates including each other)."),
    NUMBER_OUT_OF_RANGE("BSC034", Severity.ERROR, "Keep numbers between -1e15 and 1e15 and weights between 0.000001 and 1000000; a larger number is a typo or wants another unit (EUR m instead of EUR)."),
    OUT_OF_RANGE_PERIOD("BSC033", Severity.ERROR, "Periods and dates lie in the years 1900 to 9995; check the year for a typo."),
    MARKDOWN_TOO_DEEP("BSC022", Severity.ERROR, "Nest block quotes and lists at most 32 levels deep, and square brackets or emphasis (* _) at most 32 inside each other."),
    MARKDOWN_TOO_LARGE("BSC023", Severity.ERROR, "Keep a Markdown text under 128 KiB and each paragraph or table under 8 KiB; split long ones with blank lines."),

    // --- references and consistency (errors) ---
    UNKNOWN_OBJECTIVE("BSC040", Severity.ERROR, "Refer to an existing objective id (qualify ids of other units as unit/id)."),
    UNKNOWN_MEASURE("BSC041", Severity.ERROR, "Refer to an existing measure id, or create measures/<id>.yaml."),
    UNKNOWN_THEME("BSC042", Severity.ERROR, "Use a theme id declared under themes in strategy.yaml."),
    UNKNOWN_PERSPECTIVE("BSC043", Severity.ERROR, "Use a perspective id declared under perspectives in strategy.yaml (without that list: financial, customer, internal or learning)."),
    UNKNOWN_PARENT_OBJECTIVE("BSC044", Severity.ERROR, "A unit objective supports an objective of its parent unit; check the id."),
    UNKNOWN_UNIT("BSC045", Severity.ERROR, "Refer to a unit that exists under units/."),
    DRIVES_CYCLE("BSC046", Severity.ERROR, "Cause and effect flows one way; remove one of the drives arrows in the cycle."),
    TARGETS_INCONSISTENT("BSC047", Severity.ERROR, "For higher-is-better: threshold < target <= stretch; for lower-is-better: threshold > target >= stretch."),
    MEASUREMENT_FOR_UNKNOWN_MEASURE("BSC048", Severity.ERROR, "Use the id of a measure defined in measures/, or add the measure."),
    PERIOD_FREQUENCY_MISMATCH("BSC049", Severity.ERROR, "Use periods that match the measure's frequency (2026-03 for monthly, 2026-Q1 for quarterly, 2026 for yearly, 2026-W07 for weekly)."),
    DATES_INCONSISTENT("BSC050", Severity.ERROR, "The due date must not be before the start date."),
    UNKNOWN_INITIATIVE("BSC051", Severity.ERROR, "Refer to an existing initiative id."),
    MISSING_TARGETS("BSC052", Severity.ERROR, "Give the measure a target (and a threshold) or per-period targets, so it can be scored."),
    IGNORE_REFUSED("BSC057", Severity.ERROR, "List only warning codes (BSC017, BSC100-BSC139) under 'ignore'; errors cannot be ignored."),

    // --- workbooks (measurements/*.xlsx, errors) ---
    MALFORMED_WORKBOOK("BSC150", Severity.ERROR, "Save the file as an Excel workbook (.xlsx) whose visible sheets start with a header row: measure, period, value[, note], or measure then one column per period; hide sheets the portal should not read (docs/data.md)."),
    WORKBOOK_TOO_LARGE("BSC151", Severity.ERROR, "Keep the workbook small: at most 20 MiB on disk and 256 MiB unpacked; remove pictures, pivot caches and sheets of raw data the portal does not read."),
    CELL_NOT_A_NUMBER("BSC152", Severity.ERROR, "Type a plain number in the cell (no unit, no text such as n/a, no date); leave the cell empty when there is no value."),
    ERROR_CELL("BSC153", Severity.ERROR, "Fix the formula so that it gives a number (#DIV/0!, #REF!, #N/A and #VALUE! are errors), or type the value; a formula must have been calculated and saved by Excel or LibreOffice."),
    DATE_NOT_A_PERIOD("BSC154", Severity.ERROR, "Type the period as text ('2026-03, '2026-Q1) or give a date that is the first or the last day of a period of the measure's frequency."),
    MERGED_CELLS("BSC155", Severity.ERROR, "Unmerge the cells: every row of a measurement sheet gives its own measure, period and value (a title belongs in another sheet or a hidden one)."),

    // --- calculated measures (errors) ---
    INVALID_CALC("BSC160", Severity.ERROR, "Write calc as arithmetic on measure ids: + - * / ^, parentheses, numbers and the functions min, max, abs, round, floor, ceiling, sqrt, average, sum (docs/data.md)."),
    CALC_CYCLE("BSC161", Severity.ERROR, "A calculated measure cannot depend on itself: remove one of the references in the cycle."),
    CALC_INPUT_REFUSED("BSC162", Severity.ERROR, "Use inputs of the calculated measure's frequency or a finer one (months into a quarter), and record no values of a calculated measure yourself."),
    // --- update sheets, bsc:sheets and bsc:import (BSC163-169) ---
    IMPORT_CONFLICT("BSC163", Severity.ERROR, "Clear the cell in the workbook to keep the recorded value, correct the measurement file by hand, or import again with -Dbsc.import.overwrite=true to replace the recorded value."),
    IMPORT_NOT_WRITABLE("BSC164", Severity.ERROR, "Write the measure's values as a block of 'period: value' lines under 'measurements:' or as one CSV row per line, or enter this value by hand; nothing was imported."),
    SHEETS_PATH_REFUSED("BSC165", Severity.ERROR, "Give bsc:import an .xlsx workbook or a folder of them (-Dbsc.import=target/bsc-sheets), and write bsc:sheets' workbooks outside the strategy directory."),
    HIDDEN_SHEET("BSC166", Severity.WARNING, "Unhide the sheet if its rows are measurements; a sheet of lookups or notes may stay hidden: it is not read, and this warning says so."),
    NO_PERIOD_TO_FILL("BSC167", Severity.WARNING, "Set 'as-of' in strategy.yaml (the reporting period), so that bsc:sheets knows which periods are due."),

    // --- characters of the strategy's texts (BSC168, BSC169 warnings; BSC189 error) ---
    DIRECTION_CONTROL("BSC168", Severity.WARNING, "Remove the direction control (U+202A-202E, U+2066-2069) unless the paragraph needs it: it reorders the text shown after it up to the end of its paragraph. Right-to-left text needs no control; where a neutral character sits on the wrong side, the marks U+200E and U+200F are the safer way."),
    LINE_BREAK_IN_NAME("BSC169", Severity.WARNING, "Write the name on one line: a tab or line break (also a YAML escape such as \\n or \\t, or a '|' block) in a name, title, owner or label is shown as a space."),
    UNSAFE_CHARACTER("BSC189", Severity.ERROR, "Remove the character. Control characters (U+0000-001F but tab and line breaks, U+007F-009F), lone surrogate halves, noncharacters (U+FDD0-FDEF, U+FFFE, U+FFFF) and, in names, titles, owners and labels, the direction controls U+202A-202E and U+2066-2069 are refused. In YAML look for escapes such as \"\\u202E\", \"\\x01\" or \"\\uD800\"; right-to-left names need no control (U+200E and U+200F marks are allowed)."),
    // --- sources fetched into git (errors; BSC176-188): source files and bsc:fetch ---
    LITERAL_SECRET("BSC176", Severity.ERROR, "Never write a password or token into the repository: write ${env.NAME} and set the environment variable in CI, or 'server: <id>' and put the credentials into a <server> of Maven's settings.xml."),
    SOURCE_URL_REFUSED("BSC177", Severity.ERROR, "Use an http:// or https:// URL for an http source and a jdbc: URL for a jdbc source; other schemes (file:, jar:, ftp:) and redirects to them are refused."),
    SOURCE_UNREACHABLE("BSC178", Severity.ERROR, "Check the host name, port and network (proxy, firewall), or raise read-timeout/connect-timeout in the source file; the previous values are kept."),
    SOURCE_HTTP_ERROR("BSC179", Severity.ERROR, "Check the URL and the credentials: the server answered with an error status; 4xx is not retried."),
    RESPONSE_TOO_LARGE("BSC180", Severity.ERROR, "Ask the server for less (a filter, a period range) or raise max-bytes in the source file."),
    MALFORMED_RESPONSE("BSC181", Severity.ERROR, "Make the source return what the source file describes: JSON with the rows and fields at the pointers given, or CSV with a header measure,period,value[,note]."),
    FETCHED_VALUE_REFUSED("BSC182", Severity.ERROR, "Make the source return measure ids of this strategy, periods such as 2026-03 or 2026-Q1, plain finite numbers, one value per measure and period."),
    MISSING_CREDENTIAL("BSC183", Severity.ERROR, "Set the environment variable named in the source file, or add a <server> with that id (username, password) to Maven's settings.xml."),
    QUERY_FAILED("BSC184", Severity.ERROR, "Check the JDBC URL and the query; the JDBC driver must be a dependency of the plugin in your pom (e.g. org.postgresql:postgresql)."),
    FETCH_NOT_WRITTEN("BSC185", Severity.ERROR, "Make measurements/ writable; the previous file is left as it was."),
    // --- preview (errors; BSC173-175): what bsc:serve finds about its own folder and rendering ---
    PREVIEW_FOLDER_REFUSED("BSC173", Severity.ERROR, "Remove what is at target/bsc-preview (a link or a file): the preview makes that folder itself and never follows a link out of it; or set another build directory."),
    PREVIEW_NOT_RENDERED("BSC174", Severity.ERROR, "Fix what the message names (a template override or asset, a full disk, a folder that is not writable), then save a file: the preview builds again, and bsc:build would report the same failure."),
    // --- briefing book (warnings) ---
    BOOK_GLYPHS_MISSING("BSC186", Severity.WARNING, "The book's fonts (Liberation Sans, Droid Sans Fallback, BSC Hangul from NanumGothic) cover Latin, Greek, Cyrillic, Chinese, Japanese and Korean, not emoji or other scripts: write the name without the character, add a word beside it (e.g. 'Grow revenue 📈' becomes 'Grow revenue'), or turn the books off (-Dbsc.book=false) and print from the site."),
    BOOK_DRAWING_UNSUPPORTED("BSC188", Severity.ERROR, "The book draws the portal's own charts and maps itself; any other SVG (from an overridden template) needs a general SVG engine: add io.github.openhtmltopdf:openhtmltopdf-svg-support (1.1.31) to the plugin's <dependencies>, take the drawing out of the template, or turn the books off (-Dbsc.book=false)."),
    BOOK_UNITS_UNKNOWN("BSC187", Severity.ERROR, "Write the units' paths as under units/ (a unit of a unit as sales/emea), separated by commas, e.g. <bookUnits>sales,operations</bookUnits> or -Dbsc.bookUnits=sales; or all (every unit, the default) or none (the company's book only)."),

    // --- best-practice advice (warnings) ---
    TOO_MANY_OBJECTIVES("BSC100", Severity.WARNING, "Keep 2-5 objectives per perspective; merge or drop the least strategic ones."),
    OBJECTIVE_WITHOUT_MEASURE("BSC101", Severity.WARNING, "Give the objective at least one measure, or it cannot be tracked."),
    TOO_MANY_MEASURES("BSC102", Severity.WARNING, "Track an objective with 1-3 measures; move the rest to operational dashboards."),
    DRIVES_DOWNWARD("BSC103", Severity.WARNING, "Arrows run up the map, from enablers (lower perspectives) to outcomes (the top perspective); reverse or remove it."),
    ISOLATED_OBJECTIVE("BSC104", Severity.WARNING, "Link the objective into the map with drives, or ask whether it is strategic."),
    ONLY_LAGGING_MEASURES("BSC105", Severity.WARNING, "Add a leading measure that predicts the outcome (the top perspective is not checked: its outcomes lag by nature)."),
    RED_WITHOUT_INITIATIVE("BSC106", Severity.WARNING, "Give the off-target measure an active initiative with an owner."),
    INITIATIVE_WITHOUT_OWNER("BSC107", Severity.WARNING, "Name an owner accountable for the initiative."),
    STALE_DATA("BSC108", Severity.WARNING, "Add the missing measurements, or change the measure's frequency."),
    GREEN_TOO_LONG("BSC109", Severity.WARNING, "The measure has been on target for three quarters: raise the target."),
    MEASURE_WITHOUT_OBJECTIVE("BSC110", Severity.WARNING, "Link the measure to the objective it tracks."),
    NO_DATA("BSC111", Severity.WARNING, "Add measurements for the measure, inline or in measurements/*.csv."),
    LINK_DROPPED("BSC112", Severity.WARNING, "Link to a relative path (../measures/nps.html, #part) or an http, https or mailto URL; write https://host instead of //host."),
    NAME_IN_ID("BSC115", Severity.ERROR, "Rename the file or id (and its folder, for a unit) so that it holds no person's name, e.g. grow-revenue; or keep owners in this audience edition. An edition without owners withholds every owner's, sponsor's and attendee's name, and an id is part of page addresses, strategy.json and the search index."),
    EXTERNAL_IMAGE("BSC117", Severity.WARNING, "Copy the image into the template directory's assets/ folder and refer to it relatively, or link to it ([chart](https://...)): the portal makes no request to another site, so an external image is shown as a link with its alt text."),
    ORDER_TIE("BSC114", Severity.WARNING, "Give each objective of a perspective its own order number (1, 2, 3 from left to right)."),
    NO_TARGET_YET("BSC118", Severity.WARNING, "Add a 'target:' (and a threshold) once it is agreed; until then the measure is shown as 'no target yet' and not scored."),
    COMMENT_CUT_VALUE("BSC119", Severity.WARNING, "Quote the value (description: \"We aim for #1.\"): in YAML a ' #' starts a comment, so the rest of the line was dropped."),
    RANK_HIGHER_IS_BETTER("BSC120", Severity.WARNING, "A rank is better the lower it is (#1 is first): remove 'polarity' or write 'polarity: lower-is-better'.");

    private final String code;
    private final Severity defaultSeverity;
    private final String hint;

    ProblemCode(String code, Severity defaultSeverity, String hint) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.hint = hint;
    }

    /** The stable code, e.g. {@code BSC012}. */
    public String code() {
        return code;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The generic fix hint; problems may carry a more specific one. */
    public String hint() {
        return hint;
    }

    /** Finds a code by its text form ({@code BSC012}), ignoring case. */
    public static Optional<ProblemCode> byCode(String text) {
        for (ProblemCode c : values()) {
            if (c.code.equalsIgnoreCase(text.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
