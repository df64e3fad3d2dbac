package dev.bscportal.core.site;

import freemarker.cache.TemplateLoader;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.util.Optional;

/**
 * Freemarker's view of the user's template overrides ({@code templates/} of the template directory): reads them
 * through {@link SiteResources}, which only reads regular files inside the template directory (Freemarker's own
 * file loader would open a FIFO and wait for ever).
 */
final class OverrideTemplateLoader implements TemplateLoader {

    private final SiteResources resources;

    OverrideTemplateLoader(SiteResources resources) {
        this.resources = resources;
    }

    /** One template's text, read once. */
    private record Source(String name, byte[] bytes) {
    }

    @Override
    public Object findTemplateSource(String name) {
        Optional<byte[]> bytes = resources.readOverride("templates/" + name);
        return bytes.map(b -> new Source(name, b)).orElse(null);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws UnsupportedEncodingException {
        return new InputStreamReader(new ByteArrayInputStream(((Source) templateSource).bytes()), encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing is held open
    }
}
