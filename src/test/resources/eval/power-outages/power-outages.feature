Feature: West Michigan storm outages, July 2026
  What our newsroom has verified about the power outages left by the line of thunderstorms
  that crossed western Michigan on the evening of Sunday 19 July 2026, in the middle of a heat
  wave. Counts are of customers (homes and businesses, each a meter), not of people. Lakeshore
  Energy counts its own customers, overall and by county; the Public Service Commission and
  the OutageTrack website count every utility's customers in the state, so their figures run
  higher. Grand Rapids lies in Kent County. The storm, the utility, the website and every
  person are invented; the counties, the city and the commission's name are real.

  Background:
    Given the articles in "articles"
    And these names:
      | name                      | also written as                                                                                                   |
      | customers without power   | without power, without electricity, lost power, in the dark, outages, customers out, left without power, power outages |
      | Lakeshore Energy          | Lakeshore, Lakeshore Energy Co., the utility, Nora Whitcombe                                                       |
      | Public Service Commission | Michigan Public Service Commission, MPSC, the commission, state regulators, Lydia Brandt                           |
      | OutageTrack               | OutageTrack.org, the outage tracker, the tracking site                                                             |
      | state of emergency        | emergency declaration, emergency order                                                                             |
      | Kent County               | Kent                                                                                                               |
      | Ottawa County             | Ottawa                                                                                                             |
      | Muskegon County           |                                                                                                                    |
      | Grand Rapids              |                                                                                                                    |
      | Ellen Hartwell            | Hartwell                                                                                                           |
      | Nora Whitcombe            | Whitcombe                                                                                                          |
      | Andre Whitlock            | Whitlock                                                                                                           |
      | Lydia Brandt              | Brandt                                                                                                             |
    And these places:
      | place           | within      |
      | Kent County     |             |
      | Grand Rapids    | Kent County |
      | Ottawa County   |             |
      | Muskegon County |             |

  Scenario: Customers without power by source, place and date
    Given these estimates of "customers without power":
      | source                    | as of      | where           | count             | note                               |
      | Lakeshore Energy          | 2026-07-20 |                 | 412,000           | peak, Monday morning               |
      | Lakeshore Energy          | 2026-07-20 | Kent County     | 168,000           |                                    |
      | Lakeshore Energy          | 2026-07-20 | Grand Rapids    | 95,000            |                                    |
      | Lakeshore Energy          | 2026-07-20 | Ottawa County   | 74,000            |                                    |
      | Lakeshore Energy          | 2026-07-20 | Muskegon County | 61,000            |                                    |
      | OutageTrack               | 2026-07-20 |                 | 447,312           | every utility, Monday 6 a.m.       |
      | Public Service Commission | 2026-07-20 |                 | more than 430,000 | every utility                      |
      | Lakeshore Energy          | 2026-07-21 |                 | 287,000           |                                    |
      | Lakeshore Energy          | 2026-07-21 | Kent County     | 121,000           |                                    |
      | Lakeshore Energy          | 2026-07-21 | Grand Rapids    | 70,000            |                                    |
      | OutageTrack               | 2026-07-21 |                 | 301,850           |                                    |
      | Lakeshore Energy          | 2026-07-22 |                 | 164,000           |                                    |
      | Lakeshore Energy          | 2026-07-22 | Kent County     | 58,000            |                                    |
      | Lakeshore Energy          | 2026-07-22 | Ottawa County   | 31,000            |                                    |
      | Lakeshore Energy          | 2026-07-22 | Muskegon County | 40,000            |                                    |
      | Public Service Commission | 2026-07-22 |                 | about 190,000     | every utility                      |
      | OutageTrack               | 2026-07-23 |                 | 97,400            |                                    |
      | Lakeshore Energy          | 2026-07-24 |                 | 48,000            |                                    |
      | Lakeshore Energy          | 2026-07-24 | Muskegon County | 19,500            |                                    |
      | Lakeshore Energy          | 2026-07-25 |                 | 6,200             | Muskegon County fully restored     |
    Then every article agrees with these facts

  Scenario: Power back in Muskegon County on 25 July
    Given these milestones of "Muskegon County":
      | state          | from       | also written as                                                              |
      | power restored | 2026-07-25 | power fully restored, power back on, lights back on, every customer restored, back on the grid |
    Then every article agrees with these facts

  Scenario: The state of emergency lifted on 27 July
    Given these milestones of "state of emergency":
      | state  | from       | also written as                              |
      | lifted | 2026-07-27 | lifted, rescinded, ended, expired, revoked    |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker        | date       | words                                                                                          |
      | Nora Whitcombe | 2026-07-20 | This is the most damage our system has taken from a single storm in forty years                |
      | Nora Whitcombe | 2026-07-22 | We will not stop until the last customer has the lights back on                                |
      | Ellen Hartwell | 2026-07-20 | No family should have to ride out this heat in the dark, and the state will bring every resource it has |
      | Andre Whitlock | 2026-07-21 | The storm is over, but the heat is the danger now, so check on your neighbors                   |
      | Lydia Brandt   | 2026-07-23 | We will want to know why some neighborhoods waited four days for a single crew                  |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name           | title                                                                                                           | also written as |
      | Ellen Hartwell | Governor, Gov., Governor of Michigan, Michigan governor                                                         | Hartwell        |
      | Nora Whitcombe | president and chief executive, chief executive, chief executive officer, CEO, president                          | Whitcombe       |
      | Andre Whitlock | director of emergency management, emergency management director, state emergency management director, director | Whitlock        |
      | Lydia Brandt   | chair, chairwoman, commission chair, chair of the Public Service Commission                                     | Brandt          |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                                  | date       | also written as                                                              |
      | the storm hit                          | 2026-07-19 | storm, storm hit, storms hit, storm struck, storms swept, line of storms, line of thunderstorms, derecho |
      | Hartwell declared a state of emergency | 2026-07-20 | declared a state of emergency, declares a state of emergency, emergency declaration |
      | Public Service Commission hearing      | 2026-08-04 | public hearing, hearing                                                      |
    Then every article agrees with these facts
