Feature: Turnout in the Belmoran presidential election of 15 March 2026
  What our newsroom has verified about how many people voted in the (invented) Republic of
  Belmora's presidential election, from polling day to the commission's certification.
  Turnout is kept as a count of voters by source: the Central Electoral Commission (CEC)
  and the independent observer network Civic Watch, whose parallel tally sampled polling
  stations and was never revised. Percentages are not kept. The Lake Orsk district has no
  published count of its own; it lies in the Northern Highlands.

  Background:
    Given the articles in "articles"
    And these names:
      | name                         | also written as                                                                                         |
      | voters                       | turnout, people voted, voted, ballots cast, votes cast, cast ballots, cast their ballots, went to the polls |
      | Central Electoral Commission | CEC, electoral commission, election commission, Irena Vasko                                              |
      | Civic Watch                  | Civic Watch observers, Civic Watch network, Tomas Brell                                                  |
      | election results             | results, the result, official results, election result                                                   |
      | Irena Vasko                  | Vasko                                                                                                    |
      | Tomas Brell                  | Brell                                                                                                    |
      | Mira Dantes                  | Dantes                                                                                                   |
      | Adrian Koval                 | Koval                                                                                                    |
      | Northern Highlands           | the Highlands, Highlands region                                                                          |
      | Coastal Region               | the coast, coastal provinces                                                                             |
      | Capital District             | capital district                                                                                         |
      | Varenne                      | the capital, city of Varenne                                                                             |
      | Lake Orsk                    | Lake Orsk district, Orsk                                                                                 |
    And these places:
      | place              | within             |
      | Northern Highlands |                    |
      | Coastal Region     |                    |
      | Capital District   |                    |
      | Varenne            | Capital District   |
      | Lake Orsk          | Northern Highlands |

  Scenario: Voters by source, place and date
    Given these estimates of "voters":
      | source                       | as of      | where              | count          | note                                        |
      | Central Electoral Commission | 2026-03-15 |                    | 4,120,000      | preliminary, 95 per cent of precincts       |
      | Civic Watch                  | 2026-03-16 |                    | about 3,700,000 | parallel tally from a sample of stations   |
      | Civic Watch                  | 2026-03-16 | Northern Highlands | about 890,000  |                                             |
      | Civic Watch                  | 2026-03-16 | Capital District   | about 1,500,000 |                                            |
      | Central Electoral Commission | 2026-03-17 |                    | 4,387,000      | final count, 59.3 per cent of 7.4 million registered |
      | Central Electoral Commission | 2026-03-17 | Northern Highlands | 1,210,000      |                                             |
      | Central Electoral Commission | 2026-03-17 | Coastal Region     | 1,637,000      |                                             |
      | Central Electoral Commission | 2026-03-17 | Capital District   | 1,540,000      |                                             |
      | Central Electoral Commission | 2026-03-17 | Varenne            | 980,000        | the capital city alone                      |
    Then every article agrees with these facts

  Scenario: Results certified on 21 March
    Given these milestones of "election results":
      | state     | from       | also written as                                   |
      | certified | 2026-03-21 | certified, ratified, made official, formally confirmed |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker     | date       | words                                                                      |
      | Tomas Brell | 2026-03-16 | Our observers saw long queues in the capital and half-empty halls in the north |
      | Mira Dantes | 2026-03-16 | These numbers were written in an office, not counted at the polling stations |
      | Irena Vasko | 2026-03-17 | Turnout was the highest our commission has recorded in 20 years            |
      | Mira Dantes | 2026-03-21 | We will take every one of these figures to the Supreme Court              |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name         | title                                                                                                              | also written as |
      | Irena Vasko  | Chair of the Central Electoral Commission, commission chair, chair, chairwoman, CEC chair, head of the electoral commission | Vasko           |
      | Tomas Brell  | director of Civic Watch, Civic Watch director, director, head of Civic Watch                                      | Brell           |
      | Mira Dantes  | opposition leader, leader of the Renewal Party, Renewal Party leader, presidential candidate, candidate, challenger | Dantes          |
      | Adrian Koval | President, incumbent president, incumbent                                                                          | Koval           |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                            | date       | also written as                                                   |
      | presidential election            | 2026-03-15 | polling day, election day, the vote, presidential vote |
      | commission certified the results | 2026-03-21 | certified the results, certification, results were certified      |
      | Koval's inauguration             | 2026-04-02 | sworn in, inauguration, take the oath of office                   |
    Then every article agrees with these facts
