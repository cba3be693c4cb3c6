Feature: Measles outbreak in Oklahoma and Kansas, spring 2026
  What our newsroom has verified about the measles outbreak that began in Redhill County,
  Oklahoma, in February 2026 and spread to Dunmore County and across the line into Sedley
  County, Kansas. Each state's health department counts confirmed cases in its own counties;
  the Brandt University outbreak tracker adds both states together and also counts cases that
  the states list as probable, so its figures run higher. The counties, the town of Aldon, the
  university and the officials are invented.

  Background:
    Given the articles in "articles"
    And these names:
      | name                                       | also written as                                                                                                                      |
      | measles cases                              | cases, cases of measles, confirmed cases, measles infections, infections, caseload, people infected, infected, infected people, case count |
      | Redhill County schools                     | Redhill schools, Redhill County public schools, schools in Redhill County, Redhill County school district                            |
      | Oklahoma State Department of Health        | OSDH, Oklahoma health department, Oklahoma's health department, Oklahoma Department of Health, Oklahoma health officials, Miriam Castell, Ronan Tate |
      | Kansas Department of Health and Environment | KDHE, Kansas health department, Kansas health officials, Janelle Fisk                                                               |
      | Brandt University                          | Brandt University tracker, Brandt tracker, Brandt University's outbreak tracker, Brandt researchers, Ana Lindqvist                   |
      | Oklahoma                                   | Okla.                                                                                                                                |
      | Kansas                                     | Kan., Kans.                                                                                                                          |
      | Redhill County                             | Redhill                                                                                                                              |
      | Dunmore County                             | Dunmore                                                                                                                              |
      | Sedley County                              | Sedley                                                                                                                               |
      | Aldon                                      | town of Aldon                                                                                                                        |
    And these places:
      | place          | within         |
      | Oklahoma       |                |
      | Kansas         |                |
      | Redhill County | Oklahoma       |
      | Dunmore County | Oklahoma       |
      | Sedley County  | Kansas         |
      | Aldon          | Redhill County |

  Scenario: Confirmed cases by place, source and date
    Given these estimates of "measles cases":
      | source                                      | as of      | where          | count | note                                   |
      | Oklahoma State Department of Health         | 2026-02-20 | Oklahoma       | 9     | first weekly update                    |
      | Oklahoma State Department of Health         | 2026-02-20 | Redhill County | 9     |                                        |
      | Oklahoma State Department of Health         | 2026-03-02 | Oklahoma       | 48    |                                        |
      | Oklahoma State Department of Health         | 2026-03-02 | Redhill County | 41    |                                        |
      | Oklahoma State Department of Health         | 2026-03-02 | Dunmore County | 7     |                                        |
      | Kansas Department of Health and Environment | 2026-03-02 | Kansas         | 3     | first Kansas cases                     |
      | Kansas Department of Health and Environment | 2026-03-02 | Sedley County  | 3     |                                        |
      | Brandt University                           | 2026-03-02 |                | 51    | both states, confirmed and probable    |
      | Oklahoma State Department of Health         | 2026-03-09 | Oklahoma       | 87    |                                        |
      | Oklahoma State Department of Health         | 2026-03-09 | Redhill County | 70    |                                        |
      | Oklahoma State Department of Health         | 2026-03-09 | Dunmore County | 17    |                                        |
      | Kansas Department of Health and Environment | 2026-03-09 | Kansas         | 11    |                                        |
      | Kansas Department of Health and Environment | 2026-03-09 | Sedley County  | 11    |                                        |
      | Brandt University                           | 2026-03-09 |                | 104   |                                        |
      | Oklahoma State Department of Health         | 2026-03-16 | Oklahoma       | 131   |                                        |
      | Oklahoma State Department of Health         | 2026-03-16 | Redhill County | 102   |                                        |
      | Oklahoma State Department of Health         | 2026-03-16 | Dunmore County | 29    |                                        |
      | Kansas Department of Health and Environment | 2026-03-16 | Kansas         | 19    |                                        |
      | Kansas Department of Health and Environment | 2026-03-16 | Sedley County  | 19    |                                        |
      | Brandt University                           | 2026-03-16 |                | 158   |                                        |
      | Brandt University                           | 2026-03-16 | Oklahoma       | 137   | tracker's first split by state         |
      | Brandt University                           | 2026-03-16 | Kansas         | 21    |                                        |
      | Oklahoma State Department of Health         | 2026-03-23 | Oklahoma       | 164   |                                        |
      | Oklahoma State Department of Health         | 2026-03-23 | Redhill County | 124   |                                        |
      | Oklahoma State Department of Health         | 2026-03-23 | Dunmore County | 40    |                                        |
      | Kansas Department of Health and Environment | 2026-03-23 | Kansas         | 26    |                                        |
      | Kansas Department of Health and Environment | 2026-03-23 | Sedley County  | 26    |                                        |
      | Brandt University                           | 2026-03-23 |                | 197   |                                        |
    Then every article agrees with these facts

  Scenario: Redhill County schools closed from 4 March
    Given these milestones of "Redhill County schools":
      | state  | from       | also written as                                      |
      | closed | 2026-03-04 | shut, shut down, closed their doors, moved classes online |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker        | date       | words                                                                                   |
      | Miriam Castell | 2026-03-02 | Measles is the most contagious disease we know, and this outbreak is not slowing down   |
      | Ronan Tate     | 2026-03-10 | We lost a child to a disease that a vaccine prevents                                    |
      | Ana Lindqvist  | 2026-03-16 | Official counts will always run a week behind the virus                                 |
      | Janelle Fisk   | 2026-03-09 | Every case in Sedley County so far traces back to a single church gathering             |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name           | title                                                                                    | also written as |
      | Miriam Castell | state epidemiologist, Oklahoma state epidemiologist                                      | Castell         |
      | Ronan Tate     | Commissioner of Health, health commissioner, Oklahoma health commissioner, state health commissioner | Tate  |
      | Janelle Fisk   | Secretary of Health and Environment, KDHE secretary, Kansas health secretary, secretary  | Fisk            |
      | Ana Lindqvist  | director of the Brandt University outbreak tracker, tracker director, epidemiologist, professor of epidemiology | Lindqvist |
      | Dale Whitcomb  | Governor, Governor of Oklahoma, Oklahoma governor, Gov.                                  | Whitcomb        |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                                  | date       | also written as                                                                 |
      | first case confirmed                   | 2026-02-16 | first case was confirmed, first confirmed case, first case, index case was confirmed |
      | Oklahoma declared a health emergency   | 2026-03-05 | declared a public health emergency, public health emergency declaration, emergency declaration, declared an emergency |
      | first death                            | 2026-03-10 | first death, first measles death, died of measles, first fatality              |
    Then every article agrees with these facts
