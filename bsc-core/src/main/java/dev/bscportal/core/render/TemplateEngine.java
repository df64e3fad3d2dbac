package dev.bscportal.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
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
import java.util.Map;

/**
 * Freemarker, configured once per build: templates from the user's overrides first, then the built-in ones;
 * HTML auto-escaping on for every {@code .ftlh} file; errors fail instead of being printed into pages. The
 * Configuration and its parsed templates are thread-safe and shared by all rendering threads.
 */
public final class TemplateEngine {

    private final Configuration configuration;

    public TemplateEngine(SiteResources resources, java.util.Locale locale) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
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
        cfg.setObjectWrapper(wrapper.build());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.configuration = cfg;
    }

    /** Renders a template; a template error becomes a {@link RenderException} naming the template and line. */
    public void render(String templateName, Map<String, Object> model, Writer out) throws RenderException {
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(model, out);
        } catch (TemplateException e) {
            throw new RenderException("Template " + e.getTemplateSourceName() + " line " + e.getLineNumber()
                    + ": " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (freemarker.core.ParseException e) {
            throw new RenderException("Template " + e.getTemplateName() + " line " + e.getLineNumber()
                    + " does not parse: " + firstLine(e.getEditorMessage()), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new RenderException("Template " + templateName + " was not found in the overrides or the built-in templates.", e);
        } catch (IOException e) {
            throw new RenderException("Could not write page from template " + templateName + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

}
