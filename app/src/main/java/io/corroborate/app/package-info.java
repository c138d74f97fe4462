/**
 * The command line: {@code corroborate analyze|extract ...}. Standard output carries only the
 * requested output; progress, warnings and errors go to standard error.
 */
package io.corroborate.app;
