package dev.wafer.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Solr configset Wafer uploads declares every article field the stores write, under the same name. */
class ArticleFieldsTest {

    @Test
    void theSolrConfigsetDeclaresEveryArticleField() throws IOException {
        String schema;
        try (InputStream in = ArticleFieldsTest.class.getResourceAsStream("solr/configset/schema.xml")) {
            assertThat(in).as("the configset ships with the corpus module").isNotNull();
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> declared = new HashSet<>();
        Matcher field = Pattern.compile("<field name=\"([^\"]+)\"").matcher(schema);
        while (field.find()) {
            declared.add(field.group(1));
        }

        assertThat(declared).containsAll(ArticleFields.ALL);
    }
}
