Feature: Job cuts at Veltra Automotive, November 2026
  What our newsroom has verified about the (invented) car-parts maker Veltra Automotive's
  restructuring, announced on 10 November 2026 and approved by shareholders on 27 November.
  Counts are of jobs to be cut, by source: the company, the Allied Metalworkers Union
  (which represents Veltra's American plants) and the WARN notice Veltra filed with the
  state of Ohio. On 24 November the company added the closure of its Gliwice plant and
  raised its totals. Bremen and Gliwice have no published count of their own.

  Background:
    Given the articles in "articles"
    And these names:
      | name                       | also written as                                                                                                         |
      | job cuts                   | layoffs, lay-offs, jobs cut, job losses, jobs to go, jobs will go, laid off, lay off, redundancies, positions eliminated, eliminate jobs, cut jobs, jobs lost |
      | Veltra                     | Veltra Automotive, the company, Karin Lindqvist, David Osei                                                               |
      | Allied Metalworkers Union  | AMU, the union, Allied Metalworkers, Ray Mancuso                                                                          |
      | WARN notice                | WARN filing, Worker Adjustment and Retraining Notification notice, notice filed with the state, state filing              |
      | restructuring plan         | restructuring, the plan, Veltra's plan, cost-cutting plan, restructuring programme, restructuring program                 |
      | Karin Lindqvist            | Lindqvist                                                                                                               |
      | David Osei                 | Osei                                                                                                                    |
      | Ray Mancuso                | Mancuso                                                                                                                 |
      | Petra Wendt                | Wendt                                                                                                                   |
      | Germany                    | German                                                                                                                  |
      | Bremen                     | Bremen plant                                                                                                            |
      | Poland                     | Polish                                                                                                                  |
      | Gliwice                    | Gliwice plant                                                                                                           |
      | United States              | U.S., US, America, American                                                                                             |
      | Ohio                       | Ohio plants                                                                                                             |
      | Dayton                     | Dayton plant                                                                                                            |
      | Lima                       | Lima plant                                                                                                              |
    And these places:
      | place         | within        |
      | Germany       |               |
      | Bremen        | Germany       |
      | Poland        |               |
      | Gliwice       | Poland        |
      | United States |               |
      | Ohio          | United States |
      | Dayton        | Ohio          |
      | Lima          | Ohio          |

  Scenario: Job cuts by source, place and date
    Given these estimates of "job cuts":
      | source                    | as of      | where         | count       | note                                     |
      | Veltra                    | 2026-11-10 |               | 4,800       | announced plan, about 10 per cent of staff |
      | Veltra                    | 2026-11-10 | Germany       | 2,100       |                                          |
      | Veltra                    | 2026-11-10 | Poland        | 900         |                                          |
      | Veltra                    | 2026-11-10 | United States | 1,800       |                                          |
      | Allied Metalworkers Union | 2026-11-12 | United States | about 2,400 | counts contractors and shift cuts        |
      | WARN notice               | 2026-11-13 | Ohio          | 1,150       | filed with the state of Ohio             |
      | WARN notice               | 2026-11-13 | Dayton        | 860         |                                          |
      | WARN notice               | 2026-11-13 | Lima          | 290         |                                          |
      | Veltra                    | 2026-11-24 |               | 5,300       | Gliwice plant to close                   |
      | Veltra                    | 2026-11-24 | Poland        | 1,400       |                                          |
    Then every article agrees with these facts

  Scenario: Shareholders approved the plan on 27 November
    Given these milestones of "restructuring plan":
      | state    | from       | also written as                                            |
      | approved | 2026-11-27 | approved, backed, endorsed, voted through, passed, won approval |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker         | date       | words                                                                                                    |
      | Karin Lindqvist | 2026-11-10 | We have to reorganize our footprint to stay competitive, and that means about 10 percent of our workforce will leave us |
      | David Osei      | 2026-11-10 | The program will save 420 million dollars a year from 2028                                                |
      | Petra Wendt     | 2026-11-11 | Not a single job in Bremen will go without a fight                                                       |
      | Ray Mancuso     | 2026-11-12 | They are counting the jobs they want to cut, not the jobs people will actually lose                      |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name            | title                                                                                     | also written as |
      | Karin Lindqvist | chief executive, chief executive officer, CEO                                             | Lindqvist       |
      | David Osei      | chief financial officer, CFO, finance chief, finance director                             | Osei            |
      | Ray Mancuso     | president, union president, president of the Allied Metalworkers Union                   | Mancuso         |
      | Petra Wendt     | chair of the works council, works council chair, head of the works council, works council head | Wendt     |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                          | date       | also written as                                                                 |
      | Veltra announced the job cuts  | 2026-11-10 | announced the cuts, announced the job cuts, announcement, announced the restructuring, announced the layoffs |
      | shareholder vote               | 2026-11-27 | shareholders' meeting, shareholder meeting, extraordinary general meeting, EGM, shareholders will vote, shareholders voted |
    Then every article agrees with these facts
