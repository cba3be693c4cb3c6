Feature: Greywater coal mine collapse, October 2026
  What our newsroom has verified about the (invented) roof collapse at the Greywater coal mine in
  Halden Province on 5 October 2026. The colliery's Alder and Cedar shafts lie in Brenna District,
  its Birch shaft across the district line in Osk District. Miners trapped, rescued and dead are
  counted by the operator (Dunmore Coal Company), the Provincial Rescue Headquarters, the National
  Mine Safety Agency and the Federation of Coal Miners, whose figures include contractors.
  Rescue operations were suspended on 6 October and resumed on 8 October.

  Background:
    Given the articles in "articles"
    And these names:
      | name                           | also written as                                                                                          |
      | miners trapped                 | trapped, trapped miners, cut off, stranded, still underground                                             |
      | miners rescued                 | rescued, brought out alive, brought to the surface, pulled out alive, freed, saved, got out alive          |
      | mine deaths                    | dead, died, killed, deaths, death toll, toll, fatalities, lost their lives, bodies recovered              |
      | rescue operation               | rescue operations, rescue, rescue effort, rescue work                                                     |
      | Dunmore Coal Company           | Dunmore, Dunmore Coal, the company, the operator, the mine's operator, Arman Kessler                      |
      | National Mine Safety Agency    | NMSA, mine safety agency, the agency, Ruth Okonjo                                                        |
      | Federation of Coal Miners      | the federation, the union, miners' union, FCM, Tomas Brandt                                               |
      | Provincial Rescue Headquarters | rescue headquarters, the headquarters, rescue command, Marta Delgado                                      |
      | Arman Kessler                  | Kessler                                                                                                  |
      | Ruth Okonjo                    | Okonjo                                                                                                   |
      | Tomas Brandt                   | Brandt                                                                                                   |
      | Marta Delgado                  | Delgado                                                                                                  |
      | Brenna District                | Brenna                                                                                                   |
      | Osk District                   | Osk                                                                                                      |
      | Alder shaft                    | Alder                                                                                                    |
      | Cedar shaft                    | Cedar                                                                                                    |
      | Birch shaft                    | Birch                                                                                                    |
    And these places:
      | place           | within          |
      | Brenna District |                 |
      | Alder shaft     | Brenna District |
      | Cedar shaft     | Brenna District |
      | Osk District    |                 |
      | Birch shaft     | Osk District    |

  Scenario: Miners trapped, rescued and dead by source, place and date
    Given these estimates of "miners trapped":
      | source                         | as of      | where           | count       | note                              |
      | Dunmore Coal Company           | 2026-10-05 |                 | 38          | company payroll                   |
      | Dunmore Coal Company           | 2026-10-05 | Brenna District | 26          |                                   |
      | Dunmore Coal Company           | 2026-10-05 | Alder shaft     | 21          |                                   |
      | Dunmore Coal Company           | 2026-10-05 | Cedar shaft     | 5           |                                   |
      | Dunmore Coal Company           | 2026-10-05 | Osk District    | 12          |                                   |
      | Dunmore Coal Company           | 2026-10-05 | Birch shaft     | 12          |                                   |
      | Federation of Coal Miners      | 2026-10-06 |                 | at least 45 | counts contractors                |
      | Provincial Rescue Headquarters | 2026-10-06 |                 | 31          |                                   |
      | Provincial Rescue Headquarters | 2026-10-06 | Alder shaft     | 21          |                                   |
      | Provincial Rescue Headquarters | 2026-10-06 | Birch shaft     | 10          |                                   |
      | Provincial Rescue Headquarters | 2026-10-09 |                 | 12          |                                   |
      | Provincial Rescue Headquarters | 2026-10-09 | Alder shaft     | 12          |                                   |
    And these estimates of "miners rescued":
      | source                         | as of      | where       | count | note        |
      | Provincial Rescue Headquarters | 2026-10-06 |             | 7     |             |
      | Provincial Rescue Headquarters | 2026-10-06 | Cedar shaft | 5     |             |
      | Provincial Rescue Headquarters | 2026-10-06 | Birch shaft | 2     |             |
      | Provincial Rescue Headquarters | 2026-10-09 |             | 22    |             |
      | Provincial Rescue Headquarters | 2026-10-09 | Cedar shaft | 5     |             |
      | Provincial Rescue Headquarters | 2026-10-09 | Birch shaft | 10    |             |
      | Provincial Rescue Headquarters | 2026-10-09 | Alder shaft | 7     |             |
      | National Mine Safety Agency    | 2026-10-12 |             | 27    | final count |
      | National Mine Safety Agency    | 2026-10-12 | Cedar shaft | 5     |             |
      | National Mine Safety Agency    | 2026-10-12 | Birch shaft | 10    |             |
      | National Mine Safety Agency    | 2026-10-12 | Alder shaft | 12    |             |
    And these estimates of "mine deaths":
      | source                         | as of      | where       | count       | note                 |
      | Provincial Rescue Headquarters | 2026-10-09 |             | 4           |                      |
      | Provincial Rescue Headquarters | 2026-10-09 | Birch shaft | 2           |                      |
      | Provincial Rescue Headquarters | 2026-10-09 | Alder shaft | 2           |                      |
      | National Mine Safety Agency    | 2026-10-10 |             | 9           |                      |
      | Federation of Coal Miners      | 2026-10-10 |             | at least 12 | a contractor missing |
      | National Mine Safety Agency    | 2026-10-12 |             | 11          | final count          |
      | National Mine Safety Agency    | 2026-10-12 | Alder shaft | 9           |                      |
      | National Mine Safety Agency    | 2026-10-12 | Birch shaft | 2           |                      |
    Then every article agrees with these facts

  Scenario: Rescue suspended on 6 October, resumed on 8 October
    Given these milestones of "rescue operation":
      | state     | from       | also written as                          |
      | suspended | 2026-10-06 | suspended, halted, called off, paused     |
      | resumed   | 2026-10-08 | resumed, restarted, back under way        |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker       | date       | words                                                                                              |
      | Arman Kessler | 2026-10-05 | Our first duty is to every man still underground, and we will spare nothing to reach them          |
      | Tomas Brandt  | 2026-10-06 | The company counts its own payroll, but contractors were down there too                            |
      | Marta Delgado | 2026-10-06 | The roof is still moving, and I will not send rescuers into a tunnel that could close behind them  |
      | Ruth Okonjo   | 2026-10-13 | This inquiry will follow the evidence wherever it leads, including into the boardroom              |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name          | title                                                                                                              | also written as |
      | Arman Kessler | chief executive, chief executive officer, CEO                                                                      | Kessler         |
      | Ruth Okonjo   | director, director of the National Mine Safety Agency, agency director, head of the National Mine Safety Agency    | Okonjo          |
      | Tomas Brandt  | president, union president, president of the Federation of Coal Miners, federation president                       | Brandt          |
      | Marta Delgado | commander, rescue commander, commander of the Provincial Rescue Headquarters, head of the Provincial Rescue Headquarters | Delgado    |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                        | date       | also written as                                                      |
      | the roof collapse at Greywater | 2026-10-05 | collapse, roof collapse, cave-in, gave way, roof came down           |
      | the inquiry opened           | 2026-10-13 | inquiry, formal inquiry, opens its inquiry, opened its inquiry        |
      | the miners' funeral          | 2026-10-14 | funeral, funerals                                                    |
    Then every article agrees with these facts
