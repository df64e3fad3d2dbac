package dev.bscportal.core.site;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template overrides that include themselves, directly ({@code <#include "page.ftlh">} in page.ftlh) or
 * through others (a includes b, b includes a; an override including a built-in template that includes it back), before
 * anything renders: Freemarker would recurse until the stack overflows. Each cycle is reported once (BSC031) at the
 * override file and line of the include that closes it. Only {@code #include} with a literal name is followed, in both
 * syntaxes ({@code <#include>}, {@code [#include]}); {@code #import} runs a library once per page, so it cannot loop.
 * What this cannot see (an include by a computed name, a macro that calls itself) is caught while rendering
 * ({@link TemplateEngine}).
 */
final class TemplateIncludeCycles {

    private static final Pattern INCLUDE = Pattern.compile("[<\\[]#include\\s+(\"([^\"]*)\"|'([^']*)')");

    private TemplateIncludeCycles() {
    }

    /** The cycles among the templates, one problem each, in the order of the overrides' names. */
    static List<Problem> find(SiteResources resources) {
        Map<String, List<Include>> graph = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (String name : new TreeSet<>(resources.overrideNames())) {
            if (name.startsWith("templates/")) {
                visit(name.substring("templates/".length()), resources, graph, new ArrayList<>(), done, reported, problems);
            }
        }
        return problems;
    }

    private record Include(String target, int line) {
    }

    /** Depth-first walk; {@code path} holds the templates being included, in order (a cycle closes when one recurs). */
    private static void visit(String template, SiteResources resources, Map<String, List<Include>> graph, List<String> path,
            Set<String> done, Set<String> reported, List<Problem> problems) {
        if (done.contains(template) || path.size() > 200) {
            return;
        }
        path.add(template);
        for (Include include : includes(template, resources, graph)) {
            int at = path.indexOf(include.target());
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                String key = new TreeSet<>(cycle).toString();
                if (reported.add(key)) {
                    problems.add(problem(template, include, cycle, resources));
                }
            } else {
                visit(include.target(), resources, graph, path, done, reported, problems);
            }
        }
        path.remove(path.size() - 1);
        done.add(template);
    }

    private static Problem problem(String template, Include include, List<String> cycle, SiteResources resources) {
        String chain = String.join(" includes ", cycle) + " includes " + include.target();
        // reported at an override: the include that closes the cycle when it is one, else the first override in the cycle
        String file = template;
        int line = include.line();
        if (!isOverride(template, resources)) {
            file = cycle.stream().filter(t -> isOverride(t, resources)).findFirst().orElse(template);
            line = 0;
        }
        return Problem.of(ProblemCode.TEMPLATE_RECURSION, SourcePosition.of("templates/" + file, line),
                cycle.size() == 1 ? "Template " + template + " includes itself, so rendering it would never end."
                        : "The templates include each other in a circle (" + chain + "), so rendering would never end.");
    }

    private static boolean isOverride(String template, SiteResources resources) {
        return resources.overrideNames().contains("templates/" + template);
    }

    private static List<Include> includes(String template, SiteResources resources, Map<String, List<Include>> graph) {
        List<Include> cached = graph.get(template);
        if (cached != null) {
            return cached;
        }
        List<Include> found = new ArrayList<>();
        Optional<byte[]> source = resources.read("templates/" + template);
        if (source.isPresent()) {
            String text = new String(source.get(), StandardCharsets.UTF_8);
            Matcher m = INCLUDE.matcher(text);
            while (m.find()) {
                String name = m.group(2) != null ? m.group(2) : m.group(3);
                resolve(template, name).ifPresent(target -> found.add(new Include(target, lineOf(text, m.start()))));
            }
        }
        graph.put(template, found);
        return found;
    }

    /** The included template's name from the templates folder, resolved like Freemarker: relative to the includer. */
    static Optional<String> resolve(String from, String name) {
        if (name.isEmpty() || name.contains("*") || name.contains("${") || name.contains(":") || name.contains("\\")) {
            return Optional.empty();
        }
        String joined = name.startsWith("/") ? name.substring(1)
                : (from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "") + name;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
