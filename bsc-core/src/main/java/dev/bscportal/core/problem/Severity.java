package dev.bscportal.core.problem;

/** How bad a problem is: errors stop the build, warnings are best-practice advice. */
public enum Severity {
    ERROR,
    WARNING
}
