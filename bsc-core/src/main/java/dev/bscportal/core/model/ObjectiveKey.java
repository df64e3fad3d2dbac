package dev.bscportal.core.model;

/**
 * Where an objective lives: the unit path ({@code ""} for the company) and its id. References in files
 * are either a bare id (resolved against a default unit) or qualified {@code unit/id} from the company,
 * e.g. {@code sales/win-deals} or {@code sales/emea/win-deals}.
 */
public record ObjectiveKey(String unitPath, String id) implements Comparable<ObjectiveKey> {

    /** Resolves a reference as written in a file; bare ids belong to {@code defaultUnitPath}. */
    public static ObjectiveKey resolve(String reference, String defaultUnitPath) {
        int slash = reference.lastIndexOf('/');
        return slash < 0
                ? new ObjectiveKey(defaultUnitPath, reference)
                : new ObjectiveKey(reference.substring(0, slash), reference.substring(slash + 1));
    }

    @Override
    public int compareTo(ObjectiveKey other) {
        int byUnit = unitPath.compareTo(other.unitPath);
        return byUnit != 0 ? byUnit : id.compareTo(other.id);
    }

    /** The qualified form: {@code id} for the company, {@code unit/id} otherwise. */
    @Override
    public String toString() {
        return unitPath.isEmpty() ? id : unitPath + "/" + id;
    }
}
