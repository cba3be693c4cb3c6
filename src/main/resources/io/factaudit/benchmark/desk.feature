Feature: The desk's own figures for the generated archive
  A second sheet over the articles CorpusGenerator writes into "corpus", as a desk would keep
  beside the newsroom's: a walkthrough changes one of its figures to see only this sheet re-audited.

  Background:
    Given the articles in "corpus"
    And these names:
      | name                | also written as                                          |
      | North Korean troops | North Korean soldiers, North Korean forces, DPRK troops  |
      | South Korea         | South Korean intelligence, NIS, Seoul                    |
      | United States       | US, U.S., Pentagon, Washington                           |
    And counts within 10% agree

  Scenario: What each government put the count at
    Given these estimates of "North Korean troops":
      | source        | as of      | count        |
      | South Korea   | 2024-10-23 | about 3,000  |
      | United States | 2024-10-28 | about 10,000 |
    Then every article agrees with these facts
