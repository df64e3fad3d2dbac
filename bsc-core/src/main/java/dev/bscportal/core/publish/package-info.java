/**
 * Publishing a rendered site safely: refuse dangerous output directories, render into a staging sibling,
 * then swap it in, so a failed or killed build leaves the previously published site as it was. A lock file
 * serialises concurrent builds of the same output.
 */
package dev.bscportal.core.publish;
