package dev.wafer.bot.app;

import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.answer.Question.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent turns of each conversation (a Discord thread), so a follow-up such as "and for
 * inference?" is answered in context. Kept in memory, bounded: the oldest conversations are
 * dropped first, and only the last few turns of each are kept.
 */
public final class Conversations {

    static final int MAX_TURNS = 4;
    private final int maxConversations;
    private final Map<Long, List<Turn>> turns;

    public Conversations(int maxConversations) {
        if (maxConversations < 1) {
            throw new IllegalArgumentException("maxConversations must be at least 1, was " + maxConversations);
        }
        this.maxConversations = maxConversations;
        this.turns = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** True when Wafer has answered in this conversation since it started. */
    public synchronized boolean knows(long conversation) {
        return turns.containsKey(conversation);
    }

    /** The question to answer for {@code text} asked in {@code conversation}, with its earlier turns. */
    public synchronized Question question(long conversation, String text) {
        return followUp(turns.getOrDefault(conversation, List.of()), text);
    }

    public synchronized void remember(long conversation, Answer answer) {
        List<Turn> history = new ArrayList<>(turns.getOrDefault(conversation, List.of()));
        history.add(new Turn(answer.question(), answer.text()));
        while (history.size() > MAX_TURNS) {
            history.removeFirst();
        }
        turns.put(conversation, List.copyOf(history));
        while (turns.size() > maxConversations) {
            turns.remove(turns.keySet().iterator().next());
        }
    }

    /** The follow-up with the turns before it; retrieval searches it together with the previous question. */
    static Question followUp(List<Turn> history, String text) {
        return new Question(text, history);
    }
}
