package dev.wafer.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wafer.corpus.Article;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private static final TokenCounter TOKENS = new TokenCounter();

    private static Article longArticle() {
        String body = IntStream.range(0, 60)
                .mapToObj(i -> "Sentence number " + i + " reports that TSMC expanded CoWoS packaging capacity for AI accelerators again.")
                .collect(Collectors.joining(" "));
        return Article.of("https://example.com/cowos", "TSMC expands CoWoS", "Fab Weekly", null,
                Instant.parse("2025-01-16T00:00:00Z"), body, Instant.EPOCH);
    }

    @Test
    void everyPassageFitsTheTokenBudgetIncludingItsHeader() {
        List<Passage> passages = new PassageSplitter(TOKENS).split(longArticle());
        assertThat(passages).hasSizeGreaterThan(3);
        assertThat(passages).allSatisfy(passage -> assertThat(TOKENS.count(passage.contextText()) + 2)
                .isLessThanOrEqualTo(PassageSplitter.DEFAULT_MAX_TOKENS));
        assertThat(passages.get(0).contextText()).startsWith("Title: TSMC expands CoWoS\nPublisher: Fab Weekly\nPublished: 2025-01-16\n");
    }

    @Test
    void passagesCoverEverySentenceAndOverlapAtTheirBoundaries() {
        Article article = longArticle();
        List<Passage> passages = new PassageSplitter(TOKENS).split(article);
        String all = passages.stream().map(Passage::text).collect(Collectors.joining(" "));
        for (String sentence : Sentences.split(article.body())) {
            assertThat(all).contains(sentence);
        }
        // The next passage opens with the closing sentence(s) of the one before.
        String lastOfFirst = Sentences.split(passages.get(0).text()).getLast();
        String firstOfSecond = Sentences.split(passages.get(1).text()).getFirst();
        assertThat(passages.get(1).text()).contains(lastOfFirst);
        assertThat(passages.get(0).text()).contains(firstOfSecond);
        assertThat(passages).extracting(Passage::ordinal).containsExactlyElementsOf(IntStream.range(0, passages.size()).boxed().toList());
    }

    @Test
    void aSentenceLongerThanTheBudgetIsCutAtWords() {
        String endless = "word ".repeat(600).strip() + ".";
        Article article = Article.of("https://example.com/x", "T", "P", null, null, endless, Instant.EPOCH);
        List<Passage> passages = new PassageSplitter(TOKENS).split(article);
        assertThat(passages).hasSizeGreaterThan(2);
        assertThat(passages).allSatisfy(passage -> assertThat(TOKENS.count(passage.contextText()) + 2).isLessThanOrEqualTo(256));
    }
}
