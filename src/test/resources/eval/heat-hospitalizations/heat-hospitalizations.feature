Feature: Spain's heatwave, July 2026
  What our newsroom has verified about the (invented) July 2026 heatwave in Spain. The Health
  Ministry counts people treated in hospital for heat illness and deaths certified as caused by
  heat, by region and city, in a bulletin every weekday; the Federation of Spanish Hospitals
  gives its own, higher, count of patients that includes private clinics; the State
  Meteorological Agency estimates deaths attributable to the heat with a model of excess
  mortality; Seville's emergency service counts the people its ambulances took to hospital.
  The government declared a heat emergency on 12 July and lifted it on 21 July; Córdoba
  airport set the national temperature record on 15 July. Badajoz has no published count of
  its own.

  Background:
    Given the articles in "articles"
    And these names:
      | name                      | also written as                                                                                                                                  |
      | heat hospitalizations     | hospitalized, hospitalised, admitted to hospital, treated in hospital, taken to hospital, hospital admissions, admissions, needed hospital treatment, hospital treatment, hospital care |
      | heat deaths               | deaths, dead, died, killed, death toll, toll, fatalities, heat-related deaths, lost their lives                                                   |
      | heat emergency            | the emergency, state of heat emergency                                                                                                          |
      | Health Ministry           | Ministry of Health, health ministry, the ministry, Lucía Ferrer                                                                                   |
      | Hospital Federation       | Federation of Spanish Hospitals, the federation, hospitals' federation, Marta Iglesias                                                           |
      | Weather Service           | State Meteorological Agency, AEMET, weather agency, national weather service, meteorological agency, Andrés Ruiz                                |
      | Seville Emergency Service | Seville's emergency service, the city's emergency service, emergency service, Javier Molina                                                      |
      | Lucía Ferrer              | Ferrer                                                                                                                                           |
      | Marta Iglesias            | Iglesias                                                                                                                                         |
      | Andrés Ruiz               | Ruiz                                                                                                                                             |
      | Javier Molina             | Molina                                                                                                                                           |
      | Rocío Navarro             | Navarro                                                                                                                                          |
      | Andalusia                 | Andalucía                                                                                                                                        |
      | Seville                   | Sevilla                                                                                                                                          |
      | Córdoba                   | Cordoba                                                                                                                                          |
      | Extremadura               |                                                                                                                                                  |
      | Badajoz                   |                                                                                                                                                  |
    And these places:
      | place       | within      |
      | Andalusia   |             |
      | Seville     | Andalusia   |
      | Córdoba     | Andalusia   |
      | Extremadura |             |
      | Badajoz     | Extremadura |

  Scenario: Patients and deaths by place, source and date
    Given these estimates of "heat hospitalizations":
      | source                    | as of      | where       | count           | note                                   |
      | Health Ministry           | 2026-07-14 |             | 1,240           | first bulletin                         |
      | Health Ministry           | 2026-07-14 | Andalusia   | 610             |                                        |
      | Health Ministry           | 2026-07-14 | Extremadura | 180             |                                        |
      | Hospital Federation       | 2026-07-15 |             | about 2,000     | public and private hospitals           |
      | Seville Emergency Service | 2026-07-15 | Seville     | 340             | taken to hospital by its ambulances    |
      | Health Ministry           | 2026-07-17 |             | 2,310           |                                        |
      | Health Ministry           | 2026-07-17 | Andalusia   | 1,150           |                                        |
      | Health Ministry           | 2026-07-17 | Seville     | 420             |                                        |
      | Health Ministry           | 2026-07-17 | Córdoba     | 290             |                                        |
      | Health Ministry           | 2026-07-17 | Extremadura | 330             |                                        |
      | Seville Emergency Service | 2026-07-18 | Seville     | 515             |                                        |
      | Hospital Federation       | 2026-07-19 |             | more than 3,000 |                                        |
      | Health Ministry           | 2026-07-21 |             | 2,870           | final bulletin                         |
      | Health Ministry           | 2026-07-21 | Andalusia   | 1,420           |                                        |
    And these estimates of "heat deaths":
      | source          | as of      | where       | count     | note                                        |
      | Health Ministry | 2026-07-14 |             | 23        | certified as caused by heat                 |
      | Health Ministry | 2026-07-14 | Andalusia   | 11        |                                             |
      | Weather Service | 2026-07-16 |             | about 310 | deaths attributable to heat, excess-mortality model |
      | Health Ministry | 2026-07-17 |             | 41        |                                             |
      | Health Ministry | 2026-07-17 | Andalusia   | 19        |                                             |
      | Health Ministry | 2026-07-17 | Seville     | 8         |                                             |
      | Health Ministry | 2026-07-17 | Extremadura | 9         |                                             |
      | Health Ministry | 2026-07-21 |             | 58        | final bulletin                              |
      | Health Ministry | 2026-07-21 | Andalusia   | 27        |                                             |
      | Weather Service | 2026-07-22 |             | about 480 |                                             |
    Then every article agrees with these facts

  Scenario: The heat emergency was lifted on 21 July
    Given these milestones of "heat emergency":
      | state  | from       | also written as                                        |
      | lifted | 2026-07-21 | lifted, ended, called off, no longer in force, stood down |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker        | date       | words                                                                 |
      | Lucía Ferrer   | 2026-07-12 | Heat kills quietly, and it kills the people we see least              |
      | Marta Iglesias | 2026-07-15 | Our emergency departments are working at the limit of what they can safely do |
      | Javier Molina  | 2026-07-15 | Most of the people we are picking up live alone and never turned on a fan |
      | Andrés Ruiz    | 2026-07-15 | We have never measured anything like this on Spanish soil            |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name           | title                                                                                                   | also written as |
      | Lucía Ferrer   | Health Minister, Minister of Health, health minister, minister                                           | Ferrer          |
      | Marta Iglesias | president, president of the Federation of Spanish Hospitals, federation president                        | Iglesias        |
      | Javier Molina  | director, director of the Seville Emergency Service, director of the city's emergency service, head of the emergency service | Molina |
      | Andrés Ruiz    | chief forecaster, head of forecasting                                                                    | Ruiz            |
      | Rocío Navarro  | mayor, Mayor of Seville, Seville mayor                                                                   | Navarro         |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                       | date       | also written as                                                                                                  |
      | heat emergency declared     | 2026-07-12 | declared a heat emergency, declared the heat emergency, declared the emergency, declares a heat emergency, declaring the emergency, emergency was declared |
      | national temperature record | 2026-07-15 | national temperature record, national record, temperature record, highest temperature ever measured, highest temperature ever recorded |
    Then every article agrees with these facts
