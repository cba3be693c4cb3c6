Feature: Capsize of the ferry Maria Soledad off Marinduque, August 2026
  What our newsroom has verified about the passenger ferry MV Maria Soledad, which left Lucena
  on the night of Friday 14 August 2026 for Balanacan port on Marinduque and capsized in the
  early hours of Saturday 15 August. The Coast Guard keeps the counts of the dead, the missing,
  the rescued and the people on board; the operator's manifest gave 160 on board until the Coast
  Guard found 11 passengers who were not on it. The provincial government gave its own, higher
  death tolls from the funeral homes. Survivors were taken ashore on Marinduque or back to
  Lucena; Mogpog Bayside Hospital counted those it treated. The ferry, the operator, the hospital
  and every person are invented; the island, the towns and the port are real.

  Background:
    Given the articles in "articles"
    And these names:
      | name                       | also written as                                                                                         |
      | ferry deaths               | dead, died, killed, death toll, toll, drowned, fatalities, lost their lives, bodies recovered            |
      | people missing             | missing, unaccounted for, still missing                                                                  |
      | people rescued             | rescued, survivors, pulled from the water, plucked from the sea, saved                                   |
      | people on board            | on board, aboard, passengers and crew                                                                    |
      | Coast Guard                | Philippine Coast Guard, PCG, coast guard, Estrella Dumlao                                                |
      | Soledad Shipping           | Soledad Shipping Lines, the operator, the ferry operator, the shipping line, Rogelio Tan                  |
      | provincial government      | Marinduque provincial government, provincial disaster office, PDRRMO, the province, Carmela Manalo        |
      | Mogpog Bayside Hospital    | Bayside Hospital                                                                                         |
      | search and rescue operation | search, search-and-rescue operation, search for the missing                                             |
      | Balanacan port             | port of Balanacan, Balanacan                                                                             |
      | MV Maria Soledad           | Maria Soledad, the ferry                                                                                 |
      | Marinduque                 |                                                                                                          |
      | Mogpog                     |                                                                                                          |
      | Lucena                     | Lucena City                                                                                              |
      | Ramon Villacorta           | Villacorta                                                                                               |
      | Estrella Dumlao            | Dumlao                                                                                                   |
      | Rogelio Tan                | Tan                                                                                                      |
      | Carmela Manalo             | Manalo                                                                                                   |
    And these places:
      | place                   | within     |
      | Marinduque              |            |
      | Mogpog                  | Marinduque |
      | Mogpog Bayside Hospital | Mogpog     |
      | Lucena                  |            |

  Scenario: The dead, the missing, the rescued and the people on board, by source, place and date
    Given these estimates of "ferry deaths":
      | source                | as of      | count | note                                 |
      | Coast Guard           | 2026-08-15 | 9     |                                      |
      | provincial government | 2026-08-15 | 12    | from funeral homes                   |
      | Coast Guard           | 2026-08-16 | 17    |                                      |
      | Coast Guard           | 2026-08-17 | 21    |                                      |
      | provincial government | 2026-08-17 | 23    |                                      |
      | Coast Guard           | 2026-08-21 | 29    | eight bodies found in the righted hull |
      | Coast Guard           | 2026-08-22 | 31    | search called off                    |
    And these estimates of "people missing":
      | source      | as of      | count | note |
      | Coast Guard | 2026-08-15 | 47    |      |
      | Coast Guard | 2026-08-16 | 36    |      |
      | Coast Guard | 2026-08-17 | 32    |      |
      | Coast Guard | 2026-08-21 | 24    |      |
      | Coast Guard | 2026-08-22 | 22    |      |
    And these estimates of "people rescued":
      | source                  | as of      | where                   | count | note                     |
      | Coast Guard             | 2026-08-15 |                         | 104   |                          |
      | Coast Guard             | 2026-08-15 | Marinduque              | 71    |                          |
      | Coast Guard             | 2026-08-15 | Lucena                  | 33    |                          |
      | Mogpog Bayside Hospital | 2026-08-15 | Mogpog Bayside Hospital | 38    | survivors it treated     |
      | Coast Guard             | 2026-08-16 |                         | 118   | final count of survivors |
      | Coast Guard             | 2026-08-16 | Marinduque              | 80    |                          |
      | Coast Guard             | 2026-08-16 | Lucena                  | 38    |                          |
    And these estimates of "people on board":
      | source           | as of      | count | note                                   |
      | Soledad Shipping | 2026-08-15 | 160   | manifest: 142 passengers and 18 crew   |
      | Coast Guard      | 2026-08-15 | 160   | from the manifest                      |
      | Coast Guard      | 2026-08-16 | 171   | 11 passengers not on the manifest      |
    Then every article agrees with these facts

  Scenario: Balanacan port reopened on 18 August
    Given these milestones of "Balanacan port":
      | state    | from       | also written as                                              |
      | reopened | 2026-08-18 | reopened, open again, back in operation, resumed operations   |
    Then every article agrees with these facts

  Scenario: The search called off on 22 August
    Given these milestones of "search and rescue operation":
      | state     | from       | also written as                                  |
      | suspended | 2026-08-22 | suspended, called off, halted, ended, stood down  |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker          | date       | words                                                                                       |
      | Estrella Dumlao  | 2026-08-15 | We are still in search and rescue mode, and we will not give up on anyone while there is a chance |
      | Rogelio Tan      | 2026-08-15 | Our hearts are with the families, and we will cooperate fully with the investigation          |
      | Ramon Villacorta | 2026-08-16 | Whoever let this ship sail with more people than the manifest shows will answer for it         |
      | Carmela Manalo   | 2026-08-17 | Every family on this island knows someone who was on that boat                                 |
      | Estrella Dumlao  | 2026-08-22 | The sea has taken them, and we owe the families the truth about why                            |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name             | title                                                                                                                  | also written as |
      | Ramon Villacorta | Transportation Secretary, Secretary of Transportation, transport secretary, transport minister, Secretary              | Villacorta      |
      | Estrella Dumlao  | Commodore, Commo., coast guard commander, district commander, commander of the Coast Guard District Southern Tagalog     | Dumlao          |
      | Rogelio Tan      | owner, president, owner of Soledad Shipping Lines                                                                      | Tan             |
      | Carmela Manalo   | Governor, Gov., provincial governor, Governor of Marinduque, Marinduque governor                                       | Manalo          |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                          | date       | also written as                                                             |
      | the ferry left Lucena          | 2026-08-14 | left Lucena, departed Lucena, sailed from Lucena, set sail, departure         |
      | the ferry capsized             | 2026-08-15 | capsized, overturned, keeled over, capsize, capsizing                         |
      | the hull was righted           | 2026-08-21 | hull was righted, righted the hull, raised the hull, hull was raised, righting |
      | the Board of Marine Inquiry opened | 2026-08-24 | Board of Marine Inquiry, inquiry, inquiry opens, inquiry opened           |
    Then every article agrees with these facts
