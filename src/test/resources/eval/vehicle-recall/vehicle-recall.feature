Feature: The Brennan Sterling steering recall, September 2026
  What our newsroom has verified about the (invented) carmaker Brennan Motors' recall of its
  Sterling SUV for a steering-shaft joint that can separate. Brennan announced the recall on
  8 September 2026 (model years 2024 and 2025) and stopped sales; on 17 September it widened
  the recall to the 2023 model year. Vehicles are counted by the maker (worldwide and by
  market), by the US National Highway Traffic Safety Administration (US vehicles, from the
  recall reports it publishes) and by Germany's Federal Motor Transport Authority (KBA) for
  Germany; injuries by the maker (worldwide), by NHTSA and by the consumer group Motorists'
  Safety Council (United States). A Senate subcommittee held a hearing on 24 September; sales
  resumed on 29 September. France has no published count of its own.

  Background:
    Given the articles in "articles"
    And these names:
      | name                      | also written as                                                                                                      |
      | vehicles recalled         | recalled, recall, recalling, recalls, vehicles affected, affected vehicles, vehicles covered, under recall            |
      | injuries                  | injured, injury, injury reports, people injured, hurt                                                                |
      | Sterling sales            | sales of the Sterling, Sterling's sales, selling the Sterling                                                         |
      | Brennan Motors            | Brennan, the carmaker, the automaker, the company, Claire Dunmore, Viktor Haas                                        |
      | NHTSA                     | National Highway Traffic Safety Administration, the safety agency, federal safety regulator, Denise Okafor            |
      | KBA                       | Kraftfahrt-Bundesamt, Federal Motor Transport Authority, German regulator, Matthias Brandt                             |
      | Motorists' Safety Council | the council, the consumer group, Luis Ortega                                                                         |
      | Claire Dunmore            | Dunmore                                                                                                              |
      | Viktor Haas               | Haas                                                                                                                 |
      | Denise Okafor             | Okafor                                                                                                               |
      | Matthias Brandt           | Brandt                                                                                                               |
      | Luis Ortega               | Ortega                                                                                                               |
      | Ruth Callaway             | Callaway                                                                                                             |
      | United States             | U.S., US, America                                                                                                    |
      | Canada                    |                                                                                                                      |
      | Europe                    | European                                                                                                             |
      | Germany                   | German                                                                                                               |
      | France                    | French                                                                                                               |
    And these places:
      | place         | within |
      | United States |        |
      | Canada        |        |
      | Europe        |        |
      | Germany       | Europe |
      | France        | Europe |

  Scenario: Vehicles and injuries by place, source and date
    Given these estimates of "vehicles recalled":
      | source         | as of      | where         | count   | note                                 |
      | Brennan Motors | 2026-09-08 |               | 412,000 | model years 2024 and 2025            |
      | Brennan Motors | 2026-09-08 | United States | 318,000 |                                      |
      | Brennan Motors | 2026-09-08 | Canada        | 41,000  |                                      |
      | Brennan Motors | 2026-09-08 | Europe        | 53,000  |                                      |
      | NHTSA          | 2026-09-10 | United States | 318,214 | recall report                        |
      | KBA            | 2026-09-11 | Germany       | 21,400  | vehicles registered in Germany       |
      | Brennan Motors | 2026-09-17 |               | 705,000 | widened to the 2023 model year       |
      | Brennan Motors | 2026-09-17 | United States | 562,000 |                                      |
      | Brennan Motors | 2026-09-17 | Canada        | 68,000  |                                      |
      | Brennan Motors | 2026-09-17 | Europe        | 75,000  |                                      |
      | NHTSA          | 2026-09-18 | United States | 562,390 | amended recall report                |
    And these estimates of "injuries":
      | source                    | as of      | where         | count       | note                                  |
      | Brennan Motors            | 2026-09-08 |               | 12          | injuries the company has verified     |
      | NHTSA                     | 2026-09-10 | United States | 19          | injury reports in its complaints data |
      | Motorists' Safety Council | 2026-09-14 | United States | at least 47 | from owners' reports                  |
      | Brennan Motors            | 2026-09-17 |               | 27          |                                       |
      | NHTSA                     | 2026-09-18 | United States | 31          |                                       |
    Then every article agrees with these facts

  Scenario: Sterling sales resumed on 29 September
    Given these milestones of "Sterling sales":
      | state   | from       | also written as                                                    |
      | resumed | 2026-09-29 | resumed, back on sale, restarted, can be sold again, lifted the stop-sale |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker         | date       | words                                                                      |
      | Claire Dunmore  | 2026-09-08 | We will not sell another Sterling until we are certain the fix works       |
      | Denise Okafor   | 2026-09-10 | A steering failure at highway speed leaves a driver with no options at all |
      | Matthias Brandt | 2026-09-11 | Every German owner will receive a letter within two weeks                  |
      | Luis Ortega     | 2026-09-14 | Owners were reporting this problem for more than a year before anyone acted |
      | Ruth Callaway   | 2026-09-24 | Your company knew the joint was failing and kept building the car anyway   |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name            | title                                                                                                           | also written as |
      | Claire Dunmore  | chief executive, chief executive officer, CEO                                                                   | Dunmore         |
      | Viktor Haas     | vice president of product safety, head of product safety, safety chief                                          | Haas            |
      | Denise Okafor   | Administrator, NHTSA Administrator, administrator of the National Highway Traffic Safety Administration, head of NHTSA | Okafor   |
      | Matthias Brandt | president, president of the KBA, KBA president, head of the KBA                                                | Brandt          |
      | Luis Ortega     | executive director, director                                                                                    | Ortega          |
      | Ruth Callaway   | Senator, Sen., chair of the subcommittee, subcommittee chair, chairwoman                                        | Callaway        |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                         | date       | also written as                                                                          |
      | Brennan announced the recall  | 2026-09-08 | announced the recall, announced a recall, announces the recall, recall was announced, recall announcement |
      | Senate hearing                | 2026-09-24 | hearing, Senate hearing, subcommittee hearing, testified, testifies, testify              |
    Then every article agrees with these facts
