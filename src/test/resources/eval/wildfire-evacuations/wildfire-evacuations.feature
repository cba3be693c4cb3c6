Feature: Juniper Ridge Fire, August 2026
  What our newsroom has verified about the Juniper Ridge Fire in Tamsen and Brill counties,
  from its start on 11 August 2026 to full containment on 24 August 2026.
  Evacuations are counted three ways: the state Division of Forestry and Fire gives one
  figure for the whole fire; each county sheriff counts the people deputies moved out of
  that county; Tamsen County's Office of Emergency Management counts every resident of an
  evacuation zone. Acreage is the division's, except one county estimate. The places,
  outlets and people are invented.

  Background:
    Given the articles in "articles"
    And these names:
      | name                          | also written as                                                                                                          |
      | people evacuated              | evacuated, evacuees, evacuation, residents evacuated, ordered to evacuate, forced to evacuate, forced from their homes, forced from homes |
      | acres burned                  | acres, burned, scorched, charred, blackened, acreage                                                                     |
      | Juniper Ridge Fire            | Juniper Ridge blaze, the fire, the blaze                                                                                 |
      | Division of Forestry and Fire | DFF, state Division of Forestry and Fire, state fire officials, the division, Nate Ruiz                                 |
      | Dale Okafor                   | Okafor, Tamsen County Sheriff's Office                                                                                   |
      | Marisol Brandt                | Brandt, Brill County Sheriff's Office                                                                                    |
      | Tamsen County                 | Tamsen, Tamsen County Office of Emergency Management, Tamsen County officials                                            |
      | Brill County                  | Brill                                                                                                                    |
      | Alder Springs                 |                                                                                                                          |
      | Kettle Flats                  |                                                                                                                          |
      | Teresa Vance                  | Vance                                                                                                                    |
      | Laura Esteban                 | Esteban                                                                                                                  |
      | Gil Haverford                 | Haverford                                                                                                                |
    And these places:
      | place         | within        |
      | Tamsen County |               |
      | Brill County  |               |
      | Alder Springs | Tamsen County |
      | Kettle Flats  | Brill County  |

  Scenario: Evacuations and acreage by source, place and date
    Given these estimates of "people evacuated":
      | source                        | as of      | where         | count            | note                                         |
      | Division of Forestry and Fire | 2026-08-12 |               | about 6,000      | both counties, first count                   |
      | Division of Forestry and Fire | 2026-08-14 |               | 14,500           | both counties                                |
      | Division of Forestry and Fire | 2026-08-17 |               | more than 21,000 | both counties, peak                          |
      | Dale Okafor                   | 2026-08-12 | Tamsen County | 4,800            | people moved out by deputies                 |
      | Dale Okafor                   | 2026-08-14 | Tamsen County | 9,200            | after overnight orders                       |
      | Dale Okafor                   | 2026-08-16 | Tamsen County | 13,000           | peak                                         |
      | Tamsen County                 | 2026-08-14 | Tamsen County | 10,400           | every resident of an evacuation zone         |
      | Tamsen County                 | 2026-08-15 | Alder Springs | 3,100            | the whole town                               |
      | Marisol Brandt                | 2026-08-15 | Brill County  | 5,600            | first county figure                          |
      | Marisol Brandt                | 2026-08-17 | Brill County  | about 7,500      | peak                                         |
    And these estimates of "acres burned":
      | source                        | as of      | where         | count        | note                          |
      | Division of Forestry and Fire | 2026-08-11 |               | 1,200        | first evening update          |
      | Division of Forestry and Fire | 2026-08-12 |               | 9,800        |                               |
      | Division of Forestry and Fire | 2026-08-14 |               | 31,400       |                               |
      | Division of Forestry and Fire | 2026-08-14 | Tamsen County | 22,900       |                               |
      | Division of Forestry and Fire | 2026-08-14 | Brill County  | 8,500        |                               |
      | Tamsen County                 | 2026-08-15 | Tamsen County | about 25,000 | county mapping                |
      | Division of Forestry and Fire | 2026-08-17 |               | 48,750       |                               |
      | Division of Forestry and Fire | 2026-08-20 |               | 52,300       | final footprint               |
    Then every article agrees with these facts

  Scenario: Not fully contained before 24 August
    Given these milestones of "Juniper Ridge Fire":
      | state           | from       | also written as                                                               |
      | fully contained | 2026-08-24 | 100% contained, 100 percent contained, completely contained, full containment |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker        | date       | words                                                                                                  |
      | Dale Okafor    | 2026-08-12 | If you are in a mandatory zone and a deputy knocks on your door, you need to leave right then          |
      | Laura Esteban  | 2026-08-13 | Every resource this state has is on its way to Tamsen and Brill counties                               |
      | Teresa Vance   | 2026-08-14 | This fire has been making runs of two to three miles a day through timber that has not burned in 80 years |
      | Gil Haverford  | 2026-08-14 | We will not let a single family sleep in a parking lot while we have gymnasiums we can open            |
      | Marisol Brandt | 2026-08-15 | People have been patient, and I know they want to go home, but the roads are not safe yet              |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name           | title                                                                                                       | also written as |
      | Dale Okafor    | Sheriff, Tamsen County Sheriff                                                                              | Okafor          |
      | Marisol Brandt | Sheriff, Brill County Sheriff                                                                               | Brandt          |
      | Teresa Vance   | incident commander, DFF incident commander                                                                  | Vance           |
      | Laura Esteban  | Governor, Gov.                                                                                              | Esteban         |
      | Gil Haverford  | chair of the Tamsen County Board of Supervisors, chair of the Board of Supervisors, Board of Supervisors chair, board chair | Haverford |
      | Nate Ruiz      | spokesman, DFF spokesman, division spokesman                                                                | Ruiz            |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                                 | date       | also written as                                                                                              |
      | Juniper Ridge Fire started            | 2026-08-11 | fire started, fire starts, fire broke out, fire ignited, fire was sparked                                    |
      | Alder Springs evacuation order lifted | 2026-08-21 | lifted the evacuation order, allowed to return, allowed home, allowed back, order for Alder Springs was lifted |
    Then every article agrees with these facts
