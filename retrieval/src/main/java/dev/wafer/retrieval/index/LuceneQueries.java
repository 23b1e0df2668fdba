package dev.wafer.retrieval.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The search's queries and filters as Lucene queries over {@link PassageFields}' fields. */
final class LuceneQueries {

    private LuceneQueries() {
    }

    /** The query of a candidate list; its top {@code count()} hits are the list. */
    static Query of(CandidateQuery query) {
        return switch (query) {
            case CandidateQuery.Lexical lexical -> within(terms(lexical.clauses()), lexical.filter());
            case CandidateQuery.Nearest nearest -> new KnnFloatVectorQuery(PassageFields.VECTOR, nearest.vector(),
                    nearest.count(), nearest.filter() == null ? null : filter(nearest.filter()));
        };
    }

    static Query filter(PassageFilter filter) {
        return switch (filter) {
            case PassageFilter.Outlet outlet -> phrase(PassageFields.PUBLISHER, outlet.name());
            case PassageFilter.Published published ->
                    LongField.newRangeQuery(PassageFields.PUBLISHED, published.fromMillis(), published.toMillis());
            case PassageFilter.Articles articles -> articles(articles.ids());
            case PassageFilter.AllOf all -> combined(all.filters(), BooleanClause.Occur.FILTER);
            case PassageFilter.AnyOf any -> combined(any.filters(), BooleanClause.Occur.SHOULD);
        };
    }

    private static Query articles(Set<String> ids) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String id : ids) {
            any.add(new TermQuery(new Term(PassageFields.ARTICLE_ID, id)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    static String field(SearchField field) {
        return switch (field) {
            case TEXT -> PassageFields.TEXT;
            case TITLE -> PassageFields.TITLE;
            case PUBLISHER -> PassageFields.PUBLISHER;
        };
    }

    /**
     * One flat disjunction of the clauses, each its own boosted term: one flat disjunction lets Lucene
     * skip documents that cannot reach the top candidates (a boosted nested disjunction is scored
     * exhaustively), which keeps BM25 time from growing with the index.
     */
    private static Query terms(List<TermClause> clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (TermClause clause : clauses) {
            Query term = new TermQuery(new Term(field(clause.field()), clause.term()));
            query.add(clause.boost() == 1f ? term : new BoostQuery(term, clause.boost()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** {@code scored}, only among the passages of {@code filter} (which adds nothing to the score). */
    private static Query within(Query scored, PassageFilter filter) {
        if (filter == null) {
            return scored;
        }
        return new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST)
                .add(filter(filter), BooleanClause.Occur.FILTER).build();
    }

    private static Query phrase(String field, Phrase phrase) {
        if (phrase.terms().size() == 1) {
            return new TermQuery(new Term(field, phrase.terms().getFirst()));
        }
        PhraseQuery.Builder query = new PhraseQuery.Builder();
        for (int i = 0; i < phrase.terms().size(); i++) {
            query.add(new Term(field, phrase.terms().get(i)), phrase.positions().get(i));
        }
        return query.build();
    }

    private static Query combined(List<PassageFilter> filters, BooleanClause.Occur occur) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (PassageFilter filter : filters) {
            query.add(filter(filter), occur);
        }
        return query.build();
    }
}
