/**
 * Stories and events: incremental clustering of the news stream. {@link
 * io.corroborate.stories.ProfileBuilder} turns an article into an {@link
 * io.corroborate.model.ArticleProfile} (normalised entities from the shared entity component,
 * content words and numbers, the dates it mentions resolved against its own date, a sentence
 * embedding); {@link io.corroborate.stories.StreamClusterer} takes profiles one at a time, finds
 * candidates through an inverted index, scores pairs with a logistic {@link
 * io.corroborate.stories.PairModel} under document frequencies that grow with the stream, and
 * re-clusters the touched neighbourhood by average linkage, so events and stories merge and split
 * as evidence accumulates; {@link io.corroborate.stories.NewsStoryClusterer} is the pipeline's
 * stage, with titles and event dates. Settings live in {@link io.corroborate.stories.StoryConfig}.
 */
package io.corroborate.stories;
