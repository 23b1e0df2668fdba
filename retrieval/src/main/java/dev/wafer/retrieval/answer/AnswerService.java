package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.question.OutletNames;
import dev.wafer.retrieval.question.QuestionReading;
import dev.wafer.retrieval.search.PassageSearch;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.language.ScriptAndWordDetector;
import dev.wafer.retrieval.language.Translation;
import dev.wafer.retrieval.sourcing.RememberedSourcing;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Answers a question: check the outlets it names are held, retrieve, check the sources cover it,
 * compose. The one service behind the command line, the console and Discord.
 */
public final class AnswerService {

    private final PassageSearch search;
    private final CoverageGate coverage;
    private final AnswerComposer composer;
    private final Supplier<Optional<Instant>> newestArticle;
    private final Supplier<? extends Collection<String>> publishers;
    private final ArticleDays days;
    private final SourcingNotes sourcing = new SourcingNotes(RememberedSourcing.attributionCues());
    private final OtherLanguage otherLanguage;

    /**
     * @param newestArticle when the newest article was published, for "my newest article is from …"
     * @param publishers    the outlets the corpus holds articles from
     */
    public AnswerService(PassageSearch search, CoverageGate coverage, AnswerComposer composer,
                         Supplier<Optional<Instant>> newestArticle, Supplier<? extends Collection<String>> publishers) {
        this(search, coverage, composer, newestArticle, publishers, ArticleDays.EVERY_DAY);
    }

    /** @param days the days the corpus holds articles from, to say so when a question names another */
    public AnswerService(PassageSearch search, CoverageGate coverage, AnswerComposer composer,
                         Supplier<Optional<Instant>> newestArticle, Supplier<? extends Collection<String>> publishers,
                         ArticleDays days) {
        this(search, coverage, composer, newestArticle, publishers, days, new OtherLanguage(new ScriptAndWordDetector()));
    }

    private AnswerService(PassageSearch search, CoverageGate coverage, AnswerComposer composer,
                          Supplier<Optional<Instant>> newestArticle, Supplier<? extends Collection<String>> publishers,
                          ArticleDays days, OtherLanguage otherLanguage) {
        this.otherLanguage = otherLanguage;
        this.days = days;
        this.search = search;
        this.coverage = coverage;
        this.composer = composer;
        this.newestArticle = newestArticle;
        this.publishers = publishers;
    }

    public Answer answer(Question question) {
        return answer(question, null);
    }

    /** The same service answering questions in other languages: each is rendered in English, and its checked answer back. */
    public AnswerService translatingWith(Translation translation) {
        return new AnswerService(search, coverage, composer, newestArticle, publishers, days,
                new OtherLanguage(new ScriptAndWordDetector(), translation));
    }

    /**
     * Answers while streaming a preview of the text to {@code partialText} (see
     * {@link AnswerComposer#compose(Question, List, Consumer)}); the returned answer is the checked one.
     * With a null listener the answer is composed in one piece.
     */
    public Answer answer(Question question, Consumer<String> partialText) {
        long start = System.nanoTime();
        Optional<Answer> notEnglish = otherLanguage.answer(question, english -> answerInEnglish(english, partialText));
        if (notEnglish.isPresent()) {
            return notEnglish.get().withTimes(Duration.ofNanos(System.nanoTime() - start), notEnglish.get().searchTook());
        }
        return answerInEnglish(question, partialText);
    }

    private Answer answerInEnglish(Question question, Consumer<String> partialText) {
        long start = System.nanoTime();
        Collection<String> held = publishers.get();
        QuestionReading reading = QuestionReading.of(question.text(), held);
        List<String> missing = OutletNames.missing(reading.outlets(), held);
        if (!missing.isEmpty()) {
            // What they reported cannot be told from other outlets' articles: say so rather than quote others.
            return Abstention.missingOutlets(question, missing, Answer.Mode.EXTRACTIVE)
                    .withTimes(Duration.ofNanos(System.nanoTime() - start), Duration.ZERO);
        }
        // "As of a day" bounds the search to articles published by then; the rest is the question as asked.
        Optional<AsOfDay> asOf = AsOfDay.of(question);
        Question asked = asOf.map(day -> new Question(day.question(), question.history(), day.day())).orElse(question);
        NamedDays named = NamedDays.in(asked.text());
        boolean dayMissing = named.noneHeld(days::published, days.years());
        // A reading is a function of its text: read the question again only where "as of" or an earlier turn changed it.
        QuestionReading askedReading = asked.text().equals(question.text()) ? reading : QuestionReading.of(asked.text(), held);
        QuestionReading retrievalReading = asked.retrievalText().equals(asked.text()) ? askedReading
                : QuestionReading.of(asked.retrievalText(), held);
        List<ScoredPassage> sources = search.find(retrievalReading.searchText(), asked.asOf());
        Duration search = Duration.ofNanos(System.nanoTime() - start);
        Answer answer;
        if (PurchaseAdvice.asked(asked.text())) {
            answer = Abstention.purchaseAdvice(asked, newestArticle.get(), sources, Answer.Mode.EXTRACTIVE);
        } else if (!coverage.covers(asked, sources)) {
            answer = asOf.isPresent() ? Abstention.asOf(asked, asOf.get().day(), Answer.Mode.EXTRACTIVE)
                    : dayMissing ? Abstention.missingDays(asked, named.label(), newestArticle.get(), Answer.Mode.EXTRACTIVE)
                    : Abstention.answer(asked, newestArticle.get(), sources, Answer.Mode.EXTRACTIVE);
        } else if (!AskedFact.held(askedReading, sources)) {
            // The sources are about the subject but hold nothing of the kind asked: say what they do hold.
            answer = Abstention.answer(asked, newestArticle.get(), sources, Answer.Mode.EXTRACTIVE);
        } else if (dayMissing && !named.toldOfIn(sources)) {
            // Other days' news is not what was asked for, unless it tells of the day named.
            answer = Abstention.missingDays(asked, named.label(), newestArticle.get(), Answer.Mode.EXTRACTIVE);
        } else {
            answer = partialText == null ? composer.compose(asked, sources) : composer.compose(asked, sources, partialText);
            if (dayMissing && !answer.abstained()) {
                answer = answer.withText(Abstention.noArticlesFrom(named.label()) + ", but later reports tell of it. " + answer.text());
            }
            if (asOf.isPresent() && !answer.abstained()) {
                answer = answer.withText(asOf.get().label() + answer.text());
            }
            // Last, so that a warning about the sources' strength opens the answer, before any note on its days.
            answer = sourcing.apply(answer, sources);
        }
        return answer.withTimes(Duration.ofNanos(System.nanoTime() - start), search);
    }
}
