Feature: Avian flu culls in Westmark and Eastfold, February 2026
  What our newsroom has verified about the (invented) outbreak of highly pathogenic avian flu that
  began at a turkey farm in Tarn County, Westmark, confirmed on 3 February 2026. Birds culled and
  farms infected are counted by the Ministry of Agriculture, the National Veterinary Authority, the
  Poultry Farmers' Federation (whose figures include preventive culls) and the Westmark regional
  government for its own region. A housing order kept poultry indoors nationwide from 5 February
  until it was lifted on 3 March.

  Background:
    Given the articles in "articles"
    And these names:
      | name                          | also written as                                                                                  |
      | birds culled                  | culled, birds culled, culling, cull, slaughtered, destroyed, put down, euthanized, euthanised     |
      | farms infected                | infected farms, infected, outbreaks, infected premises, farms hit, infected flocks               |
      | housing order                 | order to keep birds indoors, requirement to house birds, indoor order, order to house poultry    |
      | Ministry of Agriculture       | agriculture ministry, the ministry, Ingrid Solberg                                               |
      | National Veterinary Authority | Veterinary Authority, NVA, veterinary service, Daniel Reyes                                      |
      | Poultry Farmers' Federation   | farmers' federation, the federation, PFF, Grace Muller                                           |
      | Westmark regional government  | regional government, Westmark government, Owen Tallis                                            |
      | Ingrid Solberg                | Solberg                                                                                          |
      | Daniel Reyes                  | Reyes                                                                                            |
      | Grace Muller                  | Muller                                                                                           |
      | Owen Tallis                   | Tallis                                                                                           |
      | Westmark Region               | Westmark                                                                                         |
      | Tarn County                   | Tarn                                                                                             |
      | Ely County                    | Ely                                                                                              |
      | Eastfold Region               | Eastfold                                                                                         |
      | Marsh County                  | Marsh                                                                                            |
    And these places:
      | place           | within          |
      | Westmark Region |                 |
      | Tarn County     | Westmark Region |
      | Ely County      | Westmark Region |
      | Eastfold Region |                 |
      | Marsh County    | Eastfold Region |

  Scenario: Birds culled and farms infected by source, place and date
    Given these estimates of "birds culled":
      | source                        | as of      | where           | count             | note                         |
      | National Veterinary Authority | 2026-02-04 |                 | 48,000            | first farm                   |
      | National Veterinary Authority | 2026-02-04 | Tarn County     | 48,000            |                              |
      | Ministry of Agriculture       | 2026-02-06 |                 | 190,000           |                              |
      | Ministry of Agriculture       | 2026-02-09 |                 | about 310,000     |                              |
      | Ministry of Agriculture       | 2026-02-09 | Westmark Region | about 260,000     |                              |
      | Ministry of Agriculture       | 2026-02-09 | Marsh County    | about 50,000      |                              |
      | Poultry Farmers' Federation   | 2026-02-12 |                 | more than 400,000 | includes preventive culls    |
      | National Veterinary Authority | 2026-02-16 |                 | 520,000           |                              |
      | National Veterinary Authority | 2026-02-16 | Tarn County     | 310,000           |                              |
      | National Veterinary Authority | 2026-02-16 | Ely County      | 120,000           |                              |
      | National Veterinary Authority | 2026-02-16 | Marsh County    | 90,000            |                              |
      | Westmark regional government  | 2026-02-16 | Westmark Region | 430,000           |                              |
    And these estimates of "farms infected":
      | source                        | as of      | where           | count       | note |
      | National Veterinary Authority | 2026-02-04 |                 | 1           |      |
      | National Veterinary Authority | 2026-02-04 | Tarn County     | 1           |      |
      | Ministry of Agriculture       | 2026-02-06 |                 | 5           |      |
      | Ministry of Agriculture       | 2026-02-09 |                 | 9           |      |
      | Ministry of Agriculture       | 2026-02-09 | Westmark Region | 7           |      |
      | Ministry of Agriculture       | 2026-02-09 | Marsh County    | 2           |      |
      | Poultry Farmers' Federation   | 2026-02-12 |                 | at least 12 |      |
      | National Veterinary Authority | 2026-02-16 |                 | 14          |      |
      | National Veterinary Authority | 2026-02-16 | Tarn County     | 8           |      |
      | National Veterinary Authority | 2026-02-16 | Ely County      | 3           |      |
      | National Veterinary Authority | 2026-02-16 | Marsh County    | 3           |      |
      | Westmark regional government  | 2026-02-16 | Westmark Region | 11          |      |
    Then every article agrees with these facts

  Scenario: Housing order in force from 5 February, lifted on 3 March
    Given these milestones of "housing order":
      | state    | from       | also written as                      |
      | in force | 2026-02-05 | in force, in effect, took effect      |
      | lifted   | 2026-03-03 | lifted, ended, scrapped               |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker        | date       | words                                                                                         |
      | Ingrid Solberg | 2026-02-04 | Every farmer who loses a flock to this virus will be compensated at market value              |
      | Daniel Reyes   | 2026-02-04 | Keeping birds indoors is the single most effective thing a keeper can do this winter          |
      | Grace Muller   | 2026-02-11 | Families who have farmed here for four generations are watching their barns emptied in an afternoon |
      | Owen Tallis    | 2026-03-03 | Westmark's poultry sector has come through the worst of it, but the virus has not gone away   |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name           | title                                                                                          | also written as |
      | Ingrid Solberg | Minister of Agriculture, agriculture minister, minister                                        | Solberg         |
      | Daniel Reyes   | chief veterinary officer, CVO, chief vet, head of the National Veterinary Authority            | Reyes           |
      | Grace Muller   | president, federation president, president of the Poultry Farmers' Federation                  | Muller          |
      | Owen Tallis    | premier, Westmark premier, premier of Westmark, head of the regional government                | Tallis          |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                              | date       | also written as                                                    |
      | the first case was confirmed       | 2026-02-03 | first case, first outbreak, confirmed the first case, first infection |
      | the housing order was announced    | 2026-02-04 | announced the housing order, announced the order, ordered poultry indoors |
    Then every article agrees with these facts
