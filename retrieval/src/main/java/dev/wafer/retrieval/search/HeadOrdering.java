package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.SearchView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last steps of a search: the best fused candidates re-ranked by their best sentence, then the
 * results taken in two passes — the head, which an answer leans on most, then the rest in fused order —
 * each with a limit of passages per article.
 */
final class HeadOrdering {

    /** How many of the best fused candidates the sentence-focus list re-ranks. */
    static final int RERANKED = 30;
    /**
     * The first results. They are chosen by the fused score but shown best sentence first, and hold at
     * most {@link #HEAD_MAX_PER_ARTICLE} passages of one article so a second source is always among them.
     */
    private static final int HEAD = 4;
    private static final int HEAD_MAX_PER_ARTICLE = 3;

    private final RankFusion fusion;
    private final SearchOptions options;

    HeadOrdering(RankFusion fusion, SearchOptions options) {
        this.fusion = fusion;
        this.options = options;
    }

    /**
     * {@code ranked} with the first {@link #RERANKED} candidates' scores raised by their rank in a
     * sentence-focus list (weighted like any other list) and re-sorted; the rest unchanged.
     */
    List<Fused> withSentenceFocus(List<Fused> ranked, SentenceScores sentences) throws IOException {
        List<Fused> head = new ArrayList<>(ranked.subList(0, Math.min(RERANKED, ranked.size())));
        Map<Integer, Double> score = new HashMap<>();
        for (Fused candidate : head) {
            score.put(candidate.doc(), sentences.score(candidate.doc()));
        }
        List<Fused> bySentence = new ArrayList<>(head);
        bySentence.sort(Comparator.comparingDouble((Fused candidate) -> score.get(candidate.doc())).reversed());
        // Passages whose best sentences score alike (often: none matches at all) share their places' mean
        // contribution, so no engine's numbering of them, nor any other accident, orders them.
        Map<Integer, Fused> raised = new HashMap<>();
        for (int first = 0; first < bySentence.size(); ) {
            double tied = score.get(bySentence.get(first).doc());
            int end = first;
            double contribution = 0;
            while (end < bySentence.size() && score.get(bySentence.get(end).doc()) == tied) {
                contribution += fusion.contribution(options.sentenceWeight(), end + 1);
                end++;
            }
            contribution /= end - first;
            for (Fused candidate : bySentence.subList(first, end)) {
                raised.put(candidate.doc(), candidate.plus(contribution));
            }
            first = end;
        }
        List<Fused> result = new ArrayList<>(ranked);
        List<Fused> reordered = head.stream().map(candidate -> raised.get(candidate.doc())).sorted(Fused.BEST_FIRST).toList();
        for (int i = 0; i < reordered.size(); i++) {
            result.set(i, reordered.get(i));
        }
        return result;
    }

    /**
     * The results: the head first, with its own per-article limit and in the order of its passages'
     * best sentences when {@code sentences} is given, then the rest in fused order.
     *
     * @param read passages already read while scoring sentences, by document number; filled as more are read
     */
    List<ScoredPassage> select(List<Fused> ranked, int limit, SearchView view, Map<Integer, Passage> read,
                               SentenceScores sentences) throws IOException {
        List<ScoredPassage> results = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        List<Integer> headDocs = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int size = pass == 0 ? Math.min(HEAD, limit) : limit;
            int cap = pass == 0 ? Math.min(HEAD_MAX_PER_ARTICLE, options.maxPerArticle()) : options.maxPerArticle();
            for (Fused candidate : ranked) {
                if (results.size() == size) {
                    break;
                }
                if (taken.contains(candidate.doc())) {
                    continue;
                }
                Passage passage = read.get(candidate.doc());
                if (passage == null) {
                    passage = view.passage(candidate.doc());
                    if (passage == null) {
                        continue; // deleted by another process since the list was made
                    }
                    read.put(candidate.doc(), passage);
                }
                if (perArticle.getOrDefault(passage.articleId(), 0) >= cap) {
                    continue;
                }
                perArticle.merge(passage.articleId(), 1, Integer::sum);
                taken.add(candidate.doc());
                if (pass == 0) {
                    headDocs.add(candidate.doc());
                }
                results.add(new ScoredPassage(passage, candidate.score(), candidate.lexicalRank(), candidate.denseRank(),
                        candidate.similarity()));
            }
            if (pass == 0 && sentences != null) {
                orderBySentence(results, headDocs, sentences);
            }
        }
        return results;
    }

    /**
     * Puts the head's passages in the order of their best sentence (fused order among equals): the
     * fusion is better at finding the right few passages than at saying which of them states the
     * answer, and the passage cited first should be the one that does.
     */
    private static void orderBySentence(List<ScoredPassage> head, List<Integer> docs, SentenceScores sentences)
            throws IOException {
        List<Integer> order = new ArrayList<>();
        double[] sentence = new double[head.size()];
        for (int i = 0; i < head.size(); i++) {
            order.add(i);
            sentence[i] = sentences.score(docs.get(i));
        }
        // List.sort is stable: passages whose best sentences score alike keep their fused order.
        order.sort(Comparator.comparingDouble((Integer i) -> sentence[i]).reversed());
        List<ScoredPassage> ordered = order.stream().map(head::get).toList();
        for (int i = 0; i < ordered.size(); i++) {
            head.set(i, ordered.get(i));
        }
    }
}
