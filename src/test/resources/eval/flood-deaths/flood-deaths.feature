Feature: Santa Catarina floods, November 2026
  What our newsroom has verified about the floods that followed two days of torrential rain in
  Santa Catarina on 7 and 8 November 2026. The state Civil Defense counts deaths and evacuees
  by municipality and for the Itajaí Valley as a whole; Governor Helena Duarte gave her own,
  usually higher, statewide figures at her briefings. The state totals include Joinville, in
  the north, outside the valley. The flood, the governor, the Civil Defense secretary, the mayor
  and the outlets are invented; the municipalities, the river and the highway are real.

  Background:
    Given the articles in "articles"
    And these names:
      | name               | also written as                                                                                                      |
      | flood deaths       | deaths, dead, died, killed, death toll, toll, fatalities, lost their lives, drowned, bodies recovered                 |
      | people evacuated   | evacuated, evacuees, evacuation, forced from their homes, displaced, left their homes, moved to shelters              |
      | BR-470             | BR-470 highway, highway BR-470, the BR-470                                                                           |
      | Civil Defense      | state Civil Defense, Santa Catarina Civil Defense, Civil Defence, civil defense agency, Defesa Civil, civil protection agency, Marcos Teixeira |
      | Helena Duarte      | Governor Duarte, Duarte, the governor                                                                                 |
      | Itajaí Valley      | Itajai Valley, Vale do Itajaí, valley of the Itajaí                                                                   |
      | Blumenau           |                                                                                                                      |
      | Rio do Sul         |                                                                                                                      |
      | Gaspar             |                                                                                                                      |
      | Brusque            |                                                                                                                      |
      | Joinville          |                                                                                                                      |
    And these places:
      | place         | within        |
      | Itajaí Valley |               |
      | Blumenau      | Itajaí Valley |
      | Rio do Sul    | Itajaí Valley |
      | Gaspar        | Itajaí Valley |
      | Brusque       | Itajaí Valley |
      | Joinville     |               |

  Scenario: Deaths and evacuees by place, source and date
    Given these estimates of "flood deaths":
      | source        | as of      | where         | count       | note                          |
      | Civil Defense | 2026-11-10 |               | 9           | first official toll           |
      | Civil Defense | 2026-11-10 | Itajaí Valley | 9           |                               |
      | Civil Defense | 2026-11-10 | Blumenau      | 4           |                               |
      | Civil Defense | 2026-11-10 | Rio do Sul    | 3           |                               |
      | Civil Defense | 2026-11-10 | Gaspar        | 2           |                               |
      | Helena Duarte | 2026-11-10 |               | at least 10 | evening briefing              |
      | Civil Defense | 2026-11-11 |               | 17          |                               |
      | Civil Defense | 2026-11-11 | Itajaí Valley | 15          |                               |
      | Civil Defense | 2026-11-11 | Blumenau      | 7           |                               |
      | Civil Defense | 2026-11-11 | Rio do Sul    | 4           |                               |
      | Civil Defense | 2026-11-11 | Gaspar        | 4           |                               |
      | Civil Defense | 2026-11-11 | Joinville     | 2           |                               |
      | Helena Duarte | 2026-11-12 |               | 23          |                               |
      | Helena Duarte | 2026-11-12 | Blumenau      | 10          |                               |
      | Civil Defense | 2026-11-13 |               | 27          |                               |
      | Civil Defense | 2026-11-13 | Itajaí Valley | 24          | includes 2 in Brusque         |
      | Civil Defense | 2026-11-13 | Blumenau      | 11          |                               |
      | Civil Defense | 2026-11-13 | Rio do Sul    | 6           |                               |
      | Civil Defense | 2026-11-13 | Gaspar        | 5           |                               |
      | Civil Defense | 2026-11-13 | Joinville     | 3           |                               |
      | Helena Duarte | 2026-11-14 |               | about 30    |                               |
      | Civil Defense | 2026-11-17 |               | 31          | final count                   |
      | Civil Defense | 2026-11-17 | Itajaí Valley | 28          | includes 3 in Brusque         |
      | Civil Defense | 2026-11-17 | Blumenau      | 12          |                               |
      | Civil Defense | 2026-11-17 | Rio do Sul    | 7           |                               |
      | Civil Defense | 2026-11-17 | Gaspar        | 6           |                               |
      | Civil Defense | 2026-11-17 | Joinville     | 3           |                               |
    And these estimates of "people evacuated":
      | source        | as of      | where    | count           | note |
      | Civil Defense | 2026-11-10 |          | 12,000          |      |
      | Civil Defense | 2026-11-11 |          | 31,500          |      |
      | Helena Duarte | 2026-11-12 |          | more than 40,000 |     |
      | Civil Defense | 2026-11-13 |          | 48,200          |      |
      | Civil Defense | 2026-11-13 | Blumenau | 21,000          |      |
    Then every article agrees with these facts

  Scenario: BR-470 reopened on 16 November
    Given these milestones of "BR-470":
      | state    | from       | also written as                                     |
      | reopened | 2026-11-16 | open again, back open, reopened to traffic, open to traffic |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker         | date       | words                                                                                     |
      | Helena Duarte   | 2026-11-10 | This is the worst tragedy our state has lived through in a generation                     |
      | Marcos Teixeira | 2026-11-11 | Nobody should return home until the water has gone and the engineers have looked at the house |
      | Rafael Lins     | 2026-11-13 | Blumenau has been through floods before, and Blumenau will stand up again                 |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name            | title                                                                                           | also written as |
      | Helena Duarte   | Governor, Governor of Santa Catarina, Santa Catarina governor, state governor                   | Duarte          |
      | Marcos Teixeira | Secretary of Civil Defense, Civil Defense secretary, head of Civil Defense, Civil Defense chief, Colonel, Col. | Teixeira |
      | Rafael Lins     | Mayor, Mayor of Blumenau, Blumenau mayor                                                        | Lins            |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                                  | date       | also written as                                                           |
      | Duarte declared a state of calamity    | 2026-11-09 | declared a state of calamity, state of public calamity, calamity decree, state of calamity |
      | Itajaí-Açu crested in Blumenau         | 2026-11-11 | river crested, crested, peaked, reached its peak, the crest                |
    Then every article agrees with these facts
