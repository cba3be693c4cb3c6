Feature: Arrests at the media-law protests in Kestria, October 2026
  What our newsroom has verified about the people detained in the protests against Kestria's
  media law, which parliament passed on 15 October 2026. Protests began on Saturday 17 October
  in Dravik, Solmara and Port Aleno; the largest march, on parliament, was on Sunday 18 October.
  Counts are of people arrested or detained, by source: the National Police (whose chief, Ilena
  Marek, gives its figures), the Detainee Support Network (volunteer lawyers who confirm each
  name) and the organisers, the Civic Front. The police keep counts by city; the network only
  for the capital. Velin has no published count. A night curfew has been in force in central
  Dravik since Monday 19 October. Kestria, its cities, its people and its outlets are invented.

  Background:
    Given the articles in "articles"
    And these names:
      | name                     | also written as                                                                                                                                   |
      | people arrested          | arrested, arrests, detained, detentions, detainees, taken into custody, in custody, held by police                                                 |
      | National Police          | police, Kestrian police, the force, police spokesman, Ilena Marek                                                                                 |
      | Detainee Support Network | DSN, the network, rights group, volunteer legal group, Pavel Orsic                                                                                |
      | Civic Front              | organisers, organizers, the movement, Dana Vell                                                                                                   |
      | Dravik curfew            | curfew, the curfew, night curfew, night-time curfew, overnight curfew                                                                             |
      | media law                | the media law, the law                                                                                                                            |
      | Anton Rezec              | Rezec                                                                                                                                             |
      | Ilena Marek              | Marek                                                                                                                                             |
      | Pavel Orsic              | Orsic                                                                                                                                             |
      | Dana Vell                | Vell                                                                                                                                              |
      | Dravik                   | the capital, Kestrian capital                                                                                                                     |
      | Solmara                  |                                                                                                                                                   |
      | Port Aleno               |                                                                                                                                                   |
      | Velin                    |                                                                                                                                                   |
    And these places:
      | place      | within |
      | Dravik     |        |
      | Solmara    |        |
      | Port Aleno |        |
      | Velin      |        |

  Scenario: People detained by source, place and date
    Given these estimates of "people arrested":
      | source                   | as of      | where      | count         | note                                 |
      | National Police          | 2026-10-17 |            | 74            | first day, no breakdown by city      |
      | National Police          | 2026-10-18 |            | 212           | since Saturday                       |
      | National Police          | 2026-10-18 | Dravik     | 150           |                                      |
      | National Police          | 2026-10-18 | Solmara    | 62            |                                      |
      | Detainee Support Network | 2026-10-18 |            | 340           | names confirmed by its lawyers       |
      | Detainee Support Network | 2026-10-18 | Dravik     | 231           |                                      |
      | Civic Front              | 2026-10-19 |            | more than 500 | its supporters in custody            |
      | National Police          | 2026-10-20 |            | 486           |                                      |
      | National Police          | 2026-10-20 | Dravik     | 318           |                                      |
      | National Police          | 2026-10-20 | Solmara    | 121           |                                      |
      | National Police          | 2026-10-20 | Port Aleno | 47            |                                      |
      | Detainee Support Network | 2026-10-21 |            | 712           |                                      |
      | Detainee Support Network | 2026-10-21 | Dravik     | 455           |                                      |
      | National Police          | 2026-10-23 |            | 603           | first full count                     |
      | National Police          | 2026-10-23 | Dravik     | 390           |                                      |
      | National Police          | 2026-10-23 | Solmara    | 150           |                                      |
      | National Police          | 2026-10-23 | Port Aleno | 63            |                                      |
      | Detainee Support Network | 2026-10-26 |            | 815           |                                      |
    Then every article agrees with these facts

  Scenario: Curfew in central Dravik from 19 October
    Given these milestones of "Dravik curfew":
      | state    | from       | also written as                                         |
      | in force | 2026-10-19 | in effect, in place, imposed, took effect, enforced, extended |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker     | date       | words                                                                 |
      | Dana Vell   | 2026-10-18 | We will come back every night until the law is withdrawn              |
      | Anton Rezec | 2026-10-19 | The right to protest does not include the right to set the capital on fire |
      | Ilena Marek | 2026-10-20 | Every person we detained will see a judge within forty-eight hours    |
      | Pavel Orsic | 2026-10-21 | People are being taken off the street for holding a blank sheet of paper |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name        | title                                                                                                   | also written as |
      | Anton Rezec | Interior Minister, Minister of the Interior, interior minister                                          | Rezec           |
      | Ilena Marek | chief of the National Police, National Police chief, police chief, head of the National Police, chief, Chief Commissioner | Marek |
      | Pavel Orsic | director, director of the Detainee Support Network                                                      | Orsic           |
      | Dana Vell   | spokeswoman, spokeswoman for the Civic Front, organiser                                                 | Vell            |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                           | date       | also written as                                                                                  |
      | parliament passed the media law | 2026-10-15 | passed the media law, parliament passes the media law, voted the law through, passed by parliament, adopted the law |
      | march on parliament             | 2026-10-18 | march on parliament, march to parliament, march to the parliament building                      |
    Then every article agrees with these facts
