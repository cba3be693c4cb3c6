package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleReaderTest {

    private final Facts facts = new SheetFixture()
        .names("United States | US, U.S., Pentagon", "Ukraine | Kyiv, HUR", "United Nations | UN")
        .people("Lloyd Austin | Secretary of Defense, Defense Secretary | Austin",
            "Antony Blinken | Secretary of State | Blinken",
            "Pat Ryder | Pentagon Press Secretary, Maj. Gen. | Ryder",
            "Kyrylo Budanov | military intelligence chief, Lt. Gen. | Budanov",
            "Martin Griffiths | Emergency Relief Coordinator, UN relief chief | Griffiths",
            "Rustem Umerov | Defense Minister | Umerov",
            "Kim Yong-hyun | Defense Minister | Kim Yong Hyun")
        .facts();

    private List<String> titles(String text) {
        return new TitleReader().read(SheetFixture.document(text, "2024-11-01"), facts).stream()
            .map(TitleClaim.class::cast).map(c -> c.person() + " = " + c.title() + " [" + c.text() + "]").toList();
    }

    @Test
    void should_read_titles_before_names() {
        assertThat(titles("US officials, including Secretary of State Antony Blinken, agreed."))
            .containsExactly("Antony Blinken = Secretary of State [Secretary of State Antony Blinken]");
        assertThat(titles("US Defense Secretary Lloyd Austin spoke.")).containsExactly(
            "Lloyd Austin = US Defense Secretary [US Defense Secretary Lloyd Austin]");
        assertThat(titles("The Pentagon still cannot corroborate it, press secretary Maj. Gen. Pat Ryder said."))
            .containsExactly("Pat Ryder = press secretary Maj. Gen. [press secretary Maj. Gen. Pat Ryder]");
        assertThat(titles("Former defense minister Kim Yong-hyun was arrested.")).containsExactly(
            "Kim Yong-hyun = Former defense minister [Former defense minister Kim Yong-hyun]");
    }

    @Test
    void should_read_titles_in_apposition_and_before_a_comma() {
        assertThat(titles("Lloyd Austin, the U.S. secretary of defense, stood beside him.")).containsExactly(
            "Lloyd Austin = U.S. secretary of defense [Lloyd Austin, the U.S. secretary of defense]");
        assertThat(titles("Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, has said so.")).containsExactly(
            "Kyrylo Budanov = Ukraine's military intelligence chief, Lt. Gen. [Ukraine's military intelligence chief,"
                + " Lt. Gen. Kyrylo Budanov]");
        assertThat(titles("It was called a disaster by the UN's emergency relief coordinator, Martin Griffiths, on Friday."))
            .containsExactly("Martin Griffiths = UN's emergency relief coordinator [UN's emergency relief coordinator,"
                + " Martin Griffiths]");
    }

    @Test
    void should_read_a_title_next_to_a_misspelled_name_as_the_persons() {
        assertThat(titles("Rustem Umarov, Ukraine's defense minister, says so.")).containsExactly(
            "Rustem Umerov = Ukraine's defense minister [Rustem Umarov, Ukraine's defense minister]");
    }

    @Test
    void should_read_no_title_where_none_stands_next_to_the_name() {
        assertThat(titles("Austin said so. Lloyd Austin, who was in Rome, agreed. Kim Yong-hyun, 65, resigned.")).isEmpty();
        assertThat(titles("The allies met under President Biden. Speaking after talks with Poland's president, Austin said"
            + " no.")).isEmpty();
        assertThat(titles("Russian President Vladimir Putin and Defense Secretary Austin met.")).containsExactly(
            "Lloyd Austin = Defense Secretary [Defense Secretary Austin]");
    }
}
