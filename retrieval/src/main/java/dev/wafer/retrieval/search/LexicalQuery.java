package dev.wafer.retrieval.search;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.PassageFields;
import dev.wafer.retrieval.index.SearchField;
import dev.wafer.retrieval.index.TermClause;
import dev.wafer.retrieval.index.TermCounts;
import java.util.ArrayList;
import java.util.List;

/** The BM25 clauses of a question: its words in the body, the headline (boosted) and the outlet (boosted). */
final class LexicalQuery {

    /**
     * A headline word carried by more than this share of all passages — and by more than
     * {@link #COMMON_TITLE_PASSAGES} of them — is matched in the body only. Its headline clause adds
     * little to a score (IDF about 3 at 5 %, times the headline boost) but has one of the longest
     * posting lists, and on a large index such clauses were a quarter of BM25's time.
     */
    private static final double COMMON_TITLE_SHARE = 0.05;
    /** Below this many passages a posting list costs microseconds: small indexes keep every headline clause. */
    private static final int COMMON_TITLE_PASSAGES = 1_000;

    private LexicalQuery() {
    }

    /**
     * The clauses, one per word and field (a word said twice counts twice), or an empty list when the
     * question has only stop words and there is nothing lexical to match.
     */
    static List<TermClause> of(String question, TermCounts counts, SearchOptions options) {
        List<TermClause> clauses = new ArrayList<>();
        long commonTitle = Math.max(COMMON_TITLE_PASSAGES, (long) (COMMON_TITLE_SHARE * counts.passages()));
        add(clauses, SearchField.TEXT, ContentTerms.inOrder(PassageFields.TEXT, question), 1f);
        add(clauses, SearchField.TITLE, ContentTerms.inOrder(PassageFields.TITLE, question).stream()
                .filter(term -> counts.inTitle(term) <= commonTitle).toList(), options.titleBoost());
        add(clauses, SearchField.PUBLISHER, ContentTerms.inOrder(PassageFields.PUBLISHER, question),
                options.publisherBoost());
        return clauses;
    }

    private static void add(List<TermClause> clauses, SearchField field, List<String> terms, float boost) {
        if (boost <= 0) {
            return;
        }
        for (String term : terms) {
            clauses.add(new TermClause(field, term, boost));
        }
    }
}
