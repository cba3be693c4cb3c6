Feature: North Korean troops in Russia, autumn 2024
  What our newsroom has verified about North Korea's deployment of troops to Russia.

  Background:
    Given the articles in "../seeds"
    And these names:
      | name                | also written as                                                                  |
      | North Korean troops | North Korean soldiers, DPRK troops, North Korean forces, troops from North Korea |
      | South Korea         | South Korean intelligence, National Intelligence Service, NIS, Seoul             |
      | United States       | US, U.S., Pentagon, Washington, State Department                                 |
      | Ukraine             | Ukrainian officials, Ukrainian intelligence, Kyiv, HUR                           |

  Scenario: Troop estimates by source and date
    Given these estimates of "North Korean troops":
      | source        | as of      | count            | note                   |
      | South Korea   | 2024-10-18 | 1,500            | first contingent sent  |
      | South Korea   | 2024-10-18 | 12,000           | planned in total       |
      | South Korea   | 2024-10-23 | 3,000            | sent so far            |
      | United States | 2024-10-28 | about 10,000     | training in Russia     |
      | United States | 2024-10-31 | about 8,000      | in the Kursk region    |
      | United States | 2024-11-04 | 11,000 to 12,000 | in Russia in total     |
    Then every article agrees with these facts
