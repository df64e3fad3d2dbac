package dev.bscportal.core.site;

import dev.bscportal.core.problem.ProblemCode;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Freemarker, configured once per build: templates from the user's overrides first, then the built-in ones;
 * HTML auto-escaping on for every {@code .ftlh} file; errors fail instead of being printed into pages. The
 * Configuration and its parsed templates are thread-safe and shared by all rendering threads.
 */
public final class TemplateEngine {

    private final Configuration configuration;
    private final SiteResources resources;

    public TemplateEngine(SiteResources resources, Locale locale) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        this.resources = resources;
        if (resources.overrideNames().stream().anyMatch(n -> n.startsWith("templates/"))) {
            loaders.add(new OverrideTemplateLoader(resources));
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), SiteResources.BUILT_IN_ROOT + "templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(locale);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // lets templates write status.id and measure.name for the model's records, enums and views alike
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        // templates (the user's overrides included) see the data model and nothing of Java: no class loading
        // through ?new (Execute, ObjectConstructor, JythonRuntime), no ?api, no getClass()/ClassLoader/
        // ProtectionDomain/reflection members, no template names with a scheme, a backslash or a way above the root.
        // ?eval and ?interpret stay: what they evaluate runs under these same limits.
        wrapper.setMemberAccessPolicy(new TemplateMemberPolicy());
        wrapper.setExposureLevel(freemarker.ext.beans.BeansWrapper.EXPOSE_SAFE);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.configuration = cfg;
    }

    /**
     * Fails (BSC031, naming each override file and line) when template overrides include themselves, directly or in
     * a circle, before anything is rendered ({@link TemplateIncludeCycles}).
     */
    static void refuseIncludeCycles(SiteResources resources) throws RenderException {
        List<dev.bscportal.core.problem.Problem> cycles = TemplateIncludeCycles.find(resources);
        if (!cycles.isEmpty()) {
            String prefix = resources.overrideDirectory().toString().replace('\\', '/') + "/";
            StringBuilder message = new StringBuilder("The template overrides in " + resources.overrideDirectory()
                    + " include themselves:");
            cycles.forEach(p -> message.append("\n  ").append(p.describe(prefix)));
            throw new RenderException(message.toString());
        }
    }

    /** Renders a template; a template error becomes a {@link RenderException} naming the template and line. */
    public void render(String templateName, Map<String, Object> model, Writer out) throws RenderException {
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(model, out);
        } catch (TemplateException e) {
            throw new RenderException("Template " + describe(e.getTemplateSourceName()) + " line " + e.getLineNumber()
                    + ": " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (freemarker.core.ParseException e) {
            throw new RenderException("Template " + describe(e.getTemplateName()) + " line " + e.getLineNumber()
                    + " does not parse: " + firstLine(e.getEditorMessage()), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new RenderException("Template " + templateName + " was not found in the overrides or the built-in templates.", e);
        } catch (freemarker.template.MalformedTemplateNameException e) {
            throw new RenderException("Template " + templateName + " has a malformed name: " + firstLine(e.getMalformednessDescription()), e);
        } catch (IOException e) {
            throw new RenderException("Could not write page from template " + templateName + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // what the include check cannot see: an include by a computed name, a macro or function calling itself
            throw new RenderException(describe(templateName) + ": " + ProblemCode.TEMPLATE_RECURSION.code() + " Rendering "
                    + "the template never ends: it (or a template or macro it uses) includes or calls itself without end."
                    + " Fix: " + ProblemCode.TEMPLATE_RECURSION.hint());
        }
    }

    /** The template's file: the override's path when the user's template folder holds it, else its built-in name. */
    private String describe(String sourceName) {
        if (sourceName == null) {
            return "(unknown)";
        }
        return resources.overrideNames().contains("templates/" + sourceName)
                ? resources.overrideDirectory().resolve("templates").resolve(sourceName).toString()
                : sourceName + " (built-in)";
    }

    /**
     * Freemarker's explanation without its tips, nested errors included, on one line, without control
     * characters (the template's own text may be quoted in it), at most 400 characters.
     */
    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder summary = new StringBuilder();
        boolean inTips = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.equals("----")) {
                inTips = !inTips; // Freemarker puts its tips between two "----" lines, or after a "Tip:"
            } else if (l.startsWith("Tip:") || l.startsWith("Tips:")) {
                inTips = true;
            } else if (l.isEmpty() && !summary.isEmpty()) {
                inTips = false;
            } else if (!inTips && !l.isEmpty() && !l.startsWith("---begin-message---") && !l.startsWith("---end-message---")) {
                summary.append(summary.length() > 0 ? " " : "").append(l);
            }
        }
        String clean = summary.toString().replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
        return clean.length() > 400 ? clean.substring(0, 400) + "..." : clean;
    }

}
