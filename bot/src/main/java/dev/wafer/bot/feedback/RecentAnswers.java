package dev.wafer.bot.feedback;

import dev.wafer.retrieval.answer.Answer;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers recently given, by a short random id that the vote buttons carry, so a vote can be
 * stored with its question, answer and sources. Bounded: the oldest are forgotten first.
 */
public final class RecentAnswers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final int capacity;
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    public RecentAnswers(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Keeps {@code answer} and returns its new id. */
    public synchronized String add(Answer answer) {
        String id;
        do {
            id = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        } while (answers.containsKey(id));
        answers.put(id, answer);
        while (answers.size() > capacity) {
            answers.remove(answers.keySet().iterator().next());
        }
        return id;
    }

    public synchronized Optional<Answer> get(String id) {
        return Optional.ofNullable(answers.get(id));
    }
}
