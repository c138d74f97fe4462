package io.corroborate.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * What one poll of one feed did.
 *
 * @param feed the feed's address
 * @param ok whether the feed was read (a 304 counts as read)
 * @param status the HTTP status of the feed's answer, or 0 when none came
 * @param notModified whether the feed answered 304 Not Modified
 * @param items items considered (at most the per-poll limit)
 * @param newItems items not seen before
 * @param added articles handed to the sink
 * @param problems items or pages skipped with a reported problem
 * @param error why the feed failed, escaped, or null
 * @param elapsed how long the poll took
 * @param nextPoll when the feed is due again (later after failures)
 */
public record FeedPollResult(
    String feed,
    boolean ok,
    int status,
    boolean notModified,
    int items,
    int newItems,
    int added,
    int problems,
    String error,
    Duration elapsed,
    Instant nextPoll) {}
