Feature: Harbour strike (an example that fails on purpose)
  A small sheet and two articles, one of them wrong, to show what a failing audit looks like.
  mvn test does not audit it; run it with: mvn test -Dcucumber.features=examples/failing

  Background:
    Given the articles in "articles"
    And these names:
      | name      | also written as                    |
      | dockers   | dock workers, stevedores           |
      | the union | union leaders, the dockers' union  |
      | the port  | port managers, the port authority  |

  Scenario: Dockers on strike, by source
    Given these estimates of "dockers":
      | source    | as of      | count       | note          |
      | the union | 2025-05-05 | about 2,000 | first morning |
      | the port  | 2025-05-05 | 1,200       |               |
      | the union | 2025-05-07 | about 3,500 |               |
    Then every article agrees with these facts
