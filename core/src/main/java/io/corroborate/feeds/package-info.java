/**
 * The feed watcher: polls RSS and Atom feeds and fetches each new item's page, politely
 * (robots.txt, a per-host rate limit, conditional GET, gzip, time-outs, size caps, bounded
 * redirects, an honest User-Agent) and safely (only http and https, never a private, loopback,
 * link-local or multicast address, checked before and after resolution and on every redirect).
 * Fetched pages go to a {@link io.corroborate.feeds.FeedItemSink}; per-feed state ({@link
 * io.corroborate.feeds.WatchState}) saves to and loads from JSON. Nothing here prints: progress
 * goes to a {@link io.corroborate.feeds.WatchListener}.
 */
package io.corroborate.feeds;
