package dev.bscportal.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docs/plugin.md: every goal and every parameter of the plugin descriptor, as Markdown. */
final class PluginDocsMarkdown {

    private static final Pattern CODE = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL);

    private PluginDocsMarkdown() {
    }

    static String render(PluginDescriptor plugin) {
        StringBuilder out = new StringBuilder();
        out.append("# Goals and parameters of bsc-maven-plugin\n\n")
                .append("<!-- Generated from the plugin descriptor (META-INF/maven/plugin.xml in the plugin's jar) by PluginDocsTest;\n")
                .append("     do not edit: write the mojo's Javadoc and annotations, then rebuild this file (see below). -->\n\n")
                .append("Written from the plugin descriptor that maven-plugin-plugin builds from the goals' annotations and Javadoc, ")
                .append("so it lists every goal and every parameter there is. `PluginDocsTest` fails the build when this file is out of ")
                .append("date; `./mvnw -pl bsc-maven-plugin -am test -Dtest=PluginDocsTest -Dsurefire.failIfNoSpecifiedTests=false ")
                .append("-Dbsc.docs.update=true` rewrites it. `./mvnw bsc:help -Ddetail` prints the same in a terminal ")
                .append("(`-Dgoal=build` for one goal).\n\n")
                .append("Goal prefix `").append(plugin.goalPrefix()).append("`; needs Maven ").append(plugin.requiredMaven())
                .append(" or newer and Java ").append(plugin.requiredJava()).append(" or newer.\n\n")
                .append("| goal | what it does |\n|---|---|\n");
        for (PluginDescriptor.Goal goal : plugin.goals()) {
            out.append("| [`").append(plugin.goalPrefix()).append(':').append(goal.name()).append("`](#").append(plugin.goalPrefix())
                    .append(goal.name()).append(") | ").append(cell(firstSentence(text(goal.description())))).append(" |\n");
        }
        for (PluginDescriptor.Goal goal : plugin.goals()) {
            out.append("\n## ").append(plugin.goalPrefix()).append(':').append(goal.name()).append("\n\n")
                    .append(text(goal.description())).append("\n\n");
            out.append(goal.phase().isEmpty() ? "Not bound to a phase" : "Bound to the phase `" + goal.phase() + "`")
                    .append(goal.requiresProject() ? "; runs in a project." : "; needs no project.").append("\n\n");
            if (goal.parameters().isEmpty()) {
                out.append("No parameters.\n");
                continue;
            }
            out.append("| parameter | type | user property | default | description |\n|---|---|---|---|---|\n");
            for (PluginDescriptor.Parameter parameter : goal.parameters()) {
                out.append("| `").append(parameter.name()).append('`').append(parameter.required() ? " (required)" : "")
                        .append(" | ").append(cell(simpleType(parameter.type())))
                        .append(" | ").append(parameter.property().isEmpty() ? "" : "`" + parameter.property() + "`")
                        .append(" | ").append(parameter.defaultValue().isEmpty() ? "" : "`" + cell(parameter.defaultValue()) + "`")
                        .append(" | ").append(cell(text(parameter.description()))).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The descriptor's Javadoc HTML as Markdown text on one line: code as code, other tags dropped, entities read. */
    static String text(String html) {
        Matcher code = CODE.matcher(html);
        StringBuilder text = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(text, Matcher.quoteReplacement("`" + code.group(1).replaceAll("\\s+", " ") + "`"));
        }
        code.appendTail(text);
        // HTML the Javadoc writes is dropped; any other <word> is text a comment meant literally (-Dgoal=<goal-name>)
        return text.toString().replaceAll("</?(p|br|a|em|strong|i|b|ul|ol|li|pre|tt|div|span|h\\d)(\\s[^>]*)?/?>", " ")
                .replace("<", "&lt;").replace(">", "&gt;").replace("&quot;", "\"").replace("&#64;", "@")
                .replaceAll("\\s+", " ").strip();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static String simpleType(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
