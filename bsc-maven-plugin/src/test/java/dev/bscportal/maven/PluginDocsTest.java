package dev.bscportal.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin is documented the Maven way: docs/plugin.md is written from the built plugin descriptor and is up to
 * date, every goal and every parameter has a description, and {@code bsc:help -Ddetail} lists every goal and every
 * parameter the descriptor has.
 */
class PluginDocsTest {

    private static final Path DOCS = Path.of("../docs/plugin.md");

    @Test
    void givenTheBuiltPluginDescriptorWhenDocsPluginMdIsComparedThenItIsExactlyWhatTheDescriptorSays() throws Exception {
        String expected = PluginDocsMarkdown.render(PluginDescriptor.read(PluginDescriptor.BUILT));

        if (Boolean.getBoolean("bsc.docs.update")) {
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8) : "";
        assertEquals(expected, committed, "docs/plugin.md is out of date: rerun this test with -Dbsc.docs.update=true");
    }

    @Test
    void givenTheBuiltPluginDescriptorWhenItsGoalsAreReadThenEachGoalAndEachParameterHasADescription() throws Exception {
        PluginDescriptor plugin = PluginDescriptor.read(PluginDescriptor.BUILT);

        assertEquals(List.of("book", "build", "fetch", "help", "import", "init", "serve", "sheets", "validate"), plugin.goals().stream().map(PluginDescriptor.Goal::name).toList());
        List<String> undocumented = new ArrayList<>();
        for (PluginDescriptor.Goal goal : plugin.goals()) {
            if (goal.description().isBlank()) {
                undocumented.add(goal.name());
            }
            goal.parameters().stream().filter(p -> p.description().isBlank()).forEach(p -> undocumented.add(goal.name() + "." + p.name()));
        }
        assertEquals(List.of(), undocumented, "write a Javadoc comment on each of these mojo fields or classes");
    }

    @Test
    void givenBscHelpWithDetailWhenItRunsThenItListsEveryGoalAndUnderEachGoalEveryParameterOfTheDescriptor() throws Exception {
        PluginDescriptor plugin = PluginDescriptor.read(PluginDescriptor.BUILT);
        HelpMojo help = new HelpMojo();
        set(help, "detail", true);
        set(help, "lineLength", 120);
        set(help, "indentSize", 2);
        StringBuilder printed = new StringBuilder();
        help.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                printed.append(content).append('\n');
            }
        });

        help.execute();

        Map<String, String> sections = sections(printed.toString(), plugin.goalPrefix());
        assertEquals(plugin.goals().stream().map(g -> plugin.goalPrefix() + ":" + g.name()).toList(), List.copyOf(sections.keySet()));
        for (PluginDescriptor.Goal goal : plugin.goals()) {
            String section = sections.get(plugin.goalPrefix() + ":" + goal.name());
            for (PluginDescriptor.Parameter parameter : goal.parameters()) {
                assertTrue(section.lines().anyMatch(l -> l.strip().equals(parameter.name()) || l.strip().startsWith(parameter.name() + " ")),
                        "bsc:help -Ddetail lists " + goal.name() + "." + parameter.name() + ":\n" + section);
                if (!parameter.property().isEmpty()) {
                    assertTrue(section.contains("User property: " + parameter.property()), goal.name() + "." + parameter.name());
                }
            }
        }
        assertFalse(sections.isEmpty());
    }

    /** The help text cut at each goal's heading line ("bsc:goal" at the start of a line), in order. */
    private static Map<String, String> sections(String printed, String prefix) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : printed.split("\n")) {
            if (line.startsWith(prefix + ":") && !line.contains(" ")) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                current = line.strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString());
        }
        return sections;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
