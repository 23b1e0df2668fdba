package dev.wafer.corpus.extract;

import java.util.List;

/** A feed document: its title (the outlet's name, usually) and its entries in feed order. */
public record ParsedFeed(String title, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
