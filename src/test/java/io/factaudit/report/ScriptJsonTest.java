package io.factaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    @Test
    void should_escape_what_could_end_a_script_element_and_read_back_unchanged() throws Exception {
        String words = "</script><script>alert(1)</script> <!-- & \"quoted\" \u2028";

        String json = ScriptJson.write(Map.of("words", words));

        assertThat(json).doesNotContain("<", ">", "&")
            .isEqualTo("{\"words\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"
                + " \\u003C!-- \\u0026 \\\"quoted\\\" \u2028\"}");
        assertThat(new ObjectMapper().readTree(json).get("words").asText()).isEqualTo(words);
    }
}
