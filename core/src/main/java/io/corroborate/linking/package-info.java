/**
 * Phase 2, linking: what ties analysed articles together and keeps its names. {@link
 * io.corroborate.linking.StoryIds} gives stories and events ids that keep their meaning as clusters
 * change (INTERFACES.md, Identity).
 */
package io.corroborate.linking;
