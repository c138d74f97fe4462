/** Small data structures the pipeline stages share. */
package io.corroborate.util;
