package dev.wafer.bot.command;

import java.time.Instant;

/**
 * What /status reports.
 *
 * @param articles   stored articles
 * @param passages   indexed passages
 * @param oldest     earliest publication date, or null
 * @param newest     latest publication date, or null
 * @param answerMode "extractive" or "llm"
 */
public record Status(long articles, int passages, Instant oldest, Instant newest, String answerMode) {
}
