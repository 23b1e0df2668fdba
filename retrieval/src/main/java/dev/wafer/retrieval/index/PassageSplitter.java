package dev.wafer.retrieval.index;

import dev.wafer.corpus.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages on sentence boundaries, each at most {@code maxTokens} tokens of the
 * embedding model including its title/publisher/date header. Consecutive passages share their
 * boundary sentence(s) up to {@code overlapTokens}, so a statement that straddles a cut is still
 * whole in one passage. A single sentence longer than the budget is cut at word boundaries.
 */
public final class PassageSplitter {

    public static final int DEFAULT_MAX_TOKENS = 256;
    public static final int DEFAULT_OVERLAP_TOKENS = 48;

    private final TokenCounter tokens;
    private final int maxTokens;
    private final int overlapTokens;

    public PassageSplitter(TokenCounter tokens, int maxTokens, int overlapTokens) {
        if (maxTokens < 64) {
            throw new IllegalArgumentException("maxTokens must be at least 64, was " + maxTokens);
        }
        if (overlapTokens < 0 || overlapTokens >= maxTokens / 2) {
            throw new IllegalArgumentException("overlapTokens must be in [0, maxTokens/2), was " + overlapTokens);
        }
        this.tokens = tokens;
        this.maxTokens = maxTokens;
        this.overlapTokens = overlapTokens;
    }

    public PassageSplitter(TokenCounter tokens) {
        this(tokens, DEFAULT_MAX_TOKENS, DEFAULT_OVERLAP_TOKENS);
    }

    public List<Passage> split(Article article) {
        String header = Passage.header(article.title(), article.publisher(), article.published());
        // Special tokens ([CLS], [SEP]) count against the model's window too.
        int budget = maxTokens - tokens.count(header) - 2;
        if (budget < 32) {
            budget = 32;
        }
        List<Sized> sentences = new ArrayList<>();
        for (String sentence : Sentences.split(article.body())) {
            int size = tokens.count(sentence);
            if (size <= budget) {
                sentences.add(new Sized(sentence, size));
            } else {
                cutLongSentence(sentence, budget, sentences);
            }
        }

        List<Passage> passages = new ArrayList<>();
        List<Sized> current = new ArrayList<>();
        int currentTokens = 0;
        int i = 0;
        while (i < sentences.size()) {
            Sized next = sentences.get(i);
            // +1: the space joining two sentences may add a token at most.
            if (current.isEmpty() || currentTokens + next.tokens() + 1 <= budget) {
                current.add(next);
                currentTokens += next.tokens() + 1;
                i++;
                continue;
            }
            passages.add(passage(article, passages.size(), current));
            List<Sized> carried = overlapTail(current);
            // Never carry so much that the next sentence cannot follow it.
            while (!carried.isEmpty() && sum(carried) + next.tokens() + 1 > budget) {
                carried.remove(0);
            }
            current = new ArrayList<>(carried);
            currentTokens = sum(current);
        }
        if (!current.isEmpty()) {
            passages.add(passage(article, passages.size(), current));
        }
        return passages;
    }

    private List<Sized> overlapTail(List<Sized> passage) {
        List<Sized> tail = new ArrayList<>();
        int size = 0;
        for (int j = passage.size() - 1; j > 0; j--) {
            Sized sentence = passage.get(j);
            if (size + sentence.tokens() + 1 > overlapTokens) {
                break;
            }
            tail.add(0, sentence);
            size += sentence.tokens() + 1;
        }
        return tail;
    }

    private void cutLongSentence(String sentence, int budget, List<Sized> into) {
        StringBuilder piece = new StringBuilder();
        for (String word : sentence.split(" ")) {
            String candidate = piece.isEmpty() ? word : piece + " " + word;
            if (!piece.isEmpty() && tokens.count(candidate) > budget) {
                into.add(new Sized(piece.toString(), tokens.count(piece.toString())));
                piece = new StringBuilder(word);
            } else {
                piece = new StringBuilder(candidate);
            }
        }
        if (!piece.isEmpty()) {
            into.add(new Sized(piece.toString(), tokens.count(piece.toString())));
        }
    }

    private static int sum(List<Sized> sentences) {
        return sentences.stream().mapToInt(sentence -> sentence.tokens() + 1).sum();
    }

    private static Passage passage(Article article, int ordinal, List<Sized> sentences) {
        String text = String.join(" ", sentences.stream().map(Sized::text).toList());
        return new Passage(Passage.idOf(article.id(), ordinal), article.id(), ordinal, text, article.title(),
                article.publisher(), article.published(), article.url());
    }

    private record Sized(String text, int tokens) {
    }
}
