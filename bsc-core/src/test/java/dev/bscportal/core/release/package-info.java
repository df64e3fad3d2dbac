/**
 * Tests of what a release ships beside the code: the third-party notices, the workflows, the scaffold's wrapper.
 */
package dev.bscportal.core.release;
