Feature: The Carrow Ridge fire

  Background:
    Given the articles in "articles"
    And these names:
      | name              | also written as                              |
      | homes destroyed   | homes burned, houses destroyed, homes lost   |
      | Fire Service      | the fire service, Ivo Brannock, Brannock     |
      | Carrow Ridge fire | the fire, the blaze                          |
      | Dunmere           |                                              |
      | Halworth          |                                              |
    And these places:
      | place    | within |
      | Dunmere  |        |
      | Halworth |        |

  Scenario: Containment
    Given these milestones of "Carrow Ridge fire":
      | state     | from       | also written as                       |
      | contained | 2032-07-10 | fully contained, brought under control |
    Then every article agrees with these facts

  Scenario: Events
    Given these events:
      | event                               | date       | also written as                                          |
      | the evacuation order was lifted     | 2032-07-07 | evacuation order was lifted, lifted the evacuation order |
    Then every article agrees with these facts
