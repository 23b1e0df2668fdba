package dev.wafer.retrieval.answer;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.wafer.retrieval.search.ContentFields;
import java.time.Instant;
import java.util.List;

/**
 * Three short news articles written for Wafer's tests (not copied from any outlet), as retrieved
 * {@link Content} the way the searcher hands them to a composer.
 */
public final class FixtureSources {

    public static final String R2_DELAY = """
            DeepSeek has postponed the launch of its R2 model, which it had planned to release in May. \
            People familiar with the project said repeated training runs on Huawei's Ascend 910C accelerators \
            failed to finish. The company moved training back to Nvidia H800 systems and will keep Ascend chips \
            for inference. Huawei sent a team of engineers to the DeepSeek offices to help, but the runs still \
            did not complete. Analysts said the delay shows how far Chinese chips trail Nvidia for large \
            training jobs.""";

    public static final String H20_HALT = """
            Nvidia has told several suppliers to stop production work on the H20, its China-specific AI chip. \
            The request followed guidance from Chinese regulators urging local companies to avoid the chip over \
            security concerns. Nvidia said it had paid a 15% share of H20 revenue to the US government under an \
            export licence arrangement. The company reported $4.5 billion in charges in its previous quarter tied \
            to unsold H20 inventory.""";

    public static final String TSMC_CAPEX = """
            TSMC raised its 2025 capital spending forecast to between $40 billion and $42 billion. The company \
            said demand for its CoWoS advanced packaging, used in Nvidia and AMD accelerators, would exceed supply \
            through next year. TSMC plans to double CoWoS capacity again in 2026. Its chief executive said AI \
            accelerator revenue would grow at a mid-40s percentage rate over five years.""";

    private FixtureSources() {
    }

    public static Content r2() {
        return content("a1", "DeepSeek postpones R2 after Ascend training problems", "Harbor Tech News",
                "2025-08-14T08:00:00Z", R2_DELAY, 0.82);
    }

    public static Content h20() {
        return content("a2", "Nvidia asks suppliers to halt H20 work", "Silicon Ledger", "2025-09-02T10:00:00Z",
                H20_HALT, 0.71);
    }

    public static Content tsmc() {
        return content("a3", "TSMC raises capex to expand CoWoS packaging", "Fab Weekly", "2025-07-20T06:00:00Z",
                TSMC_CAPEX, 0.66);
    }

    /** The three, best first: source 1 is the R2 story, 2 the H20 story, 3 the TSMC story. */
    public static List<Content> all() {
        return List.of(r2(), h20(), tsmc());
    }

    public static Content content(String articleId, String title, String publisher, String published, String text,
                                  double similarity) {
        Metadata metadata = new Metadata()
                .put(ContentFields.URL, "https://news.example/" + articleId)
                .put(ContentFields.TITLE, title)
                .put(ContentFields.PUBLISHER, publisher)
                .put(ContentFields.ARTICLE_ID, articleId)
                .put(ContentFields.PASSAGE_ID, articleId + ":0")
                .put(ContentFields.PUBLISHED, Instant.parse(published).toString())
                .put(ContentFields.SIMILARITY, similarity);
        return Content.from(TextSegment.from(text, metadata));
    }
}
