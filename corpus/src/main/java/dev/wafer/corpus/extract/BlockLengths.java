package dev.wafer.corpus.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text, and how much of it inside links, every block of a page holds — counted in one walk of the tree,
 * so that scoring and widening can ask about thousands of blocks without reading each block's text again. Lengths
 * are of the text with its whitespace collapsed, as {@link Element#text()} gives it. Valid while the tree is not
 * changed.
 */
final class BlockLengths {

    /** An in-page link ("#comments", a footnote) weighs less than one to another page: it is often part of the prose. */
    private static final double IN_PAGE_LINK_WEIGHT = 0.3;

    private final Map<Element, double[]> lengths;

    private BlockLengths(Map<Element, double[]> lengths) {
        this.lengths = lengths;
    }

    static BlockLengths of(Element root) {
        Map<Element, double[]> lengths = new IdentityHashMap<>();
        Deque<Double> linkWeights = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    lengths.put(element, new double[2]);
                    if (element.nameIs("a")) {
                        linkWeights.push(element.attr("href").startsWith("#") ? IN_PAGE_LINK_WEIGHT : 1);
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    int chars = collapsedLength(text.getWholeText());
                    double[] own = lengths.get(parent);
                    own[0] += chars;
                    own[1] += linkWeights.isEmpty() ? 0 : chars * linkWeights.peek();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.nameIs("a") && !linkWeights.isEmpty()) {
                        linkWeights.pop();
                    }
                    if (element != root && element.parent() != null) {
                        double[] own = lengths.get(element);
                        double[] parent = lengths.get(element.parent());
                        if (parent != null) {
                            parent[0] += own[0];
                            parent[1] += own[1];
                        }
                    }
                }
            }
        }, root);
        return new BlockLengths(lengths);
    }

    /** Characters of text in the block. */
    int text(Element block) {
        double[] own = lengths.get(block);
        return own == null ? block.text().length() : (int) own[0];
    }

    /** The share of the block's text inside links. */
    double linkDensity(Element block) {
        double[] own = lengths.get(block);
        if (own == null) {
            return ArticleBody.linkDensity(block);
        }
        return own[0] == 0 ? 0 : Math.min(1, own[1] / own[0]);
    }

    /** A text node's length once runs of whitespace are one space, counting the space that parts it from the next. */
    private static int collapsedLength(String text) {
        int chars = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0') {
                if (!space) {
                    chars++;
                    space = true;
                }
            } else {
                chars++;
                space = false;
            }
        }
        return chars;
    }
}
