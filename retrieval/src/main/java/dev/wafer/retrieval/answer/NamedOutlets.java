package dev.wafer.retrieval.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news outlets a question names, and which of them the corpus holds no article from. A person
 * asking "what did Bloomberg report about H20 licences?" wants Bloomberg's report; when there is no
 * Bloomberg article, the honest answer says so instead of quoting someone else.
 *
 * <p>An outlet is recognised by a list of well-known news organisations (wires, business and tech
 * press, the semiconductor trade press, major national papers), or by a capitalised name ending in a
 * word only publications use ("… Times", "… Journal", "… Herald"). Company names are never taken
 * for outlets, so "according to Nvidia" names no outlet.
 */
public final class NamedOutlets {

    private static final List<String> KNOWN = List.of(
            "Reuters", "Bloomberg", "Associated Press", "AP News", "AFP", "Agence France-Presse", "Financial Times", "FT",
            "Wall Street Journal", "WSJ", "The Economist", "Economist", "Forbes", "Fortune", "Business Insider",
            "Insider", "CNBC", "CNN", "BBC", "Guardian", "New York Times", "NYT", "Washington Post", "Los Angeles Times",
            "USA Today", "The Times", "Telegraph", "Independent", "Axios", "Politico", "The Information", "Barron's",
            "MarketWatch", "Yahoo Finance", "Yahoo News", "Nikkei", "Nikkei Asia", "South China Morning Post", "SCMP",
            "Caixin", "Xinhua", "Global Times", "Korea Herald", "Korea Times", "Yonhap", "Japan Times", "Taipei Times",
            "Focus Taiwan", "DigiTimes", "TrendForce", "EE Times", "Tom's Hardware", "AnandTech", "The Register",
            "Ars Technica", "The Verge", "TechCrunch", "Wired", "Engadget", "ZDNet", "CNET", "VentureBeat", "SemiAnalysis",
            "Semiconductor Engineering", "SemiEngineering", "HPCwire", "The Next Platform", "ServeTheHome",
            "IEEE Spectrum", "DatacenterDynamics", "Data Center Dynamics", "Seeking Alpha", "Motley Fool", "TheStreet",
            "Benzinga", "Al Jazeera", "Deutsche Welle", "Le Monde", "Der Spiegel", "Handelsblatt", "Times of India",
            "Hindustan Times", "The Hindu", "Economic Times", "NDTV", "Sydney Morning Herald", "ABC News", "NBC News",
            "CBS News", "Fox News", "NPR", "Vox", "Mashable", "Gizmodo", "PCMag", "PCWorld", "Digital Trends", "9to5Mac",
            "MacRumors", "Android Authority", "Space.com", "Live Science", "Scientific American", "New Scientist",
            "MIT Technology Review", "Rolling Stone", "Variety", "Billboard", "Hollywood Reporter", "ESPN", "Sky Sports",
            "Sporting News", "Bleacher Report", "Polygon", "IGN", "Kotaku", "GameSpot", "PC Gamer", "Eurogamer");
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?:The\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Telegraph|"
            + "Observer|Examiner|Courier|Dispatch|Daily|Weekly|Magazine|Review|Insider)\\b"
            + "|\\b(?:Times|Journal|Herald) of(?:\\s+\\p{Lu}[\\p{L}]*){1,2}");
    private static final List<Pattern> KNOWN_PATTERNS = KNOWN.stream()
            .map(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])"))
            .toList();

    private NamedOutlets() {
    }

    /**
     * Outlets the question names as sources — "according to Reuters", "a Bloomberg report", "in the
     * Financial Times" — as it names them. An outlet named as a subject ("an article about The Epoch
     * Times") or a quoted title ("the show 'The Post'") is not a source asked for.
     */
    public static List<String> in(String question) {
        Set<String> names = new LinkedHashSet<>();
        for (Pattern known : KNOWN_PATTERNS) {
            Matcher matcher = known.matcher(question);
            while (matcher.find()) {
                if (asSource(question, matcher.start(), matcher.end())) {
                    names.add(matcher.group());
                    break;
                }
            }
        }
        Matcher publication = PUBLICATION.matcher(question);
        while (publication.find()) {
            if (asSource(question, publication.start(), publication.end())) {
                names.add(publication.group().strip());
            }
        }
        // "Financial Times" also contains "FT"-free "Times": keep only names not inside a longer one found.
        List<String> result = new ArrayList<>();
        for (String name : names) {
            boolean inside = names.stream().anyMatch(other -> !other.equals(name) && other.contains(name));
            if (!inside) {
                result.add(name);
            }
        }
        return result;
    }

    private static final Pattern SOURCE_BEFORE = Pattern.compile(
            "(?:according to|reported by|reporting by|reports? (?:from|by|in)|articles? (?:from|by|in)|pieces? "
            + "(?:from|by|in)|stor(?:y|ies) (?:from|by|in)|coverage (?:from|by|in)|by|from|in|per|via|cited by|told)"
            + "(?:\\s+(?:both|either|the|an?|an article (?:from|by|in)|a report (?:from|by|in)))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_AFTER = Pattern.compile(
            "^(?:['’]s)?\\s*(?:and|,|&|or)?\\s*(?:article|articles|report|reports|reported|reporting|piece|story|stories|"
            + "coverage|said|says|writes|wrote|noted|notes|published|revealed|claimed|journalists?|reporters?|,|and|or|&)",
            Pattern.CASE_INSENSITIVE);

    /** True when the name at [start, end) is used as a source, not a subject or a quoted title. */
    private static boolean asSource(String question, int start, int end) {
        char before = start > 0 ? question.charAt(start - 1) : ' ';
        boolean quoted = "'‘\"“".indexOf(before) >= 0 && end < question.length() && "'’\"”".indexOf(question.charAt(end)) >= 0;
        if (quoted && !SOURCE_BEFORE.matcher(question.substring(0, start - 1)).find()) {
            return false; // a quoted title such as the show 'The Post'
        }
        String head = question.substring(0, start);
        if (head.matches("(?is).*\\b(?:about|on|regarding|concerning|of)\\s+(?:the\\s+)?$")) {
            return false;
        }
        return SOURCE_BEFORE.matcher(head).find() || SOURCE_AFTER.matcher(question.substring(end)).find();
    }

    /** The outlets named in {@code question} from which {@code publishers} hold no article. */
    public static List<String> missing(String question, Collection<String> publishers) {
        List<String> held = publishers.stream().map(NamedOutlets::core).toList();
        List<String> missing = new ArrayList<>();
        for (String name : in(question)) {
            String wanted = core(name);
            boolean found = held.stream().anyMatch(core -> sameOutlet(core, wanted));
            if (!found) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** "The Independent - Sports" and "Cnbc | World Business News Leader" are The Independent and CNBC. */
    static String core(String outlet) {
        String name = outlet.strip().split("\\s+[|:–-]\\s+|\\s*\\|\\s*", 2)[0];
        name = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    /** The same outlet, or one a section or edition of the other ("bbc" and "bbc news"). */
    private static boolean sameOutlet(String held, String named) {
        return held.equals(named) || held.startsWith(named + " ") || named.startsWith(held + " ");
    }

    /** "I have no Bloomberg or Forbes articles" — the sentence that says what is missing. */
    static String sentence(List<String> missing) {
        String names;
        if (missing.size() == 1) {
            names = missing.getFirst();
        } else {
            names = String.join(", ", missing.subList(0, missing.size() - 1)) + " or " + missing.getLast();
        }
        return "I have no " + names + " articles, so I cannot tell you what " + (missing.size() == 1 ? "it" : "they")
                + " reported.";
    }
}
