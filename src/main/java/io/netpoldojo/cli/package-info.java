/**
 * The headless command line: {@code evaluate}, {@code validate}, {@code bench} and friends. It may
 * use the engine, the manifest loader and the content loader, never the UI, and it is the only
 * package that writes to standard output.
 */
package io.netpoldojo.cli;
