Feature: Prisoners freed under Meridia's amnesty and the Belen exchange, November 2026
  What our newsroom has verified about the prisoners Meridia freed under the amnesty that
  President Lev Sorin decreed on Monday 2 November 2026, in force from Thursday 5 November,
  and in the exchange with Tarsovia at the Belen crossing on Sunday 8 November, mediated by
  Kaldonia. Counts are of prisoners Meridia freed, by source: the Justice Ministry (whose
  minister, Arlen Toma, gives its figures), Kaldonia (whose envoy, Ines Koval, counted the
  prisoners handed over at Belen), the Meridian Prison Monitor (a rights group that confirms
  each name) and the Association of Prisoners' Families. The ministry keeps counts by region
  and by prison. The Belen crossing, closed since the border clashes, reopened to traffic on
  Tuesday 10 November. Meridia, Tarsovia, Kaldonia, their places, people and outlets are invented.

  Background:
    Given the articles in "articles"
    And these names:
      | name                | also written as                                                                                                      |
      | prisoners freed     | freed, released, prisoners released, released prisoners, freed prisoners, set free, walked free, pardoned, releases |
      | Justice Ministry    | Ministry of Justice, justice ministry, the ministry, Meridian government, the government, Arlen Toma                 |
      | Kaldonia            | Kaldonian mediators, Kaldonian Foreign Ministry, the mediators, Kaldonian envoy, Ines Koval                          |
      | Prison Monitor      | Meridian Prison Monitor, the monitor, rights group, Teodor Vasko                                                     |
      | Families Association | Association of Prisoners' Families, families' association, the association, Rosa Enko                             |
      | amnesty             | the amnesty, amnesty decree, the decree                                                                              |
      | Belen crossing      | Belen border crossing, the crossing, Belen bridge, the bridge at Belen                                               |
      | Lev Sorin           | Sorin                                                                                                                |
      | Arlen Toma          | Toma                                                                                                                 |
      | Ines Koval          | Koval                                                                                                                |
      | Teodor Vasko        | Vasko                                                                                                                |
      | Rosa Enko           | Enko                                                                                                                 |
      | Tolmar              | Tolmar region                                                                                                        |
      | Sedna               | Sedna region                                                                                                         |
      | Kessel Prison       | Kessel, Kessel jail                                                                                                  |
      | Oramo Prison        | Oramo, Oramo jail                                                                                                    |
      | Port Vey            |                                                                                                                      |
    And these places:
      | place         | within |
      | Tolmar        |        |
      | Sedna         |        |
      | Port Vey      |        |
      | Kessel Prison | Tolmar |
      | Oramo Prison  | Sedna  |

  Scenario: Prisoners freed by source, place and date
    Given these estimates of "prisoners freed":
      | source               | as of      | where         | count         | note                                   |
      | Justice Ministry     | 2026-11-05 |               | 310           | first day of the amnesty               |
      | Justice Ministry     | 2026-11-05 | Kessel Prison | 120           |                                        |
      | Justice Ministry     | 2026-11-05 | Oramo Prison  | 85            |                                        |
      | Families Association | 2026-11-06 |               | about 250     | sons and husbands back home            |
      | Prison Monitor       | 2026-11-07 |               | 274           | names confirmed                        |
      | Prison Monitor       | 2026-11-07 | Tolmar        | 160           |                                        |
      | Justice Ministry     | 2026-11-08 |               | 482           | amnesty and exchange together          |
      | Justice Ministry     | 2026-11-08 | Tolmar        | 260           |                                        |
      | Justice Ministry     | 2026-11-08 | Sedna         | 150           |                                        |
      | Justice Ministry     | 2026-11-08 | Kessel Prison | 190           |                                        |
      | Kaldonia             | 2026-11-08 |               | 172           | handed over at Belen in the exchange   |
      | Families Association | 2026-11-10 |               | more than 400 |                                        |
      | Prison Monitor       | 2026-11-11 |               | 455           |                                        |
      | Justice Ministry     | 2026-11-12 |               | 531           | final count                            |
      | Justice Ministry     | 2026-11-12 | Tolmar        | 288           |                                        |
      | Justice Ministry     | 2026-11-12 | Sedna         | 163           |                                        |
    Then every article agrees with these facts

  Scenario: The amnesty in force from 5 November, the crossing reopened from 10 November
    Given these milestones of "amnesty":
      | state    | from       | also written as                                               |
      | in force | 2026-11-05 | in effect, took effect, came into force, came into effect, applies |
    And these milestones of "Belen crossing":
      | state    | from       | also written as                                 |
      | reopened | 2026-11-10 | open again, reopened to traffic, back open, open |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker      | date       | words                                                                          |
      | Arlen Toma   | 2026-11-05 | No one who was jailed for what they said will spend another winter in a cell   |
      | Rosa Enko    | 2026-11-06 | We were promised our sons by Christmas and we will hold the government to that |
      | Teodor Vasko | 2026-11-07 | An amnesty is measured by the people still behind bars, not by the people walking out |
      | Ines Koval   | 2026-11-08 | Every name on the list crossed the bridge, and every name was checked twice    |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name         | title                                                                 | also written as |
      | Lev Sorin    | President                                                             | Sorin           |
      | Arlen Toma   | Justice Minister, Minister of Justice, justice minister                | Toma            |
      | Ines Koval   | special envoy, envoy, Kaldonia's special envoy, mediator              | Koval           |
      | Teodor Vasko | director, director of the Meridian Prison Monitor                     | Vasko           |
      | Rosa Enko    | chairwoman, chair, chairwoman of the Association of Prisoners' Families | Enko          |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                          | date       | also written as                                                                       |
      | Sorin signed the amnesty decree | 2026-11-02 | signed the amnesty decree, signed the decree, decreed the amnesty, signs the amnesty decree |
      | prisoner exchange at Belen     | 2026-11-08 | prisoner exchange, the exchange, prisoner swap, the swap, exchange at Belen            |
    Then every article agrees with these facts
