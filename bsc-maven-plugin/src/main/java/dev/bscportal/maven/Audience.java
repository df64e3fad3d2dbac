package dev.bscportal.maven;

import dev.bscportal.core.build.Edition;
import dev.bscportal.core.options.InvalidOptionException;

/**
 * An audience profile in the plugin configuration: a second site, named {@code name}, that leaves out the
 * sections listed in {@code omit} (comma-separated: actuals, budgets, owners) everywhere.
 * <pre>{@code
 * <audiences>
 *   <audience><name>public</name><omit>actuals,budgets,owners</omit></audience>
 * </audiences>
 * }</pre>
 */
public class Audience {

    private String name;
    private String omit;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOmit() {
        return omit;
    }

    public void setOmit(String omit) {
        this.omit = omit;
    }

    /** The edition this profile asks for; the engine checks the name and the sections. */
    Edition edition() throws InvalidOptionException {
        return Edition.of(name, omit);
    }
}
