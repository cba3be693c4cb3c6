Feature: River floods in Ostland, the whole only
  The same floods on a version-1 sheet: no places, a located count is a count of the subject.

  Background:
    Given the articles in "articles"
    And these names:
      | name             | also written as                            |
      | deaths           | dead, killed, died, death toll, fatalities |
      | Coastal Press    | CP                                                 |

  Scenario: Flood deaths by source and date
    Given these estimates of "deaths":
      | source        | as of      | count         |
      | Coastal Press | 2031-04-10 | more than 60  |
    Then every article agrees with these facts
