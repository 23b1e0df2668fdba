package dev.wafer.retrieval.answer.extractive;

import dev.wafer.retrieval.answer.CitationMarks;
import dev.wafer.retrieval.answer.Answer;
import dev.wafer.retrieval.answer.AnswerComposer;
import dev.wafer.retrieval.answer.AnswerCues;
import dev.wafer.retrieval.answer.Citation;
import dev.wafer.retrieval.answer.Question;
import dev.wafer.retrieval.claim.SameClaim;
import dev.wafer.retrieval.claim.SameEvent;
import dev.wafer.retrieval.question.ModelNames;
import dev.wafer.retrieval.search.ScoredPassage;
import dev.wafer.retrieval.sourcing.IndependentReports;
import dev.wafer.corpus.Article;
import dev.wafer.corpus.source.ArticleFiles;
import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.index.Sentences;
import dev.wafer.retrieval.question.ChipLexicon;
import dev.wafer.retrieval.question.Generations;
import dev.wafer.retrieval.question.OutletNames;
import dev.wafer.retrieval.question.QuestionReading;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import dev.wafer.retrieval.figure.Figure;
import dev.wafer.retrieval.figure.Figures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers from the sources' own sentences, with no language model, in named steps: read what the
 * question asks for ({@link QuestionReading}); score every sentence of the best sources by the
 * question's words it covers (rarer words count more), how well its passage matched, whether it
 * carries the kind of fact asked for ({@link AnswerCues}) and, when the newest state of things is
 * asked for, how recent it is; choose a few, the one that answers first; then write them with who
 * reported each and when, how many outlets reported the same, and both sides where sources disagree.
 *
 * <p>Nothing is embedded here: the sentence scores come from words and from what the search already
 * measured, so an answer costs little more than its search.
 */
public final class ExtractiveAnswerComposer implements AnswerComposer {

    private static final int SOURCES_READ = 8;
    private static final int MAX_SENTENCES = 3;
    /** Answers stay short: further sentences are added only while the text is under this. */
    private static final int TARGET_CHARS = 380;
    /** A sentence this far below the best one adds noise rather than an answer. */
    private static final double MAX_GAP_FROM_BEST = 0.25;
    /** How much the passage's own match with the question (cosine) counts beside the words covered. */
    private static final double PASSAGE_WEIGHT = 0.5;
    /**
     * How much the sentence's closeness in meaning to the question (cosine of bge-small vectors) counts
     * beside the words it covers; tuned on the ChipQA dev set, where answering sentences sit 0.05–0.15
     * above the other sentences of their sources.
     */
    private static final double MEANING_WEIGHT = 1.0;
    /** A sentence covering this share of the question's weighted words is about its subject. */
    private static final double ON_SUBJECT_COVERAGE = 0.3;
    /** … as is one this close in meaning to the closest candidate. */
    private static final double ON_SUBJECT_MEANING = 0.08;
    /** A sentence that carries the kind of fact asked for (a figure for "how much", a date for "when"). */
    private static final double CUE_BONUS = 0.2;
    /**
     * For "who is the CEO", "what foundry makes": a sentence naming someone new beside the role asked for
     * (see {@link dev.wafer.retrieval.question.NameRole}) answers it, where one that merely names someone
     * does not; tuned on the ChipQA dev set's name questions, where the answering sentence sat 0.1–0.3
     * below background sentences about the company.
     */
    private static final double ROLE_BONUS = 0.5;
    /**
     * A sentence naming the role's holder is about the question's subject when it covers this share of the
     * question's words: the role itself is written in other words ("manufactured by" for "what foundry
     * makes"), so less of the question is left to cover.
     */
    private static final double ROLE_ON_SUBJECT_COVERAGE = 0.15;
    /** For "latest" questions: the newest dated source gains this much over the oldest. */
    private static final double RECENCY_WEIGHT = 0.35;
    /** Each sentence already taken from an article makes the next one from it a little less welcome. */
    private static final double SAME_ARTICLE_PENALTY = 0.05;
    private static final double RANK_PENALTY = 0.01;
    /**
     * A sentence about another model of the family the question names ("4nm" for "2nm", "the second fund"
     * for "Big Fund III") answers another question.
     */
    private static final double OTHER_MODEL_PENALTY = 1.0;
    /**
     * A sentence from a source that cannot tell of the month the question dates its subject by
     * ({@link NamedMonth}) is about another time and answers another question, as one about another model
     * does: it never leads a source of that time (on the ChipQA dev set a later story's date for another
     * rule led "when did the October 2023 curbs take effect" by 0.17, an earlier round's by 0.05).
     */
    private static final double OTHER_TIME_PENALTY = 1.0;
    /** Two sentences about the same thing share at least this share of their content words. */
    private static final double SAME_SUBJECT_OVERLAP = 0.4;
    /**
     * Two sentences from different outlets this close in meaning (bge-small cosine) tell one claim in
     * their own words; set on the ChipQA dev set, where three outlets' sentences on one acquisition sit at
     * 0.86–0.93 and sentences about different deals of one company below 0.82.
     */
    private static final double SAME_CLAIM_MEANING = 0.82;
    /**
     * Two outlets' sentences stating one figure about one company this close in meaning report one claim;
     * set on the ChipQA dev set, where three outlets' sentences on one acquisition's price or staff sit at
     * 0.72–0.81, and sentences naming the company and a figure about another of its deals share no figure.
     */
    private static final double SAME_FIGURE_MEANING = 0.70;
    /** Two sentences this close are about the same thing, so differing figures in them disagree. */
    private static final double SAME_THING_MEANING = 0.80;
    /**
     * Another outlet's figure for the same thing is shown though its sentence scores this far below the
     * lead: outlets word a round differently, and the reader must see both figures.
     */
    private static final double DISAGREEMENT_GAP = 0.5;
    /** Two sentences answering one question share at least this many of its words … */
    private static final int MIN_SHARED_QUESTION_TERMS = 2;
    /** … and this share of the question words either of them covers. */
    private static final double SHARED_QUESTION_COVERAGE = 0.6;
    /** A passage this close in meaning to the best one is about the same thing, whatever its words. */
    private static final double CLOSE_PASSAGE = 0.05;
    /** Words that ask for the newest news rather than name a topic (stemmed as the index stems them). */
    private static final Set<String> TIME_WORDS = ContentTerms.of("latest current currently now still yet recent recently"
            + " newest today so far this year update updates status");
    private static final DateTimeFormatter PUBLISHED_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** A sentence opening with a word that refers to what its article is about. */
    private static final Pattern REFERS_BACK = Pattern.compile("^(?:It|Its|They|Their|This|These|The (?:company|firm|"
            + "chip|chips|chipmaker|platform|system|product|part|deal|group|start-?up|rule|rules))\\b");
    /** "Beijing, China – " and "SAN FRANCISCO (Reuters) - " openers: place lines, not part of the claim. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.]+(?:[ ,]+\\p{Lu}[\\p{L}.]+){0,3}(?: \\([^)]{1,30}\\))?\\s+[–—-]+\\s+)(?=\\p{Lu})");
    /**
     * Sentences embedded per answer, about 2.5 ms each on two cores: embedding all of eight sources' (~70)
     * made an answer about 8 times its search. With 16, ChipQA dev passes the same 47 questions as with all.
     */
    private static final int EMBEDDED_SENTENCES = 16;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 90;

    private static final Logger LOG = LoggerFactory.getLogger(ExtractiveAnswerComposer.class);

    private final Function<String, Optional<Article>> articles;
    private final SentenceMeaning meaning;

    /**
     * @param articles the stored article behind a source, by article id: its syndicated copies count
     *                 among the outlets reporting it, and its full text gives names in full
     * @param meaning  the sentences' meaning beside their words
     */
    public ExtractiveAnswerComposer(Function<String, Optional<Article>> articles, SentenceMeaning meaning) {
        this.articles = articles;
        this.meaning = meaning;
    }

    /** A composer that judges sentences by their words only. */
    public ExtractiveAnswerComposer(Function<String, Optional<Article>> articles) {
        this(articles, SentenceMeaning.NONE);
    }

    /** A composer that sees only its sources: no syndicated copies, no text beyond the passages. */
    public ExtractiveAnswerComposer() {
        this(articleId -> Optional.empty());
    }

    @Override
    public Answer compose(Question question, List<ScoredPassage> sources) {
        QuestionReading intent = QuestionReading.of(question.text());
        List<Candidate> candidates = candidates(sources);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("sources hold no quotable sentence");
        }
        embedLikeliest(candidates, intent);
        score(candidates, intent);
        if (LOG.isDebugEnabled()) {
            candidates.stream().sorted(Comparator.comparingDouble((Candidate c) -> c.score).reversed()).limit(12)
                    .forEach(c -> LOG.debug("{} (meaning {}, passage {}) {}", String.format(Locale.ROOT, "%.3f", c.score),
                            String.format(Locale.ROOT, "%.3f", c.meaning),
                            String.format(Locale.ROOT, "%.3f", c.source.similarityOr(0.0)), c.sentence));
        }
        Optional<Comparison> compared = intent.comparison().flatMap(sides -> Comparison.of(sides, intent, candidates));
        if (compared.isPresent()) {
            return write(question, compared.get().sentences(), candidates, intent, false, compared);
        }
        List<Candidate> chosen = choose(candidates);
        if (intent.latest()) {
            withNewestOnSubject(chosen, candidates);
        }
        Optional<Candidate> disagreeing = disagreement(chosen.getFirst(), candidates, intent, question.text());
        disagreeing.ifPresent(other -> {
            chosen.remove(other);
            chosen.add(1, other);
        });
        List<Candidate> ordered = order(chosen, intent, disagreeing.isPresent(), question.text());
        return write(question, ordered, candidates, intent, disagreeing.isPresent(), Optional.empty());
    }

    private static List<Candidate> candidates(List<ScoredPassage> sources) {
        List<Candidate> candidates = new ArrayList<>();
        int rank = 0;
        for (ScoredPassage source : sources.subList(0, Math.min(SOURCES_READ, sources.size()))) {
            int position = 0;
            // Read once for all of the passage's sentences.
            Set<String> titleTerms = ContentTerms.of(source.passage().title());
            Set<String> publishedTerms = source.passage().publishedDate()
                    .map(day -> ContentTerms.of(PUBLISHED_MONTH.format(day.atZone(ZoneOffset.UTC))))
                    .orElse(Set.of());
            for (String sentence : Sentences.split(source.passage().text())) {
                int words = SPACES.split(sentence).length;
                if (words >= MIN_WORDS && words <= MAX_WORDS && !sentence.endsWith("?")) {
                    candidates.add(new Candidate(DATELINE.matcher(sentence).replaceFirst(""), source, rank, position,
                            titleTerms, publishedTerms));
                }
                position++;
            }
            rank++;
        }
        return candidates;
    }

    /**
     * Step: the meaning of the sentences likeliest to answer, judged first by their words, passage and
     * cue alone. Embedding a sentence costs about as much as a search, so only the best
     * {@value #EMBEDDED_SENTENCES} are embedded; the others are taken to be no closer to the question than
     * the least close of those, and are compared with other outlets' sentences by their words only.
     */
    private void embedLikeliest(List<Candidate> candidates, QuestionReading intent) {
        score(candidates, intent);
        List<Candidate> likeliest = candidates.stream()
                .sorted(Comparator.comparingDouble((Candidate candidate) -> candidate.score).reversed())
                .limit(EMBEDDED_SENTENCES).toList();
        SentenceMeaning.Vectors vectors = meaning.embed(intent.searchText(),
                likeliest.stream().map(candidate -> candidate.sentence).toList());
        double least = Double.MAX_VALUE;
        for (int i = 0; i < likeliest.size(); i++) {
            likeliest.get(i).meaning = vectors.toQuestion(i);
            likeliest.get(i).vector = vectors.sentences().isEmpty() ? null : vectors.sentences().get(i);
            least = Math.min(least, likeliest.get(i).meaning);
        }
        for (Candidate candidate : candidates) {
            if (!likeliest.contains(candidate)) {
                candidate.meaning = least;
            }
        }
    }

    /** Step: each sentence's score (see the class comment). */
    private static void score(List<Candidate> candidates, QuestionReading intent) {
        Set<String> questionTerms = questionTerms(intent);
        Map<String, Double> termWeights = termWeights(questionTerms, candidates);
        double totalWeight = termWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        Set<String> models = intent.models();
        Optional<NamedMonth> month = NamedMonth.in(intent.text());
        Set<Generations.Generation> generations = intent.generations();
        // "III" in "Big Fund III" is covered by a sentence on "the third phase".
        Map<String, Set<String>> numberForms = new HashMap<>();
        for (Generations.Generation generation : generations) {
            Set<String> forms = Generations.writtenForms(generation.number());
            forms.forEach(form -> numberForms.put(form, forms));
        }
        Set<String> subject = intent.role().map(role -> ContentTerms.of(role.subjectOf(intent.text()))).orElse(Set.of());
        double bestMeaning = candidates.stream().mapToDouble(candidate -> candidate.meaning).max().orElse(0);
        double bestRelevance = 0;
        for (Candidate candidate : candidates) {
            // A sentence that names no one but states the kind of fact asked for ("At that price the company
            // is valued at $23 billion") states it about what its headline names: the headline's words count.
            boolean carries = AnswerCues.carries(intent, candidate.sentence);
            // So does one that opens by referring back ("It combines …", "The company said …").
            Set<String> own = carries && (candidate.namesNoOne() || REFERS_BACK.matcher(candidate.sentence).find())
                    ? candidate.headedTerms : candidate.terms;
            double covered = termWeights.entrySet().stream()
                    .filter(term -> own.contains(term.getKey()) || candidate.publishedTerms.contains(term.getKey())
                            || !Collections.disjoint(own, numberForms.getOrDefault(term.getKey(), Set.of())))
                    .mapToDouble(Map.Entry::getValue).sum();
            double coverage = totalWeight == 0 ? 0 : covered / totalWeight;
            double passage = candidate.source.similarityOr(0.0);
            // The kind of fact asked for counts only in a sentence about the question's subject: a figure
            // in a sentence about another company's round is no answer.
            boolean onSubject = coverage >= ON_SUBJECT_COVERAGE || candidate.meaning >= bestMeaning - ON_SUBJECT_MEANING;
            candidate.score = coverage + PASSAGE_WEIGHT * passage + MEANING_WEIGHT * candidate.meaning
                    - RANK_PENALTY * candidate.rank
                    + (onSubject && carries ? CUE_BONUS : 0)
                    + (namesTheSubject(candidate, subject) && (onSubject || coverage >= ROLE_ON_SUBJECT_COVERAGE)
                        && AnswerCues.namesTheRole(intent, candidate.sentence) ? ROLE_BONUS : 0)
                    - (ModelNames.namesAnotherOfTheSameKind(candidate.sentence, models)
                        || Generations.namesAnother(candidate.sentence, generations) ? OTHER_MODEL_PENALTY : 0)
                    - (month.isPresent() && candidate.published().isPresent()
                        && !month.get().toldOfBy(candidate.published().get(), candidate.source.passage().text())
                        ? OTHER_TIME_PENALTY : 0);
            bestRelevance = Math.max(bestRelevance, candidate.score);
        }
        if (intent.latest()) {
            addRecency(candidates, intent, bestRelevance, bestMeaning);
        }
    }

    /**
     * Step, for "latest", "still" and "yet" questions: newer wins among the sentences about the question's
     * subject — those naming everything it names ({@link AskedSubject}) — that answer, come from passages
     * matching the question about as well as the best one, or mean about what the best sentence means;
     * ranked by day among those alone, so the newest report about the subject gains the most though an
     * older one repeats more of the question's words. It never lifts a sentence about something else
     * that merely is new. A question naming nothing, or nothing its sources name, keeps the first two tests.
     */
    private static void addRecency(List<Candidate> candidates, QuestionReading intent, double bestRelevance,
                                   double bestMeaning) {
        double bestPassage = candidates.stream().mapToDouble(c -> c.source.similarityOr(0.0))
                .max().orElse(0);
        AskedSubject subject = AskedSubject.of(intent);
        List<Candidate> about = subject.isEmpty() ? List.of()
                : candidates.stream().filter(candidate -> subject.namedIn(candidate.headedText())).toList();
        Recency recency = Recency.of(about.isEmpty() ? candidates : about);
        Candidate newest = null;
        for (Candidate candidate : candidates) {
            candidate.newestOnSubject = false;
        }
        for (Candidate candidate : about.isEmpty() ? candidates : about) {
            double passage = candidate.source.similarityOr(0.0);
            boolean answers = candidate.score >= bestRelevance - MAX_GAP_FROM_BEST || passage >= bestPassage - CLOSE_PASSAGE
                    || !about.isEmpty() && candidate.meaning >= bestMeaning - ON_SUBJECT_MEANING;
            if (answers) {
                candidate.score += RECENCY_WEIGHT * recency.of(candidate);
                if (!about.isEmpty() && (newest == null || recency.of(candidate) > recency.of(newest)
                        || recency.of(candidate) == recency.of(newest) && candidate.score > newest.score)) {
                    newest = candidate;
                }
            }
        }
        if (newest != null) {
            newest.newestOnSubject = true;
        }
    }

    /**
     * Step, for "latest", "still" and "yet" questions: the best sentence of the newest report about the
     * subject that answers (see {@link #addRecency}) is among the chosen, so that it leads once they are
     * ordered newest first — the newest word on the subject is what was asked for.
     */
    private static void withNewestOnSubject(List<Candidate> chosen, List<Candidate> candidates) {
        candidates.stream().filter(candidate -> candidate.newestOnSubject && !chosen.contains(candidate)).findFirst()
                .ifPresent(newest -> {
                    if (chosen.size() == MAX_SENTENCES) {
                        chosen.removeLast();
                    }
                    chosen.add(newest);
                });
    }

    /** True when the sentence, read under its headline, names what the role's holder is asked for. */
    private static boolean namesTheSubject(Candidate candidate, Set<String> subject) {
        return subject.stream().anyMatch(term -> !TIME_WORDS.contains(term) && candidate.headedTerms.contains(term));
    }

    /**
     * Each question term weighted by how rare it is among the candidate sentences (near 0 when every
     * sentence has it, 1 when none does), so a word all sources share ("DeepSeek") decides little.
     */
    private static Map<String, Double> termWeights(Set<String> questionTerms, List<Candidate> candidates) {
        Map<String, Double> weights = new LinkedHashMap<>();
        int n = candidates.size();
        for (String term : questionTerms) {
            // A month every source was published in tells them apart no more than a word they all use.
            long df = candidates.stream().filter(candidate -> candidate.terms.contains(term)
                    || candidate.publishedTerms.contains(term)).count();
            weights.put(term, Math.log((double) (n + 1) / (df + 1)) / Math.log(n + 1));
        }
        return weights;
    }

    /** Step: the best sentence, then a few more close to it, no near-duplicates, while the answer stays short. */
    private static List<Candidate> choose(List<Candidate> candidates) {
        List<Candidate> chosen = new ArrayList<>();
        double best = candidates.stream().mapToDouble(candidate -> candidate.score).max().orElse(0);
        List<Candidate> remaining = new ArrayList<>(candidates);
        int chars = 0;
        while (chosen.size() < MAX_SENTENCES && !remaining.isEmpty() && chars < TARGET_CHARS) {
            Candidate next = remaining.stream()
                    .max(Comparator.comparingDouble(candidate -> adjusted(candidate, chosen)))
                    .orElseThrow();
            remaining.remove(next);
            if (!chosen.isEmpty() && next.score < best - MAX_GAP_FROM_BEST) {
                break;
            }
            if (chosen.stream().noneMatch(taken -> taken.claim().same(next.claim()) && !taken.event().otherEvent(next.event()))) {
                chosen.add(next);
                chars += next.sentence.length();
            }
        }
        return chosen;
    }

    private static double adjusted(Candidate candidate, List<Candidate> chosen) {
        long sameArticle = chosen.stream().filter(taken -> taken.articleId().equals(candidate.articleId())).count();
        return candidate.score - SAME_ARTICLE_PENALTY * sameArticle;
    }

    /**
     * Step: another outlet's sentence about the same thing as the lead that states a different figure
     * or date for it — when the question asks for an amount or a date, both are shown.
     */
    private static Optional<Candidate> disagreement(Candidate lead, List<Candidate> candidates, QuestionReading intent,
                                                    String question) {
        if (intent.asks() != QuestionReading.Asks.AMOUNT && intent.asks() != QuestionReading.Asks.DATE
                || !AnswerCues.carries(intent, lead.sentence)) {
            return Optional.empty();
        }
        List<Figure> leadFigures = lead.claim().stated().stream().filter(intent.figure()::accepts).toList();
        return candidates.stream()
                .filter(other -> !other.articleId().equals(lead.articleId()))
                .filter(other -> !sameOutlet(other.source.passage().publisher(), lead.source.passage().publisher()))
                .filter(other -> other.score >= lead.score - DISAGREEMENT_GAP)
                .filter(other -> AnswerCues.carries(intent, other.sentence))
                .filter(other -> sameSubject(lead.sentence, other.sentence)
                        && (overlap(lead.terms, other.terms) >= SAME_SUBJECT_OVERLAP
                        || closeInMeaning(lead, other, SAME_THING_MEANING))
                        || answerTheSameQuestion(lead, other, questionTerms(intent)))
                .filter(other -> intent.asks(QuestionReading.Asks.AMOUNT)
                        ? Figures.disagree(leadFigures, other.claim().stated())
                        : Collections.disjoint(SameClaim.figures(lead.sentence), SameClaim.figures(other.sentence)))
                .max(Comparator.comparingDouble(other -> other.score));
    }

    /**
     * Two outlets' sentences answer the same question about the same thing, whatever their words, when
     * each, read under its own headline, covers most of the question words the other covers (at least
     * two, so the question pins the thing down: "etched", "raise", "sohu"), and they name something in
     * common. "CoreWeave raised $1.5 billion, which gives it a market value of about $19 billion" and
     * "At that price the company is valued at about $23 billion" under "CoreWeave prices IPO at $40"
     * answer "what was coreweave valued at in the ipo" both; a sentence about another company's round
     * shares neither the words nor a name.
     */
    private static boolean answerTheSameQuestion(Candidate a, Candidate b, Set<String> questionTerms) {
        Set<String> aCovers = new HashSet<>(questionTerms);
        aCovers.retainAll(a.headedTerms);
        Set<String> bCovers = new HashSet<>(questionTerms);
        bCovers.retainAll(b.headedTerms);
        Set<String> both = new HashSet<>(aCovers);
        both.retainAll(bCovers);
        return both.size() >= MIN_SHARED_QUESTION_TERMS
                && both.size() >= SHARED_QUESTION_COVERAGE * Math.max(aCovers.size(), bCovers.size())
                && shareAName(a, b);
    }

    /**
     * The two sentences, with their headlines, name one company, product, place or person alike, and do
     * not open with two different names ("Nvidia said its charge …", "AMD said its charge …").
     */
    private static boolean shareAName(Candidate a, Candidate b) {
        Optional<String> aOpens = a.openingName();
        Optional<String> bOpens = b.openingName();
        if (aOpens.isPresent() && bOpens.isPresent() && !ChipLexicon.bundled().same(aOpens.get(), bOpens.get())) {
            return false;
        }
        List<String> aNames = a.headedNames();
        List<String> bNames = b.headedNames();
        ChipLexicon lexicon = ChipLexicon.bundled();
        return aNames.stream().anyMatch(name -> bNames.stream().anyMatch(other -> lexicon.same(name, other)));
    }

    /** The words of the question that name what it asks about ("latest", "still", "now" say when, not what). */
    private static Set<String> questionTerms(QuestionReading intent) {
        Set<String> terms = new HashSet<>(ContentTerms.of(intent.searchText()));
        terms.removeAll(TIME_WORDS);
        return terms;
    }

    /**
     * Step: the answering sentence first and the rest as reported; for "latest" questions, and when
     * sources disagree, newest first.
     */
    private static List<Candidate> order(List<Candidate> chosen, QuestionReading intent, boolean disagree,
                                         String question) {
        Comparator<Candidate> newestFirst = Comparator.comparing(
                (Candidate candidate) -> candidate.published().orElse(Instant.MIN)).reversed();
        if (disagree) {
            List<Candidate> ordered = new ArrayList<>(chosen.subList(0, 2));
            ordered.sort(newestFirst);
            ordered.addAll(chosen.subList(2, chosen.size()));
            return ordered;
        }
        if (intent.latest()) {
            List<Candidate> ordered = new ArrayList<>(chosen);
            ordered.sort(newestFirst);
            return ordered;
        }
        // The sentence that answers leads: the best one, unless another one carries what was asked and it does not.
        Candidate lead = chosen.stream().filter(candidate -> AnswerCues.carries(intent, candidate.sentence))
                .findFirst()
                .filter(carrier -> !AnswerCues.carries(intent, chosen.getFirst().sentence))
                .orElse(chosen.getFirst());
        List<Candidate> ordered = new ArrayList<>();
        ordered.add(lead);
        chosen.stream().filter(candidate -> candidate != lead)
                .sorted(Comparator.comparing((Candidate candidate) -> candidate.published().orElse(Instant.MAX))
                        .thenComparing(Candidate::articleId)
                        .thenComparingInt(candidate -> candidate.position))
                .forEach(ordered::add);
        return ordered;
    }

    /**
     * Two sentences can only disagree, or agree, about the same company, product or person: "Nvidia said
     * its charge came to $4.5 billion" and "AMD said its charge came to $800 million" share words but not
     * their subject, the first name each sentence gives. Names count as one when the chip lexicon says so
     * ("AMD", "Advanced Micro Devices"). A sentence without a name may be about anything.
     */
    private static boolean sameSubject(String lead, String other) {
        List<String> leadNames = NamedAnswer.names(lead, true);
        List<String> otherNames = NamedAnswer.names(other, true);
        return leadNames.isEmpty() || otherNames.isEmpty()
                || ChipLexicon.bundled().same(leadNames.getFirst(), otherNames.getFirst());
    }

    /** Step: the text with attributions, corroboration and citations. */
    private Answer write(Question question, List<Candidate> sentences, List<Candidate> candidates, QuestionReading intent,
                         boolean disagree, Optional<Comparison> compared) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder(disagree ? "Sources differ. " : "");
        Function<String, Optional<Article>> articles = fetchedOnce(this.articles);
        leadName(question.text(), intent, sentences, candidates, articles).filter(found -> compared.isEmpty())
                .ifPresent(found -> {
            List<Integer> markers = new ArrayList<>();
            for (String articleId : found.articleIds()) {
                candidates.stream().filter(candidate -> candidate.articleId().equals(articleId)).findFirst()
                        .ifPresent(candidate -> markers.add(number(candidate, numbers, citations)));
            }
            text.append(cite("In short: " + found.name() + ".", markers)).append(' ');
        });
        String previousArticle = null;
        for (int i = 0; i < sentences.size(); i++) {
            Candidate candidate = sentences.get(i);
            List<Candidate> alike = corroborating(candidate, candidates);
            List<Integer> markers = new ArrayList<>();
            markers.add(number(candidate, numbers, citations));
            for (Candidate other : alike) {
                markers.add(number(other, numbers, citations));
            }
            if (!text.isEmpty() && !text.toString().endsWith(" ")) {
                text.append(' ');
            }
            if (!candidate.articleId().equals(previousArticle) || !alike.isEmpty()) {
                boolean latest = i == 0 && intent.latest() && !disagree;
                List<IndependentReports.Origin> reports = reports(candidate, alike, articles);
                // A copy is told from the day its origin ran it; a "latest" lead-in keeps the newest day.
                Optional<Instant> day = latest ? candidate.published() : Optional.ofNullable(reports.getFirst().published());
                text.append(attribution(IndependentReports.names(reports), day, latest)).append(' ');
            }
            text.append(cite(candidate.sentence, markers.stream().distinct().toList()));
            previousArticle = candidate.articleId();
        }
        compared.flatMap(Comparison::verdict).ifPresent(verdict -> text.append(' ').append(cite(verdict,
                compared.get().sentences().stream().map(side -> number(side, numbers, citations)).distinct().toList())));
        return new Answer(question.text(), text.toString(), Answer.Mode.EXTRACTIVE, false, citations, null, Duration.ZERO);
    }

    /** Step: for "who" and "which" questions, the name the chosen sentences agree on, to lead with. */
    private static Optional<NamedAnswer.Found> leadName(String question, QuestionReading intent, List<Candidate> chosen,
                                                        List<Candidate> candidates,
                                                        Function<String, Optional<Article>> articles) {
        if (intent.asks() != QuestionReading.Asks.NAME) {
            return Optional.empty();
        }
        double best = candidates.stream().mapToDouble(candidate -> candidate.score).max().orElse(0);
        List<NamedAnswer.Sentence> sentences = new ArrayList<>();
        for (Candidate candidate : candidates) {
            double weight = chosen.contains(candidate) ? NamedAnswer.CHOSEN
                    : candidate.score >= best - MAX_GAP_FROM_BEST ? 1 : 0.5;
            sentences.add(new NamedAnswer.Sentence(candidate.sentence, candidate.articleId(), weight, false));
        }
        candidates.stream().map(candidate -> candidate.source).distinct()
                .forEach(source -> sentences.add(new NamedAnswer.Sentence(source.passage().title(),
                        source.passage().articleId(), 1, true)));
        // The sources' whole texts count for nothing, but give a name as the articles first introduce it.
        candidates.stream().map(Candidate::articleId).distinct().forEach(id -> articles.apply(id).ifPresent(article ->
                sentences.add(new NamedAnswer.Sentence(article.body(), id, 0, false))));
        List<String> outlets = candidates.stream().map(candidate -> outletKey(candidate.source.passage().publisher()))
                .distinct().toList();
        return NamedAnswer.in(sentences, question, outlets, intent.role());
    }

    /**
     * The articles one answer reads, each fetched from the store once: its headline name and every
     * report's syndicated copies come from the same few articles.
     */
    private static Function<String, Optional<Article>> fetchedOnce(Function<String, Optional<Article>> articles) {
        Map<String, Optional<Article>> fetched = new HashMap<>();
        return id -> fetched.computeIfAbsent(id, articles);
    }

    private static int number(Candidate candidate, Map<String, Integer> numbers, List<Citation> citations) {
        return numbers.computeIfAbsent(candidate.articleId(), id -> {
            int n = numbers.size() + 1;
            citations.add(Citation.of(n, candidate.source));
            return n;
        });
    }

    /**
     * Two outlets' sentences report one claim when they say it in mostly the same words, tell one event in
     * their own words ({@link SameEvent}), or say it in other words close in meaning with no figure that
     * differs and the same subject; never when they tell two events of one kind (another stage of one deal,
     * another company added to one list).
     */
    private static boolean sameClaim(Candidate a, Candidate b) {
        if (a.event().otherEvent(b.event())) {
            return false;
        }
        if (a.claim().same(b.claim()) || a.event().same(b.event())) {
            return true;
        }
        List<Figure> aFigures = a.claim().stated();
        List<Figure> bFigures = b.claim().stated();
        if (Figures.disagree(aFigures, bFigures)) {
            return false;
        }
        return closeInMeaning(a, b, SAME_CLAIM_MEANING) && aFigures.isEmpty() == bFigures.isEmpty()
                && sameSubject(a.sentence, b.sentence)
                || a.claim().sharesAFigure(b.claim()) && shareAName(a, b)
                && closeInMeaning(a, b, SAME_FIGURE_MEANING);
    }

    private static boolean closeInMeaning(Candidate a, Candidate b, double threshold) {
        return a.vector != null && b.vector != null
                && dev.wafer.retrieval.index.Embedder.cosine(a.vector, b.vector) >= threshold;
    }

    /**
     * Other outlets' sentences saying the same as {@code candidate}: one per outlet, syndicated copies once.
     * This is the one place the outlets reporting a claim are gathered.
     */
    private static List<Candidate> corroborating(Candidate candidate, List<Candidate> candidates) {
        Map<String, Candidate> byOutlet = new LinkedHashMap<>();
        String own = outletKey(candidate.source.passage().publisher());
        for (Candidate other : candidates) {
            String outlet = outletKey(other.source.passage().publisher());
            if (!outlet.equals(own) && !other.articleId().equals(candidate.articleId())
                    && sameClaim(candidate, other)) {
                byOutlet.putIfAbsent(outlet, other);
            }
        }
        return List.copyOf(byOutlet.values());
    }

    /**
     * Who reported it: the outlet, the others that carried the same sentence, and the article's syndicated
     * copies, each independent report named once (copies and reports taken from one outlet count as one).
     */
    private static List<IndependentReports.Origin> reports(Candidate candidate, List<Candidate> alike,
                                                           Function<String, Optional<Article>> articles) {
        return IndependentReports.led(report(candidate, articles),
                alike.stream().map(other -> report(other, articles)).toList());
    }

    private static IndependentReports.Report report(Candidate candidate, Function<String, Optional<Article>> articles) {
        Passage passage = candidate.source.passage();
        return IndependentReports.cited(passage.publisher(), passage.published(), candidate.sentence, passage.text(),
                articles.apply(candidate.articleId()).map(Article::alsoReportedBy).orElse(List.of()));
    }

    /**
     * "On 2025-08-14, Reuters reported:", "As of 2025-10-29, Reuters, FT and 2 others reported:" —
     * who said it and when, before what they said.
     */
    static String attribution(List<String> outlets, Optional<Instant> published, boolean latest) {
        List<String> known = outlets.stream().filter(name -> !name.equalsIgnoreCase(ArticleFiles.UNKNOWN_PUBLISHER)).toList();
        String who;
        if (known.isEmpty()) {
            who = published.isPresent() ? "an article" : "An undated article";
        } else if (known.size() == 1) {
            who = known.getFirst();
        } else if (known.size() == 2) {
            who = known.get(0) + " and " + known.get(1);
        } else if (known.size() == 3) {
            who = known.get(0) + ", " + known.get(1) + " and " + known.get(2);
        } else {
            who = known.get(0) + ", " + known.get(1) + " and " + (known.size() - 2) + " others";
        }
        if (published.isPresent()) {
            return (latest ? "As of " : "On ") + Passage.dateLabel(published.get()) + ", " + who + " reported:";
        }
        return known.isEmpty() ? who + " reported:" : who + " (undated) reported:";
    }

    static String attribution(String publisher, Optional<Instant> published) {
        return attribution(List.of(publisher), published, false);
    }

    /** Puts the markers before a closing full stop: "… was delayed [1][2]." */
    static String cite(String sentence, List<Integer> numbers) {
        return CitationMarks.mark(sentence, numbers);
    }

    static String cite(String sentence, int n) {
        return cite(sentence, List.of(n));
    }

    static boolean nearDuplicate(String a, String b) {
        return SameClaim.test(a, b);
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / Math.min(a.size(), b.size());
    }

    private static boolean sameOutlet(String a, String b) {
        return outletKey(a).equals(outletKey(b));
    }

    private static String outletKey(String outlet) {
        return OutletNames.core(outlet);
    }

    /**
     * A comparison answered side by side: for each side the question names, the best sentence about it
     * (carrying the figure asked for, when one is), in the question's order; then, when both state a
     * figure of the kind asked for in one unit, which is larger. A sentence is about a side when it names
     * it, or names neither side under a headline that names it ("Each chip carries 141GB" under "Nvidia
     * unveils H200 …").
     */
    private record Comparison(Candidate left, Candidate right, Side leftSide, Side rightSide,
                              QuestionReading intent) {

        static Optional<Comparison> of(QuestionReading.Comparison sides, QuestionReading intent,
                                       List<Candidate> candidates) {
            Side left = Side.of(sides.left(), sides.right());
            Side right = Side.of(sides.right(), sides.left());
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            Optional<Candidate> leftBest = best(left, right, intent, candidates);
            Optional<Candidate> rightBest = best(right, left, intent, candidates);
            if (leftBest.isEmpty() || rightBest.isEmpty() || leftBest.get() == rightBest.get()) {
                return Optional.empty();
            }
            return Optional.of(new Comparison(leftBest.get(), rightBest.get(), left, right, intent));
        }

        private static Optional<Candidate> best(Side side, Side other, QuestionReading intent, List<Candidate> candidates) {
            boolean figures = intent.asks(QuestionReading.Asks.AMOUNT);
            return candidates.stream()
                    .filter(candidate -> side.names(candidate.sentence)
                            || !other.names(candidate.sentence) && side.names(candidate.source.passage().title()))
                    .filter(candidate -> !figures || AnswerCues.carries(intent, candidate.sentence))
                    // A sentence naming only this side says more about it than one naming both.
                    .max(Comparator.comparing((Candidate candidate) -> !other.names(candidate.sentence))
                            .thenComparingDouble(candidate -> candidate.score));
        }

        List<Candidate> sentences() {
            return List.of(left, right);
        }

        /** "So the H200 has more: 141GB against 80GB for the H100." */
        Optional<String> verdict() {
            Optional<Figure> a = leftSide.figureIn(left.sentence, intent);
            Optional<Figure> b = rightSide.figureIn(right.sentence, intent);
            if (a.isEmpty() || b.isEmpty() || !a.get().comparable(b.get())) {
                return Optional.empty();
            }
            String leftLabel = leftSide.label();
            String rightLabel = rightSide.label();
            int order = a.get().compareAmount(b.get());
            if (order == 0) {
                return Optional.of("So " + leftLabel + " and " + rightLabel + " are level: " + a.get().text()
                        + " each.");
            }
            boolean leftLarger = order > 0;
            Figure larger = leftLarger ? a.get() : b.get();
            Figure smaller = leftLarger ? b.get() : a.get();
            return Optional.of("So " + (leftLarger ? leftLabel : rightLabel) + " has more: " + larger.text()
                    + " against " + smaller.text() + " for " + (leftLarger ? rightLabel : leftLabel) + ".");
        }
    }

    /**
     * One side of a comparison: its model names ("H200", "M4") when it has any, else its numbered
     * generation ("big fund 3", written "the third fund" in the news), else the words that set it apart
     * from the other side; "which has more TOPS" after a comma is the question, not the side.
     */
    private record Side(String label, Set<String> terms, boolean models, Set<Generations.Generation> generations) {

        static Side of(String side, String otherSide) {
            String own = side.replaceFirst("\\s*,.*$", "").strip();
            String other = otherSide.replaceFirst("\\s*,.*$", "");
            Set<String> models = ModelNames.in(own);
            models.removeAll(ModelNames.in(other));
            if (!models.isEmpty()) {
                Matcher model = Pattern.compile(Pattern.quote(models.iterator().next()), Pattern.CASE_INSENSITIVE)
                        .matcher(own);
                return new Side(model.find() ? model.group() : own, models, true, Set.of());
            }
            Set<Generations.Generation> otherGenerations = Generations.named(other);
            Optional<Generations.Mention> generation = Generations.in(own).stream()
                    .filter(mention -> !otherGenerations.contains(mention.generation())).findFirst();
            if (generation.isPresent()) {
                // "big fund 2 size": the side ends at its number; what follows is what is compared.
                return new Side(own.substring(0, generation.get().end()).strip(), Set.of(), false,
                        Set.of(generation.get().generation()));
            }
            Set<String> terms = new HashSet<>(ContentTerms.of(own));
            terms.removeAll(ContentTerms.of(other));
            return new Side(own, terms, false, Set.of());
        }

        boolean isEmpty() {
            return terms.isEmpty() && generations.isEmpty();
        }

        /** True when {@code text} names this side: its model name, its generation, or most of its distinguishing words. */
        boolean names(String text) {
            if (!generations.isEmpty()) {
                return Generations.named(text).stream().anyMatch(generations::contains);
            }
            if (models) {
                String lower = text.toLowerCase(Locale.ROOT);
                return terms.stream().anyMatch(model -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(model)
                        + "(?![\\p{N}])").matcher(lower).find());
            }
            Set<String> found = ContentTerms.of(text);
            long shared = terms.stream().filter(found::contains).count();
            return shared * 2 >= terms.size() + 1;
        }

        /**
         * The figure of the kind asked for that the sentence states about this side: the first after the
         * side's own mention ("the first fund raised 138.7 billion yuan, and the second 204 billion"), else
         * the sentence's first.
         */
        Optional<Figure> figureIn(String sentence, QuestionReading intent) {
            List<Figure> figures = Figures.in(sentence).stream().filter(intent.figure()::accepts).toList();
            if (!generations.isEmpty()) {
                Optional<Integer> mentioned = Generations.in(sentence).stream()
                        .filter(mention -> generations.contains(mention.generation()))
                        .map(Generations.Mention::end).findFirst();
                if (mentioned.isPresent()) {
                    Optional<Figure> after = figures.stream()
                            .filter(figure -> sentence.indexOf(figure.text(), mentioned.get()) >= 0).findFirst();
                    if (after.isPresent()) {
                        return after;
                    }
                }
            }
            return figures.stream().findFirst();
        }
    }

    /**
     * How new a source is among the candidates, by rank rather than by distance in time: the newest day
     * counts 1, the next 1/2, then 1/4 …, so "what is the latest" is answered from the newest report about
     * it even when the older ones are weeks rather than years older.
     */
    private record Recency(List<Long> daysNewestFirst) {

        static Recency of(List<Candidate> candidates) {
            return new Recency(candidates.stream().map(Candidate::published).flatMap(Optional::stream)
                    .map(published -> published.getEpochSecond() / 86_400).distinct()
                    .sorted(Comparator.reverseOrder()).toList());
        }

        double of(Candidate candidate) {
            Optional<Instant> published = candidate.published();
            if (published.isEmpty() || daysNewestFirst.size() < 2) {
                return 0;
            }
            int rank = daysNewestFirst.indexOf(published.get().getEpochSecond() / 86_400);
            return Math.pow(0.5, rank);
        }
    }

    private static final class Candidate {
        private final String sentence;
        private final ScoredPassage source;
        private final int rank;
        private final int position;
        /** Analysed once: term weighting and scoring both read it. */
        private final Set<String> terms;
        /** The sentence's terms with its headline's, for what a sentence says "the company" about. */
        private final Set<String> headedTerms;
        /**
         * The month and year the source was published in ("October 2023"): a sentence published then is
         * about "the October 2023 curbs" though it never names the month.
         */
        private final Set<String> publishedTerms;
        private double score;
        /** The best answering sentence of the newest report about a "latest" question's subject. */
        private boolean newestOnSubject;
        /** Cosine with the question, 0 without a model. */
        private double meaning;
        /** The sentence's embedding, or null without a model. */
        private float[] vector;
        /** Its words and figures, read when first compared: each sentence is compared with every other. */
        private SameClaim.Claim claim;
        /** The news events it states, read when first compared with another outlet's sentence. */
        private SameEvent.Reading event;

        private Candidate(String sentence, ScoredPassage source, int rank, int position, Set<String> titleTerms,
                          Set<String> publishedTerms) {
            this.sentence = sentence;
            this.terms = ContentTerms.of(sentence);
            this.headedTerms = new HashSet<>(terms);
            this.headedTerms.addAll(titleTerms);
            this.publishedTerms = publishedTerms;
            this.source = source;
            this.rank = rank;
            this.position = position;
        }

        String articleId() {
            return source.passage().articleId();
        }

        /** The sentence with its headline, for what a sentence says "the company" about. */
        String headedText() {
            return sentence + " " + source.passage().title();
        }

        SameClaim.Claim claim() {
            if (claim == null) {
                claim = SameClaim.Claim.of(sentence);
            }
            return claim;
        }

        SameEvent.Reading event() {
            if (event == null) {
                event = SameEvent.Reading.of(sentence);
            }
            return event;
        }

        /** "It said", "The company is valued at", "A person close to the deal said": no name of its own. */
        boolean namesNoOne() {
            return NamedAnswer.names(sentence, true).stream()
                    .allMatch(name -> AnswerCues.isCommonWord(name.toLowerCase(Locale.ROOT)));
        }

        /** The name the sentence opens with, its grammatical subject: "Nvidia" in "Nvidia said …". */
        Optional<String> openingName() {
            List<String> names = NamedAnswer.names(sentence, true);
            return names.isEmpty() || !sentence.startsWith(names.getFirst())
                    || AnswerCues.isCommonWord(names.getFirst().toLowerCase(Locale.ROOT))
                    ? Optional.empty() : Optional.of(names.getFirst());
        }

        /** The names the sentence and its headline give: the headline names what "the company" is. */
        List<String> headedNames() {
            List<String> names = new ArrayList<>(NamedAnswer.names(sentence));
            names.addAll(NamedAnswer.names(source.passage().title(), true));
            return names;
        }

        Optional<Instant> published() {
            return source.passage().publishedDate();
        }
    }
}
