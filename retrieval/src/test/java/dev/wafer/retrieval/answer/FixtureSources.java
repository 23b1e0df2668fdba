package dev.wafer.retrieval.answer;

import dev.wafer.retrieval.index.Passage;
import dev.wafer.retrieval.search.ScoredPassage;
import java.time.Instant;
import java.util.List;

/**
 * Three short news articles written for Wafer's tests (not copied from any outlet), as retrieved
 * {@link ScoredPassage} the way the searcher hands them to a composer.
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

    public static ScoredPassage r2() {
        return content("a1", "DeepSeek postpones R2 after Ascend training problems", "Harbor Tech News",
                "2025-08-14T08:00:00Z", R2_DELAY, 0.82);
    }

    public static ScoredPassage h20() {
        return content("a2", "Nvidia asks suppliers to halt H20 work", "Silicon Ledger", "2025-09-02T10:00:00Z",
                H20_HALT, 0.71);
    }

    public static ScoredPassage tsmc() {
        return content("a3", "TSMC raises capex to expand CoWoS packaging", "Fab Weekly", "2025-07-20T06:00:00Z",
                TSMC_CAPEX, 0.66);
    }

    /** The three, best first: source 1 is the R2 story, 2 the H20 story, 3 the TSMC story. */
    public static List<ScoredPassage> all() {
        return List.of(r2(), h20(), tsmc());
    }

    public static ScoredPassage content(String articleId, String title, String publisher, String published, String text,
                                  double similarity) {
        Passage passage = new Passage(Passage.idOf(articleId, 0), articleId, 0, text, title, publisher,
                Instant.parse(published), "https://news.example/" + articleId);
        return new ScoredPassage(passage, similarity, 1, 1, similarity);
    }
}
