package io.corroborate.store;

/**
 * A synthesised story as stored.
 *
 * @param row its summary
 * @param position its place in the dossier's story order
 * @param fingerprint the hash of the inputs it was synthesised from (its linked draft, its
 *     analyses, its copy links): equal inputs give an equal fingerprint
 * @param storyJson the story as {@code StoryJson} wrote it
 */
public record StoredStory(StoryRow row, int position, String fingerprint, String storyJson) {}
