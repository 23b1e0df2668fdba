package dev.wafer.corpus.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the lines of page furniture that saved articles carry along: share and follow prompts,
 * "listen to this post", image credits, reference lists. One place, used for text files and HTML.
 */
public final class PageJunk {

    private static final Pattern JUNK_LINE = Pattern.compile(
            "(?i)^(listen to (this|the) (post|article|story)|latest( news)?|advertisement|advert|sponsored( content)?"
                    + "|share( this)?( article| story| post)?|print|email|comments?|back to top( button)?|read more.*"
                    + "|subscribe.*|sign up.*|follow (us|.*@|.*&|.*on ).*|join our.*|.*newsletter.*"
                    + "|(image|photo|picture|video)( source| credit)?s?:?.*|(photo|image) by .*"
                    + "|(getty images|reuters|unsplash|shutterstock|ap photo)\\W*|skip to (main )?content"
                    + "|undercode ai.*|openai & .*|wikipedia|cookie.*|accept( all)? cookies|log ?in|sign in"
                    + "|reported by:.*|extra source hub:?|source hub:?|tags?:.*|filed under:?.*|loading\\W*"
                    + "|(you )?(may|might) (also )?like.*|recommended( for you)?|trending( now)?|most (read|popular)"
                    + "|continue reading( below| the (main )?story)?|close|(updated|published|posted)( on| at)?[\\d\\w ,:./-]{0,40}"
                    + "|(this (slideshow|video|content|page) requires|(please )?enable) javascript.*"
                    + "|\\[[a-z_]+( [^\\]]*)?\\].*\\[/[a-z_]+\\])$");
    /** "© 2019 Capitol Hill Publishing", "Copyright Reuters": a rights line, not the article. */
    private static final Pattern RIGHTS = Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b).*");
    /** A caption's credit at its end: "… outside a store in Hialeah. (AP Photo/Alan Diaz, File)". */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?i)\\((?:[\\p{L}.]+\\s+){0,3}(?:photo|image|picture|credit|illustration)s?\\b[^)]*\\)\\s*$"
                    // "… the Swiss skier. © AFP / Marco Bertorello", "… in 1975. | © Augusta National/Getty Images"
                    + "|[.!?|]\\s*©\\s*[^©.!?]{2,60}$");
    /** "By Justine Coleman - 11/18/19 11:04 PM EST": a byline, which names the writer rather than telling the news. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}(?:\\s*(?:,|and|&|[-|–—•])\\s*.*)?$");

    private static final Pattern SOCIAL = Pattern.compile(
            "(?i)\\b(twitter|facebook|linkedin|threads|bluesky|mastodon|telegram|instagram|whatsapp|reddit|youtube|tiktok)\\b");

    private static final Pattern BARE_LINK = Pattern.compile("(?i)^(\\[\\d+]:\\s*)?(https?://|www\\.)\\S+(\\s+\\S+){0,4}$");

    /**
     * The same furniture labels as {@link #JUNK_LINE} in the other languages European sites are read in (German,
     * French, Spanish, Italian, Polish): print, share, pin, loading, comments closed, "was this article useful?".
     * Calibrated on the multilingual pages benchmark's dev half; each is a button or label, never a sentence.
     */
    private static final Pattern FURNITURE_LABEL = Pattern.compile("(?iu)^((seite|artikel|rezept) drucken|drucken( etc\\.?)?"
            + "|print (recipe|this( page| article)?)|pin(nen| it)|teilen( mit)?:?|(artikel|beitrag) teilen|wird geladen\\W*"
            + "|bild anzeigen|kommentare (geschlossen|insgesamt:?.*)|aufrufe:?.*|imprimer|partager( sur .*)?|compartir( en .*)?"
            + "|imprimir|condividi|stampa|udostępnij|drukuj|(war|ist) (der|dieser) (artikel|beitrag) (nützlich|hilfreich)\\??"
            + "|(möchten sie|willst du) (den|diesen) (artikel|beitrag) teilen\\??|hier können sie den artikel bewerten.*"
            + "|inhaltsverzeichnis|(quellen|sources) (ausblenden|einblenden|anzeigen)|vorschau auf den nächsten artikel.*)$");
    /**
     * A heading that opens a box of other pages — "Related stories", "Ähnliche Beiträge", "Lesen Sie auch", "Zobacz
     * także" — after which the page's own text has ended.
     */
    /**
     * A line that points to another story — "MIRA: …", "Lee también: …", "Read also: …", "Lesen Sie auch: …" — set
     * between an article's paragraphs; the prompt and its colon come first, the other story's headline after. In the
     * languages the pages benchmark's dev half is written in.
     */
    private static final Pattern OTHER_STORY_PROMPT = Pattern.compile("(?iu)^(mira|mire|lee|lea|vea|lee también|lea también"
            + "|te puede interesar|(read|see) (also|more)|also read|related|lesen sie (auch|mehr)|mehr zum thema|auch interessant"
            + "|lire aussi|à lire aussi|leggi anche|czytaj (też|także)|zobacz (też|także))\\s*:\\s+\\S.{0,150}$");
    private static final Pattern OTHER_PAGES_HEADING = Pattern.compile("(?iu)^(related( articles| stories| posts| content)?"
            + "|explore further|(you )?(may|might) (also )?(like|enjoy).*|more (stories|on this topic|from .{1,30})|read (next|also)"
            + "|ähnliche (beiträge|artikel)|verwandte (beiträge|artikel)|empfohlene (beiträge|artikel)|lesen sie (auch|mehr)"
            + "|das (könnte|dürfte) (sie|dich) auch interessieren|(das thema )?könnte (sie|dich) auch interessieren"
            + "|weitere (artikel|beiträge|nachrichten) zum thema|mehr zum thema.*|mehr themen|schon gelesen\\??|weiterlesen"
            + "|à lire aussi|lire aussi|sur le même sujet|articles? similaires?|te puede interesar|noticias relacionadas"
            + "|leggi anche|articoli correlati|zobacz (też|także)|czytaj (też|także))\\s*:?$");

    private static final Pattern TAIL_MARKER = Pattern.compile(
            "(?i)^(references|sources|related( articles| stories| posts| content)?|about the author|more from .*"
                    + "|more stories|comments \\(\\d+\\)|leave a (comment|reply)|disclaimer)\\s*:?$");

    private static final Pattern COMMENTARY_SECTION = Pattern.compile(
            "(?i)^(what .{1,40} says|predictions?|our (take|opinion|view)|opinion|editor'?s note)\\s*:?$");

    /**
     * One crumb of a page's furniture printed around an article: a reading time ("2 min read"), a count of views,
     * comments, shares or likes ("1,204 views", "3.1K shares"), a share or listen button's label.
     */
    private static final Pattern CRUMB = Pattern.compile("(?iU)\\b(\\d+\\s*(min(ute)?s?\\.?)\\s+(read|reading|listen)"
            + "|(reading time|read time|lesezeit)\\s*:?\\s*(\\d+\\s*(min(ute)?s?\\.?)?)?"
            + "|\\d[\\d.,]*\\s*[km]?\\s*(views?|comments?|shares?|likes?|reads|replies|responses|reactions)"
            + "|(views?|comments?|shares?|likes?)\\s*:?\\s*\\d[\\d.,]*\\s*[km]?"
            + "|share( this)?( article| story| post| page)?( on \\w+)?|listen( to (this|the) (article|story|post|episode))?"
            + "|(tweet|pin it|email|print|copy link|save)|(\\d+\\s*)?(min(ute)?s?) read"
            // Buttons printed side by side around recipes, pictures and comments ("Jump to Recipe Print Recipe", "Rezept
            // drucken Bei Pinterest speichern", "Bild anzeigen Bild schließen", "Kommentarfeed | Trackback-URL"), in the
            // languages the pages benchmark's dev half is written in; each is a button's label on any site.
            + "|jump to (recipe|comments)|print recipe|(zum|ins) rezept|(rezept )?drucken|pinnen|bei pinterest (speichern|merken)"
            + "|bild (anzeigen|schließen|vergrößern)|kommentarfeed|trackback(-url)?|kommentare (geschlossen|deaktiviert)"
            + "|imprimer( la recette)?|imprimir( receta)?)\\b");
    private static final Pattern CRUMB_SEPARATORS = Pattern.compile("[\\s·•|/,()\\[\\]-]+");

    /**
     * A picture's or a text's credit on a line of its own, in the languages the pages benchmark's dev half is
     * written in — "Foto: Ingo Pertramer", "Crédits photos : Bestimage", "Quelle: Landesregierung", "AFP / MARCO
     * BERTORELLO", "Augusta National/Getty Images", "iStock.com" — which names who made the picture, not the news.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^(\\(?(foto|fotos|photo|photos|bild|bilder|titelbild|bildquelle"
            + "|quelle|quellen|quellenangaben|crédits?( photos?)?|crédito|créditos|fonte|źródło|fuente|fotografía|image|images"
            + "|credits?)\\s*:.{0,80}|.{0,40}/\\s*(getty images|afp|reuters|dpa|epa|istock|shutterstock|imago)\\b.{0,30}"
            + "|(afp|dpa|epa|reuters|ap|apa|imago)\\s*/\\s*[\\p{L} .,-]{2,40}|(istock|shutterstock|adobe ?stock|pixabay|unsplash)(\\.com)?\\b.{0,40})$");
    /**
     * An invitation to do something other than read — subscribe, get the app, join a channel, follow, donate — that
     * closes many articles in their site's own voice. Only read on short lines near the end of the text.
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)\\b(subscribe|subscribers?|subscription|newsletter"
            + "|download (our|the) .{0,30}apps?|our apps?|app store|google play|(our|nuestro|unser(en)?) (youtube|telegram|whatsapp|instagram)"
            + "|canal de (youtube|telegram|whatsapp)|follow us|keep up with (me|us)|síguenos|folgen sie uns|abonnieren|abonniere"
            + "|spende|spenden|donate|donation|support (our|us)|unterstützen sie|submit your (letter|story|tip)s?|sign up"
            + "|stay up-to-date|melde dich an|inscríbete|suscríbete|abonnez-vous)\\b");
    private static final int CALL_TO_ACTION_MAX_WORDS = 40;
    /**
     * The plainer invitations that a site sets anywhere in an article, not only at its end — "To view the full story,
     * please subscribe", "download the … app", "Submit your letter to the editor", "Jede kleine Spende hilft" — each an
     * ask of the reader in the site's own voice, never a sentence of reporting. Calibrated on the pages benchmark's dev
     * half (English, German).
     */
    private static final Pattern PLAIN_CALL_TO_ACTION = Pattern.compile("(?iu)\\b(please subscribe|subscribe (now|today)"
            + "|to (view|read) the full (story|article)|download the .{1,40}\\bapps?\\b|straight to your phone|submit your (letter|story|tip)s?"
            + "|jede (kleine )?spende|jetzt spenden|donate (now|today)|erhalten sie exklusive)\\b");
    private static final int PLAIN_CALL_TO_ACTION_MAX_WORDS = 30;
    /** A teaser of another page: a line cut short with an ellipsis and a "more" link ("Auskunft über das Wetter… mehr"). */
    private static final Pattern TEASER_CUT = Pattern.compile("(?iu)\\p{L}(…|\\.\\.\\.)\\s*(mehr|more|read more|weiterlesen|lire la suite|leer más|leggi tutto)\\W*$");
    /**
     * The site's note about its own advertising — "Advertising disclosure: we may receive compensation for some of the
     * links", "This post contains affiliate links" — which closes reviews and guides on any site and says nothing of the
     * story. Read in English, where the pages benchmark's dev half showed it; only on short lines near the end.
     */
    private static final Pattern ADVERTISING_NOTE = Pattern.compile("(?iu)\\b((advertising|affiliate|sponsorship) (disclosure|disclaimer)s?"
            + "|contains affiliate links|we (may )?(receive|earn) (a )?(compensation|commission))\\b");

    private PageJunk() {
    }

    /**
     * Whether the text is made only of crumbs — "· 2 min read · 1,204 views", "Share 42 comments" — so it is
     * furniture wherever it stands, even inside the article's own block. Image credits are {@link #isJunkLine}'s.
     */
    public static boolean isCrumbs(String text) {
        if (text.length() > 120) {
            return false;
        }
        String rest = CRUMB.matcher(text).replaceAll(" ");
        if (rest.length() == text.length() && !text.isBlank()) {
            return false; // no crumb in it at all
        }
        return CRUMB_SEPARATORS.matcher(rest).replaceAll("").isEmpty();
    }

    public static boolean isJunkLine(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return true;
        }
        String label = stripSymbols(text);
        if (JUNK_LINE.matcher(label).matches() || FURNITURE_LABEL.matcher(label).matches() || BARE_LINK.matcher(text).matches()
                || isCrumbs(text) || OTHER_STORY_PROMPT.matcher(text).matches() || TEASER_CUT.matcher(text).find()) {
            return true;
        }
        int words = wordCount(text);
        if (words <= 25 && RIGHTS.matcher(text).matches() || CREDIT_AT_END.matcher(text).find()
                || words <= 12 && CREDIT_LINE.matcher(text).matches()) {
            return true;
        }
        if (words <= 14 && !text.endsWith(".") && BYLINE.matcher(text).matches()) {
            return true;
        }
        if (countMatches(SOCIAL, text) >= 2 && wordCount(text) < 25) {
            return true;
        }
        return letterShare(text) < 0.5 && text.length() < 200;
    }

    /** A short line asking the reader to subscribe, get the app, follow, join a channel or donate. */
    public static boolean isCallToAction(String line) {
        return wordCount(line) <= CALL_TO_ACTION_MAX_WORDS && CALL_TO_ACTION.matcher(line).find();
    }

    /** A short note about the site's advertising or affiliate links ("Advertising disclosure: …"). */
    public static boolean isAdvertisingNote(String line) {
        return wordCount(line) <= CALL_TO_ACTION_MAX_WORDS && ADVERTISING_NOTE.matcher(line).find();
    }

    /** A short ask of the reader — subscribe to read on, get the app, write in, donate — wherever it stands. */
    public static boolean isPlainCallToAction(String line) {
        return wordCount(line) <= PLAIN_CALL_TO_ACTION_MAX_WORDS && PLAIN_CALL_TO_ACTION.matcher(line).find();
    }

    /** A line after which the rest of the page is reference lists, bios or comments. */
    public static boolean isTailMarker(String line) {
        return TAIL_MARKER.matcher(stripSymbols(line.strip())).matches();
    }

    /** A heading over links to the site's other pages ("Related stories", "Lesen Sie auch"): the article has ended. */
    public static boolean isOtherPagesHeading(String line) {
        return line.length() < 80 && OTHER_PAGES_HEADING.matcher(stripSymbols(line.strip())).matches();
    }

    /** A heading that opens a section of the site's own commentary rather than reporting. */
    public static boolean isCommentaryHeading(String line) {
        return COMMENTARY_SECTION.matcher(stripSymbols(line.strip())).matches();
    }

    /** A short label such as "Summary:" that only introduces the next paragraph. */
    public static boolean isSectionLabel(String line) {
        String text = line.strip();
        return text.endsWith(":") && wordCount(text) <= 6;
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String stripSymbols(String text) {
        // Emoji and pictographs that decorate "🔐JOIN OUR …" lines.
        return text.replaceAll("^[^\\p{L}\\p{N}\\[]+", "").strip().toLowerCase(Locale.ROOT);
    }

    private static int countMatches(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static double letterShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return visible == 0 ? 0 : (double) letters / visible;
    }
}
