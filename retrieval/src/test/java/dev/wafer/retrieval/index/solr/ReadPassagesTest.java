package dev.wafer.retrieval.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class ReadPassagesTest {

    private static JsonNode fields(String text) {
        return JsonNodeFactory.instance.objectNode().put("text", text);
    }

    @Test
    void aPassageIsTakenOnlyAtTheVersionItWasReadAt() {
        ReadPassages read = new ReadPassages(10);
        read.keep("a-0", 7, fields("first wording"));

        assertThat(read.at("a-0", 7).path("text").asText()).isEqualTo("first wording");
        assertThat(read.at("a-0", 8)).as("revised since").isNull();
        assertThat(read.at("b-0", 7)).as("never read").isNull();
    }

    @Test
    void theLeastRecentlyUsedPassageGoesFirstWhenFull() {
        ReadPassages read = new ReadPassages(2);
        read.keep("a-0", 1, fields("a"));
        read.keep("b-0", 1, fields("b"));
        read.at("a-0", 1);
        read.keep("c-0", 1, fields("c"));

        assertThat(read.size()).isEqualTo(2);
        assertThat(read.at("b-0", 1)).isNull();
        assertThat(read.at("a-0", 1)).isNotNull();
        assertThat(read.at("c-0", 1)).isNotNull();
    }
}
