package dev.bscportal.maven;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The goals and parameters of the built plugin, read from the descriptor maven-plugin-plugin writes (plugin.xml). */
record PluginDescriptor(String goalPrefix, String requiredMaven, String requiredJava, List<Goal> goals) {

    /** The descriptor of this module's build: target/classes/META-INF/maven/plugin.xml (written before the tests run). */
    static final Path BUILT = Path.of("target/classes/META-INF/maven/plugin.xml");

    record Goal(String name, String description, String phase, boolean requiresProject, List<Parameter> parameters) {
    }

    /** A parameter a user can set (the descriptor's editable ones; read-only ones are Maven's own values). */
    record Parameter(String name, String type, String property, String defaultValue, boolean required, String description) {
    }

    static PluginDescriptor read(Path pluginXml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pluginXml.toFile());
        Element plugin = document.getDocumentElement();
        List<Goal> goals = new ArrayList<>();
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            List<Parameter> parameters = new ArrayList<>();
            for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                String name = text(parameter, "name");
                String expression = configuration(mojo, name, "");
                String property = expression.matches("\\$\\{[^}]+}") ? expression.substring(2, expression.length() - 1) : "";
                parameters.add(new Parameter(name, text(parameter, "type"), property, configuration(mojo, name, "default-value"),
                        "true".equals(text(parameter, "required")), text(parameter, "description")));
            }
            parameters.sort(java.util.Comparator.comparing(Parameter::name));
            goals.add(new Goal(text(mojo, "goal"), text(mojo, "description"), text(mojo, "phase"),
                    "true".equals(text(mojo, "requiresProject")), List.copyOf(parameters)));
        }
        goals.sort(java.util.Comparator.comparing(Goal::name));
        return new PluginDescriptor(text(plugin, "goalPrefix"), text(plugin, "requiredMavenVersion"),
                text(plugin, "requiredJavaVersion"), List.copyOf(goals));
    }

    /** The parameter's expression (attribute "" = the text) or default-value from the mojo's configuration block. */
    private static String configuration(Element mojo, String parameter, String attribute) {
        Element configuration = child(mojo, "configuration");
        if (configuration == null) {
            return "";
        }
        for (Element entry : children(configuration, parameter)) {
            return attribute.isEmpty() ? entry.getTextContent().strip() : entry.getAttribute(attribute);
        }
        return "";
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }
}
