package dev.wafer.bot.review;

import dev.wafer.retrieval.index.ContentTerms;
import dev.wafer.retrieval.index.Embedder;
import dev.wafer.retrieval.question.QuestionReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups kept questions by topic, by meaning and by words: a question joins the group whose mean
 * vector it is closest to when they are close enough in meaning, or a little less close and sharing
 * half their content words with the group's first question ("H20 export licence" asked five ways), and
 * never a group whose first question names other companies or products (see {@link QuestionReading#named(String)}):
 * a subject asked about Nvidia and about AMD is two gaps. One pass,
 * in the order kept; each question is compared with each group once, so a day of a thousand questions
 * takes a few tens of milliseconds (the vectors were computed when the questions were kept).
 */
public final class QuestionGroups {

    /**
     * Cosine of bge-small-en-v1.5 passage vectors from which two chip-news questions ask about the same
     * thing. Calibrated on hand-written questions (QuestionGroupsTest): rewordings of one question
     * scored 0.78–0.96, one looser pair 0.73; questions on neighbouring stories of the same companies
     * ("H20 licence" and "Blackwell Ultra shipments", "HBM4 production" and "HBM3E qualification")
     * 0.60–0.76.
     */
    static final double SAME_MEANING = 0.80;
    /** Below that, close enough when half the content words are shared too ("H20 China licence" asked tersely). */
    static final double RELATED_MEANING = 0.72;
    static final double SHARED_WORDS = 0.5;
    private static final int QUESTIONS_SHOWN = 5;
    private static final int SOURCES_SHOWN = 3;

    private QuestionGroups() {
    }

    /** The groups of {@code questions} (no {@link KeptQuestion.Kind#ANSWERED} lines), most gaps first. */
    public static List<TopicGroup> of(List<KeptQuestion> questions) {
        List<Forming> groups = new ArrayList<>();
        for (KeptQuestion question : questions) {
            if (question.kind() == KeptQuestion.Kind.ANSWERED) {
                continue;
            }
            Set<String> words = ContentTerms.of(question.question());
            Set<String> named = QuestionReading.named(question.question());
            float[] vector = question.meaning();
            Forming best = null;
            double bestScore = -1;
            for (Forming group : groups) {
                if (!group.sameThings(named)) {
                    continue;
                }
                double score = group.similarity(vector);
                if (score > bestScore) {
                    bestScore = score;
                    best = group;
                }
            }
            // Near the group's first question too, so a group cannot drift from topic to topic as it grows.
            boolean joins = best != null && best.nearSeed(vector) && (bestScore >= SAME_MEANING || bestScore >= RELATED_MEANING
                    && overlap(best.seedWords, words) >= SHARED_WORDS)
                    || best != null && vector.length == 0 && best.seedText.equals(question.sameText());
            if (!joins) {
                best = new Forming(question, words, named);
                groups.add(best);
            }
            best.add(question);
        }
        return groups.stream().map(Forming::group)
                .sorted(Comparator.comparingInt(TopicGroup::gaps).reversed()
                        .thenComparing(TopicGroup::last, Comparator.reverseOrder()))
                .toList();
    }

    /** Shared words over all words of the two (Jaccard). */
    private static double overlap(Set<String> a, Set<String> b) {
        int shared = ContentTerms.shared(a, b);
        int all = a.size() + b.size() - shared;
        return all == 0 ? 0 : (double) shared / all;
    }

    /** A group while questions join it. */
    private static final class Forming {
        private final Set<String> seedWords;
        /** What the first question names (companies, products, models): the group's subject is about those. */
        private final Set<String> seedNamed;
        private final String seedText;
        private final List<KeptQuestion> members = new ArrayList<>();
        private final float[] seedVector;
        private float[] sum;
        private double norm;

        Forming(KeptQuestion seed, Set<String> words, Set<String> named) {
            this.seedWords = words;
            this.seedNamed = named;
            this.seedText = seed.sameText();
            this.sum = new float[seed.meaning().length];
            this.seedVector = seed.meaning();
        }

        /**
         * False when the question and the group's first one each name something the other does not ("H20
         * exports" for Nvidia and for AMD): the same subject about other companies is another gap, for
         * another feed. A question naming nothing, or less, is about the group's subject as it stands.
         */
        boolean sameThings(Set<String> named) {
            return named.isEmpty() || seedNamed.isEmpty() || named.containsAll(seedNamed) || seedNamed.containsAll(named);
        }

        boolean nearSeed(float[] vector) {
            return vector.length != seedVector.length || Embedder.cosine(vector, seedVector) >= RELATED_MEANING;
        }

        double similarity(float[] vector) {
            if (vector.length == 0 || vector.length != sum.length || norm == 0) {
                return -1;
            }
            double dot = 0;
            double length = 0;
            for (int i = 0; i < vector.length; i++) {
                dot += sum[i] * vector[i];
                length += vector[i] * vector[i];
            }
            return length == 0 ? -1 : dot / (norm * Math.sqrt(length));
        }

        void add(KeptQuestion question) {
            members.add(question);
            float[] vector = question.meaning();
            if (vector.length == sum.length) {
                double squares = 0;
                for (int i = 0; i < vector.length; i++) {
                    sum[i] += vector[i];
                    squares += (double) sum[i] * sum[i];
                }
                norm = Math.sqrt(squares);
            }
        }

        TopicGroup group() {
            int declined = 0;
            int down = 0;
            int up = 0;
            Map<String, Integer> asked = new LinkedHashMap<>();
            Map<String, String> wording = new HashMap<>();
            Map<String, Integer> sources = new LinkedHashMap<>();
            Set<String> servers = new HashSet<>();
            Instant last = Instant.EPOCH;
            KeptQuestion central = members.getFirst();
            double closest = -2;
            for (KeptQuestion member : members) {
                switch (member.kind()) {
                    case DECLINED -> declined++;
                    case VOTED_DOWN -> down++;
                    case VOTED_UP -> up++;
                    case ANSWERED -> { }
                }
                if (member.kind().gap()) {
                    asked.merge(member.sameText(), 1, Integer::sum);
                    wording.putIfAbsent(member.sameText(), member.question().strip());
                    member.sources().forEach(source -> sources.merge(source, 1, Integer::sum));
                }
                servers.add(member.server());
                last = member.at().isAfter(last) ? member.at() : last;
                double similarity = similarity(member.meaning());
                if (similarity > closest) {
                    closest = similarity;
                    central = member;
                }
            }
            return new TopicGroup(central.question().strip(), declined, down, up,
                    top(asked, wording, QUESTIONS_SHOWN), top(sources, Map.of(), SOURCES_SHOWN), servers.size(), last);
        }

        private static List<TopicGroup.Counted> top(Map<String, Integer> counts, Map<String, String> shown, int limit) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(limit)
                    .map(entry -> new TopicGroup.Counted(shown.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                    .toList();
        }
    }

    /** Cosine of two kept questions' vectors; for calibration and tests. */
    static double similarity(KeptQuestion a, KeptQuestion b) {
        return Embedder.cosine(a.meaning(), b.meaning());
    }
}
