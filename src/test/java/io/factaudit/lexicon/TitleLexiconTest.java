package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLexiconTest {

    @Test
    void should_spell_out_office_abbreviations_but_not_courtesy_titles() {
        assertThat(TitleAbbreviations.officeTitle("Gov.")).contains("governor");
        assertThat(TitleAbbreviations.officeTitle("LT")).contains("lieutenant");
        assertThat(TitleAbbreviations.officeTitle("Dr.")).isEmpty();
        assertThat(TitleAbbreviations.isCourtesy("Mrs")).isTrue();
        assertThat(TitleAbbreviations.contains("Sen.")).isTrue();
        assertThat(TitleAbbreviations.contains("Sun")).isFalse();
    }

    @Test
    void should_derive_the_office_a_verb_names_from_wordnet() {
        assertThat(OfficeHolders.officeOfVerb("chairs")).contains("chair");
        assertThat(OfficeHolders.officeOfVerb("leads")).contains("leader");
        assertThat(OfficeHolders.officeOfVerb("directs")).contains("director");
        assertThat(OfficeHolders.officeOfVerb("visits")).isEmpty();
        assertThat(OfficeHolders.officeOfVerb("builds")).isEmpty();
        // "runs" derives no office: its sense "direct or control" is a way of directing
        assertThat(OfficeHolders.officeOfItsKind("runs")).contains("director");
        assertThat(OfficeHolders.officeOfItsKind("owns")).isEmpty();
    }

    @Test
    void should_give_one_form_to_the_genders_of_a_noun() {
        assertThat(OfficeHolders.genderless("spokeswoman")).isEqualTo("spokesperson");
        assertThat(OfficeHolders.genderless("spokesman")).isEqualTo("spokesperson");
        assertThat(OfficeHolders.genderless("chairwoman")).isEqualTo("chair");
        assertThat(OfficeHolders.genderless("chairperson")).isEqualTo("chair");
        assertThat(OfficeHolders.genderless("german")).isEqualTo("german");
        assertThat(OfficeHolders.genderless("treasurer")).isEqualTo("treasurer");
    }

    @Test
    void should_tell_office_holders_from_other_people() {
        assertThat(OfficeHolders.isOffice("officers")).isTrue();
        assertThat(OfficeHolders.isOffice("executive")).isTrue();
        assertThat(OfficeHolders.isOffice("engineer")).isFalse();
        assertThat(OfficeHolders.isOffice("neighbour")).isFalse();
    }

    @Test
    void should_read_the_parties_from_wordnet() {
        assertThat(PoliticalParties.isPartyWord("Republican")).isTrue();
        assertThat(PoliticalParties.isPartyWord("Democratic")).isTrue();
        assertThat(PoliticalParties.isPartyWord("Democrat")).isTrue();
        assertThat(PoliticalParties.isPartyWord("Conservative")).isTrue();
        assertThat(PoliticalParties.isPartyWord("war")).as("a war party is no party's name").isFalse();
        assertThat(PoliticalParties.isPartyWord("Whig")).as("a party WordNet calls former").isFalse();
        assertThat(PoliticalParties.isPartyWord("senior")).isFalse();
    }
}
