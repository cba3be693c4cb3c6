Feature: Flights cancelled after Valdoria's air traffic control failure, September 2026
  What our newsroom has verified about the flights cancelled and the passengers stranded after
  the flight-planning system of AeroNav, Valdoria's air traffic control provider, failed at
  07:40 on Monday 14 September 2026. Departures were halted at every Valdorian airport until the
  afternoon; the systems were fully restored early on Tuesday 15 September, and the Civil
  Aviation Board opened an inquiry on Wednesday 16 September. Counts are by source: the airport
  operator Valdoria Airports (which keeps counts by airport), the airline group Valdair Group
  (its own flights and passengers), the Civil Aviation Board (the regulator) and the
  flight-tracking site FlightPulse (which also counts flights to and from abroad). Valdoria, its
  airports, companies, people and outlets are invented.

  Background:
    Given the articles in "articles"
    And these names:
      | name                          | also written as                                                                                           |
      | flights cancelled             | cancelled flights, canceled flights, cancellations, cancelled, canceled, scrapped, flights scrapped        |
      | passengers stranded           | stranded passengers, stranded, travellers stranded, travelers stranded, left stranded, stuck               |
      | Valdoria Airports             | airport operator, the operator, Ivo Brandt                                                                |
      | Valdair Group                 | Valdair, the airline group, the airline, Marco Deval                                                      |
      | Civil Aviation Board          | CAB, the regulator, aviation regulator, Helena Strand                                                     |
      | FlightPulse                   | FlightPulse.com, flight-tracking site, the tracking site                                                  |
      | air traffic control systems   | ATC systems, air traffic control system, flight-planning system, AeroNav's systems, the systems            |
      | Paul Rendel                   | Rendel                                                                                                    |
      | Marco Deval                   | Deval                                                                                                     |
      | Helena Strand                 | Strand                                                                                                    |
      | Lena Hart                     | Hart                                                                                                      |
      | Ivo Brandt                    | Brandt                                                                                                    |
      | Vantor International          | Vantor airport, Vantor International Airport                                                              |
      | Cressa Airport                | Cressa                                                                                                    |
      | Bray Airport                  | Bray                                                                                                      |
      | Linden Airfield               | Linden                                                                                                    |
    And these places:
      | place                | within |
      | Vantor International |        |
      | Cressa Airport       |        |
      | Bray Airport         |        |
      | Linden Airfield      |        |

  Scenario: Flights cancelled and passengers stranded by source, airport and date
    Given these estimates of "flights cancelled":
      | source               | as of      | where                | count         | note                                  |
      | Valdoria Airports    | 2026-09-14 |                      | 640           | Monday                                |
      | Valdoria Airports    | 2026-09-14 | Vantor International | 410           |                                       |
      | Valdoria Airports    | 2026-09-14 | Cressa Airport       | 150           |                                       |
      | Valdair Group        | 2026-09-14 |                      | 380           | its own flights                       |
      | FlightPulse          | 2026-09-14 |                      | more than 700 | with flights to and from abroad       |
      | Civil Aviation Board | 2026-09-15 |                      | 1,150         | Monday and Tuesday                    |
      | Valdoria Airports    | 2026-09-15 |                      | 1,080         | Monday and Tuesday                    |
      | Valdoria Airports    | 2026-09-15 | Vantor International | 690           |                                       |
      | Valdoria Airports    | 2026-09-15 | Cressa Airport       | 240           |                                       |
      | Valdoria Airports    | 2026-09-15 | Bray Airport         | 150           |                                       |
      | FlightPulse          | 2026-09-16 |                      | about 1,400   |                                       |
      | Valdair Group        | 2026-09-16 |                      | 720           |                                       |
      | Civil Aviation Board | 2026-09-17 |                      | 1,262         | final, three days                     |
    And these estimates of "passengers stranded":
      | source               | as of      | where                | count              | note                         |
      | Valdoria Airports    | 2026-09-14 |                      | about 90,000       |                              |
      | Valdair Group        | 2026-09-14 |                      | 48,000             | its own passengers           |
      | Civil Aviation Board | 2026-09-15 |                      | 150,000 to 180,000 |                              |
      | Valdoria Airports    | 2026-09-15 | Vantor International | 110,000            |                              |
      | Civil Aviation Board | 2026-09-17 |                      | 172,000            | final                        |
    Then every article agrees with these facts

  Scenario: Systems restored from 15 September
    Given these milestones of "air traffic control systems":
      | state    | from       | also written as                                                        |
      | restored | 2026-09-15 | back online, working again, fully restored, back up and running, back up |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker       | date       | words                                                                                 |
      | Paul Rendel   | 2026-09-14 | A single corrupted flight plan was enough to stop a system that was designed never to stop |
      | Marco Deval   | 2026-09-14 | We have never had to ground so many aircraft on a clear day                           |
      | Helena Strand | 2026-09-15 | Passengers are owed answers as well as refunds, and they will get both                |
      | Lena Hart     | 2026-09-16 | I want to know by Friday why the backup did not take over                             |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name          | title                                                      | also written as |
      | Paul Rendel   | chief executive, chief executive of AeroNav, CEO           | Rendel          |
      | Marco Deval   | chief executive, CEO, group chief executive                | Deval           |
      | Helena Strand | chair, chairwoman, chair of the Civil Aviation Board       | Strand          |
      | Lena Hart     | Transport Minister, Minister of Transport, transport minister | Hart         |
      | Ivo Brandt    | spokesman, spokesman for Valdoria Airports                 | Brandt          |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                         | date       | also written as                                                                      |
      | air traffic control failure   | 2026-09-14 | the failure, the outage, systems failure, the breakdown, the meltdown, failed, went down |
      | regulator opened an inquiry   | 2026-09-16 | opened an inquiry, launched an inquiry, announced an inquiry, opens an inquiry       |
    Then every article agrees with these facts
