package io.factaudit.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.factaudit.article.Sidecar;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.evaluation.Evaluation;
import io.factaudit.input.Problems;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON the audit reads (sidecars, acknowledgements, annotated corpora) is data: type names in it
 * ("@class", ["java.util.Date", 0]) are never honoured, so no JSON can make the audit build an object.
 */
class JsonTypingTest {

    private static final String GADGET = Gadget.class.getName();
    private static final Pattern TYPING_SWITCH = Pattern.compile("(activate|enable)DefaultTyping.*|setDefaultTyping");
    private static final JavaClasses ENGINE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.factaudit");

    @TempDir
    Path folder;

    @BeforeEach
    void resetGadget() {
        Gadget.BUILT.set(0);
    }

    @Test
    void should_hold_only_mappers_without_default_typing() throws Exception {
        List<String> mappers = new ArrayList<>();
        for (JavaField field : ENGINE.stream().flatMap(c -> c.getFields().stream()).toList()) {
            if (!field.getRawType().isAssignableTo(ObjectMapper.class) || !field.getModifiers().contains(JavaModifier.STATIC)) {
                continue;
            }
            Field reflected = field.reflect();
            reflected.setAccessible(true);
            ObjectMapper mapper = (ObjectMapper) reflected.get(null);
            mappers.add(field.getFullName());
            assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
                .as("the reading type information of %s", field.getFullName()).isNull();
            assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
                .as("the writing type information of %s", field.getFullName()).isNull();
        }
        assertThat(mappers).as("the mappers of the JSON readers")
            .anyMatch(m -> m.startsWith(Sidecar.class.getName() + "."))
            .anyMatch(m -> m.startsWith(Acknowledgements.class.getName() + "."))
            .anyMatch(m -> m.startsWith(Evaluation.class.getName() + "."));
    }

    @Test
    void should_never_switch_on_default_typing_or_declare_type_information() {
        DescribedPredicate<JavaMethodCall> typingSwitch = DescribedPredicate.describe("switch on Jackson's default typing",
            call -> call.getTargetOwner().isAssignableTo(ObjectMapper.class) && TYPING_SWITCH.matcher(call.getName()).matches());
        noClasses().should().callMethodWhere(typingSwitch)
            .because("type names in the JSON an editor or a content system writes must never choose what is built")
            .check(ENGINE);
        noClasses().should().dependOnClassesThat().belongToAnyOf(JsonTypeInfo.class)
            .because("type information in JSON is a way to build arbitrary objects")
            .check(ENGINE);
    }

    @Test
    void should_read_a_sidecar_with_type_names_as_plain_data() throws Exception {
        Path sidecar = folder.resolve("story.json");
        Files.writeString(sidecar, """
            {"published": "2024-10-23",
             "outlet": {"@class": "%1$s", "command": "touch owned"},
             "title": ["%1$s", {"command": "touch owned"}]}
            """.formatted(GADGET));
        Problems problems = new Problems();

        assertThat(Sidecar.published(sidecar, "story.json", problems)).contains(LocalDate.of(2024, 10, 23));
        assertThat(Gadget.BUILT).hasValue(0);
    }

    @Test
    void should_name_a_typed_published_date_as_a_problem_and_build_nothing() throws Exception {
        Path sidecar = folder.resolve("story.json");
        Files.writeString(sidecar, "{\"published\": [\"java.time.LocalDate\", \"2024-10-23\"],"
            + " \"url\": {\"@class\": \"" + GADGET + "\"}}");
        Problems problems = new Problems();

        assertThat(Sidecar.published(sidecar, "story.json", problems)).isEmpty();
        assertThat(problems.all()).anyMatch(p -> p.message().contains("\"published\""));
        assertThat(Gadget.BUILT).hasValue(0);
    }

    @Test
    void should_read_acknowledgements_with_type_names_as_plain_data() throws Exception {
        Path file = folder.resolve("acknowledgements.json");
        Files.writeString(file, """
            {"version": 1, "@class": "%1$s",
             "acknowledged": [
               {"@class": "%1$s", "article": "seeds/a.txt", "text": "3,000 troops", "reason": "contradiction",
                "why": {"@class": "%1$s", "command": "touch owned"}, "by": "editor", "on": "2024-11-01"}]}
            """.formatted(GADGET));
        Problems problems = new Problems();

        Acknowledgements acks = Acknowledgements.load(file, "features/acknowledgements.json", problems);

        assertThat(acks.entries()).singleElement().satisfies(a -> {
            assertThat(a.article()).isEqualTo("seeds/a.txt");
            assertThat(a.text()).isEqualTo("3,000 troops");
        });
        assertThat(Gadget.BUILT).hasValue(0);
    }

    @Test
    void should_read_annotations_with_type_names_as_plain_data() throws Exception {
        ScratchProject project = new ScratchProject(folder)
            .file("topic/topic.feature", """
                Feature: Troops
                  Background:
                    Given the articles in "articles"
                    And these names:
                      | name                | also written as       |
                      | North Korean troops | North Korean soldiers |
                      | South Korea         | Seoul                 |

                  Scenario: Estimates
                    Given these estimates of "North Korean troops":
                      | source      | as of      | count       |
                      | South Korea | 2024-10-23 | about 3,000 |
                    Then every article agrees with these facts
                """)
            .file("topic/articles/a.txt", "October 24, 2024\nAbout 3,000 North Korean troops are in Russia, Seoul said.\n")
            .file("topic/gold.json", """
                {"@class": "%1$s",
                 "articles": {"a.txt": {"@class": "%1$s",
                   "claims": [{"@class": "%1$s", "kind": "count", "text": "About 3,000 North Korean troops",
                               "subject": "North Korean troops", "source": {"@class": "%1$s"},
                               "low": ["java.lang.Long", 2700], "high": 3300}],
                   "findings": []}}}
                """.formatted(GADGET));

        Evaluation.TopicScore score = new Evaluation(project.root()).evaluate(project.root().resolve("topic"));

        assertThat(score.claims()).containsKey("count");
        assertThat(Gadget.BUILT).hasValue(0);
    }
}
