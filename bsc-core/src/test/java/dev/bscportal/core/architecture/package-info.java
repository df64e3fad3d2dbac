/** The architecture test: the pipeline's package layers, no package cycles, no Maven types in the engine. */
package dev.bscportal.core.architecture;
