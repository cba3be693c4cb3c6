Feature: Roof-plank school closures, October and November 2026
  What our newsroom has verified about the closures ordered after a gym roof at Eastbrook
  Middle School collapsed on 3 October 2026, until the order was lifted on 16 November 2026.
  Schools closed are counted three ways: the Department of Public Instruction lists schools
  where no student can be taught on site; the State Teachers Federation also counts schools
  with a closed wing, gym or cafeteria; each district counts its own buildings. The places,
  outlets and people are invented.

  Background:
    Given the articles in "articles"
    And these names:
      | name                           | also written as                                                                                               |
      | schools closed                 | closed schools, schools shut, schools shuttered, school closures, closures, schools closed                    |
      | students affected              | students displaced, students out of their buildings, students affected, pupils affected, students taught elsewhere |
      | closure order                  | emergency closure order, statewide closure order, closure directive                                           |
      | Department of Public Instruction | DPI, state Department of Public Instruction, state education department, the department, Priya Ostrow        |
      | State Teachers Federation      | STF, the federation, teachers' federation, teachers' union, Marcus Dunleavy                                  |
      | Harrow Unified                 | Harrow Unified School District, Harrow district, Harrow, Elena Marsh                                          |
      | Lindell Public Schools         | Lindell, Lindell district, Tobias Grant                                                                       |
      | Carver Falls School District   | Carver Falls, Carver Falls district                                                                           |
      | Eastbrook Middle School        | Eastbrook                                                                                                     |
      | Renata Solberg                 | Solberg                                                                                                       |
    And these places:
      | place                        | within |
      | Harrow Unified               |        |
      | Lindell Public Schools       |        |
      | Carver Falls School District |        |

  Scenario: Schools closed and students affected by source, district and date
    Given these estimates of "schools closed":
      | source                           | as of      | where                  | count            | note                                   |
      | Department of Public Instruction | 2026-10-05 |                        | 38               | first list                             |
      | Department of Public Instruction | 2026-10-05 | Harrow Unified         | 17               |                                        |
      | Department of Public Instruction | 2026-10-09 |                        | 44               | peak                                   |
      | Department of Public Instruction | 2026-10-09 | Harrow Unified         | 19               |                                        |
      | Department of Public Instruction | 2026-10-20 |                        | 31               | after 13 reopened on 19 October        |
      | State Teachers Federation        | 2026-10-06 |                        | 51               | counts partly closed schools           |
      | State Teachers Federation        | 2026-10-13 |                        | more than 60     | counts partly closed schools           |
      | Harrow Unified                   | 2026-10-05 | Harrow Unified         | 17               |                                        |
      | Harrow Unified                   | 2026-10-08 | Harrow Unified         | 19               | Lakeview and Wendell Park added        |
      | Lindell Public Schools           | 2026-10-06 | Lindell Public Schools | 9                |                                        |
    And these estimates of "students affected":
      | source                           | as of      | where                  | count            | note                              |
      | Department of Public Instruction | 2026-10-05 |                        | about 21,000     |                                   |
      | Department of Public Instruction | 2026-10-09 |                        | 24,600           | peak                              |
      | Department of Public Instruction | 2026-10-20 |                        | 16,200           |                                   |
      | State Teachers Federation        | 2026-10-06 |                        | 30,000 to 32,000 |                                   |
      | Harrow Unified                   | 2026-10-08 | Harrow Unified         | 11,480           |                                   |
      | Lindell Public Schools           | 2026-10-06 | Lindell Public Schools | 4,900            |                                   |
    Then every article agrees with these facts

  Scenario: The closure order stood until 16 November
    Given these milestones of "closure order":
      | state  | from       | also written as                  |
      | lifted | 2026-11-16 | rescinded, withdrawn, was lifted |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker         | date       | words                                                                                                  |
      | Renata Solberg  | 2026-10-04 | No child will sit under a roof we cannot vouch for, not for a single day                               |
      | Marcus Dunleavy | 2026-10-06 | The department's list is a floor, not a ceiling, and our members are finding new cracks every morning  |
      | Tobias Grant    | 2026-10-06 | Our buses will run every route, even to buildings that are not ours                                    |
      | Elena Marsh     | 2026-10-07 | We have moved nineteen schools' worth of children in four days, and not one class has been cancelled   |
      | Renata Solberg  | 2026-11-16 | Every one of these buildings has been inspected, repaired and signed off by a licensed engineer        |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name            | title                                                                                        | also written as |
      | Renata Solberg  | Commissioner of Education, Education Commissioner, state education commissioner, commissioner | Solberg         |
      | Marcus Dunleavy | president of the State Teachers Federation, federation president, union president, president | Dunleavy        |
      | Elena Marsh     | superintendent, Harrow Unified superintendent, Harrow superintendent                         | Marsh           |
      | Tobias Grant    | superintendent, Lindell superintendent                                                       | Grant           |
      | Priya Ostrow    | spokeswoman, department spokeswoman, DPI spokeswoman                                         | Ostrow          |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                                   | date       | also written as                                                      |
      | roof collapse at Eastbrook Middle School | 2026-10-03 | roof collapse, roof collapsed, roof collapses, roof caved in         |
      | closure order issued                    | 2026-10-04 | issued the closure order, orders the closures, ordered the closures  |
      | closures began                          | 2026-10-05 | closures took effect, closures began, schools close                  |
      | Harrow board vote on repair budget      | 2026-10-15 | board will vote, vote on a repair budget, repair budget vote         |
    Then every article agrees with these facts
