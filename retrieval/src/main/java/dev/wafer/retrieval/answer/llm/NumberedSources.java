package dev.wafer.retrieval.answer.llm;

import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.index.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The retrieved passages grouped by article and numbered 1..n in retrieval order: what a model reads
 * as "source n" and what {@code [n]} in its draft must name. Instruction-like sentences
 * ({@link PromptInjection}) are already taken out of the passages.
 */
public final class NumberedSources {

    /**
     * One article and the passages of it that were retrieved.
     *
     * @param n        its number in the prompt
     * @param first    the best-ranked passage, whose metadata the citation shows
     * @param passages the passages' text, instruction-like sentences removed
     */
    public record Source(int n, ScoredPassage first, List<String> passages) {

        public Source {
            passages = List.copyOf(passages);
        }

        public String publisher() {
            return first.passage().publisher();
        }

        public String title() {
            return first.passage().title();
        }

        public String dateLabel() {
            return Passage.dateLabel(first.passage().published());
        }

        /** Everything the source says, including its header, as one text. */
        public String fullText() {
            return Passage.header(title(), publisher(), first.passage().published())
                    + String.join("\n", passages);
        }
    }

    private final List<Source> sources;

    private NumberedSources(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    public static NumberedSources of(List<ScoredPassage> retrieved) {
        Map<String, List<ScoredPassage>> byArticle = new LinkedHashMap<>();
        for (ScoredPassage content : retrieved) {
            byArticle.computeIfAbsent(content.passage().articleId(), id -> new ArrayList<>()).add(content);
        }
        List<Source> sources = new ArrayList<>();
        for (List<ScoredPassage> passages : byArticle.values()) {
            List<String> texts = passages.stream()
                    .map(passage -> PromptInjection.strip(passage.passage().text()))
                    .filter(text -> !text.isBlank())
                    .toList();
            sources.add(new Source(sources.size() + 1, passages.get(0), texts));
        }
        return new NumberedSources(sources);
    }

    public List<Source> all() {
        return sources;
    }

    public int size() {
        return sources.size();
    }

    public Optional<Source> get(int n) {
        return n >= 1 && n <= sources.size() ? Optional.of(sources.get(n - 1)) : Optional.empty();
    }
}
