package dev.wafer.corpus.source;

import java.util.List;

/**
 * The feeds a new data folder starts with: outlets that cover semiconductors, AI accelerators and
 * AI data centers. The general ones (Tom's Hardware, The Register) keep the topic filter on.
 */
public final class DefaultFeeds {

    public static final List<String> URLS = List.of(
            "https://semiengineering.com/feed/",
            "https://www.eetimes.com/feed/",
            "https://www.nextplatform.com/feed/",
            "https://www.servethehome.com/feed/",
            "https://www.hpcwire.com/feed/",
            "https://spectrum.ieee.org/feeds/topic/semiconductors.rss",
            "https://blogs.nvidia.com/feed/",
            "https://www.datacenterdynamics.com/en/rss/",
            "https://www.theregister.com/data_centre/headlines.atom",
            "https://www.tomshardware.com/feeds/all");

    private DefaultFeeds() {
    }

    public static List<Feed> feeds() {
        return URLS.stream().map(url -> Feed.of(url, false)).toList();
    }
}
