Feature: River floods in Ostland, by place
  A sheet that keeps the toll by place (fact-sheet language 1.1).

  Background:
    Given the articles in "articles"
    And these names:
      | name             | also written as                            |
      | deaths           | dead, killed, died, death toll, fatalities |
      | Coastal Press    | CP                                                 |
      | Anna Berg        | Berg                                               |
      | Marlow County    | Marlow                                             |
    And these places:
      | place          | within  |
      | Ostland        |         |
      | Vesterby       |         |
      | Marlow County  | Ostland |

  Scenario: Flood deaths by place, source and date
    Given these estimates of "deaths":
      | source        | as of      | where   | count         |
      | Coastal Press | 2031-04-10 |         | more than 60  |
      | Anna Berg     | 2031-04-08 | Ostland | at least 20   |
      | Anna Berg     | 2031-04-10 | Ostland | 31            |
    Then every article agrees with these facts
