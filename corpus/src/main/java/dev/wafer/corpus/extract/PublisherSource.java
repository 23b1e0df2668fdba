package dev.wafer.corpus.extract;

/** Where a page's publisher was read, most trusted first; {@code wafer extract} shows it beside the name. */
public enum PublisherSource {
    /** The publisher's own metadata: JSON-LD {@code publisher.name}, {@code og:site_name}, {@code application-name}. */
    METADATA,
    /** The end of the page's {@code <title>} that is not the headline ("Headline | Outlet"). */
    TITLE,
    /** The site's masthead: its logo's text or alt text. */
    MASTHEAD,
    /** The holder named in the page's copyright line ("© 2025 Outlet Media"). */
    COPYRIGHT,
    /** Only the page's host: the page names no publisher. */
    HOST
}
