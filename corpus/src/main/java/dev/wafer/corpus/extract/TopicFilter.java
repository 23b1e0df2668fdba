package dev.wafer.corpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a feed item is AI-chip, semiconductor or AI-infrastructure news, from its headline
 * and summary, before its page is fetched (so off-topic pages are never downloaded).
 *
 * <p>How it decides: a hand-written lexicon of the field's vocabulary — chip and memory terms,
 * process and packaging terms, AI-infrastructure terms, the companies and product lines that only
 * make news in this field — each with a weight (3 = only this field uses it, 1 = common elsewhere
 * too: "Intel", "Samsung", "processor", "cloud"). A term in the headline counts twice. An item is on
 * topic when its score reaches {@link #THRESHOLD}, i.e. one field-only term in the headline, or two
 * in the summary, or one plus supporting words. "Chip" and "wafer" also mean snacks, poker and golf:
 * they count only when no such context word is present and are ignored inside phrases such as
 * "chocolate chip". A lexicon is explainable and needs no model or training data; its misses are
 * stories that use none of the vocabulary, e.g. a policy story naming no chip or company.
 */
public final class TopicFilter {

    /** The score an item needs to enter the corpus. */
    public static final int THRESHOLD = 4;

    private record Term(String name, Pattern pattern, int weight, boolean ambiguous) {
    }

    private static final List<Term> TERMS = new ArrayList<>();

    static {
        // Field-only vocabulary.
        strong("semiconductor", "semiconductors?|semiconductor industry");
        strong("chipmaker", "chip ?makers?|chip ?making|chip ?designers?|chip stocks?|chip startups?|microchips?");
        strong("gpu", "gpus?|tpus?|npus?|lpus?|xpus?|asics?|fpgas?|soc|ai accelerators?|accelerators?");
        strong("foundry", "foundry|foundries|fabs?|wafer fab\\w*|fabrication plants?|fabless");
        strong("lithography", "lithography|euv|high-na|etch|deposition|photoresists?|wafer fab equipment");
        strong("memory", "hbm\\d?e?|dram|nand|lpddr\\d?|gddr\\d?|high-bandwidth memory|memory chips?");
        strong("packaging", "cowos|chiplets?|advanced packaging|co-packaged optics|silicon photonics|interposers?");
        strong("process", "\\d{1,2} ?nm|\\d{1,2}a process|transistors?|gate-all-around|ribbonfet|backside power");
        strong("datacenter", "data[- ]?cent(?:er|re)s?|hyperscalers?|supercomputers?|gpu clusters?|ai infrastructure"
                + "|ai factor(?:y|ies)|rack-scale|exaflops?|petaflops?");
        strong("interconnect", "nvlink|infiniband|interconnects?|optical circuit switch\\w*");
        strong("chips-act", "chips act|export controls?");
        strong("company", "nvidia|tsmc|asml|sk ?hynix|micron|smic|cerebras|groq|tenstorrent|sambanova|graphcore"
                + "|rapidus|globalfoundries|lam research|applied materials|kla|tokyo electron|synopsys|cadence"
                + "|coreweave|nexperia|cambricon|etched|lightmatter|ayar labs|d-matrix|mediatek|umc");
        strong("product", "blackwell|hopper|rubin|trainium\\d?|inferentia\\d?|maia|mtia|ironwood|trillium"
                + "|[hbg]b?\\d{2,3}|gb\\d{3}|mi\\d{3}x?|cuda|rocm|ascend \\d+\\w*");
        // Ambiguous everyday words: need a field context.
        add("chip", "chips?", 3, true);
        add("wafer", "wafers?|wafer-scale", 2, true);
        // Supporting words, common outside the field.
        add("vendor", "intel|amd|samsung|qualcomm|broadcom|marvell|huawei|arm holdings|risc-v", 1, false);
        add("arm", "Arm", 2, false, 0);
        add("compute", "processors?|silicon|servers?|clusters?|compute|gigawatts?|megawatts?|capex|cpus?", 1, false);
        add("ai-work", "inference|training runs?|model training|ai workloads?|racks?|nodes?|supply chain", 1, false);
    }

    private static final Pattern NOT_SEMICONDUCTOR_PHRASES = Pattern.compile(
            "(?i)\\b(chocolate|potato|tortilla|corn|poker|casino|blue|kale|banana)[- ]chips?\\b|\\bchip shots?\\b"
                    + "|\\bwafer[- ]thin\\b|\\bchip in\\b|\\bchipped\\b");
    private static final Pattern OTHER_SENSE_CONTEXT = Pattern.compile(
            "(?i)\\b(poker|golf\\w*|casino|recipes?|cookies?|snacks?|baked|bakers?|dough|lasagna|pasta|dessert|putt\\w*"
                    + "|fairway|tournament|chess)\\b");

    private TopicFilter() {
    }

    public static boolean isOnTopic(String title, String summary) {
        return score(title, summary) >= THRESHOLD;
    }

    /** The item's topic score: weights of the field terms found, headline terms counted twice. */
    public static int score(String title, String summary) {
        String head = clean(title);
        String body = clean(summary);
        boolean otherSense = OTHER_SENSE_CONTEXT.matcher(head + " " + body).find();
        int score = 0;
        for (Term term : TERMS) {
            if (term.ambiguous() && otherSense) {
                continue;
            }
            if (term.pattern().matcher(head).find()) {
                score += 2 * term.weight();
            } else if (term.pattern().matcher(body).find()) {
                score += term.weight();
            }
        }
        return score;
    }

    private static String clean(String text) {
        return text == null ? "" : NOT_SEMICONDUCTOR_PHRASES.matcher(text).replaceAll(" ");
    }

    private static void strong(String name, String alternatives) {
        add(name, alternatives, 3, false);
    }

    private static void add(String name, String alternatives, int weight, boolean ambiguous) {
        add(name, alternatives, weight, ambiguous, Pattern.CASE_INSENSITIVE);
    }

    private static void add(String name, String alternatives, int weight, boolean ambiguous, int flags) {
        TERMS.add(new Term(name.toLowerCase(Locale.ROOT),
                Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])", flags), weight, ambiguous));
    }
}
