Feature: The Tallis Mobile data breach, September 2026
  What our newsroom has verified about the theft of customer data from Tallis Mobile, an
  invented Dublin-based mobile and broadband operator with customers in Ireland and the United
  Kingdom. Tallis discovered the intrusion on 8 September 2026 and disclosed it on 10 September;
  its online services were offline until 17 September. Counts are of customers whose data was
  taken, by source: the company (whose chief executive, Orla Brennan, gives its figures), the
  Data Privacy Commission, the regulator, which counts Ireland only, and the researchers of
  Greyfield Security, who found the data for sale and give no breakdown by country. Scotland
  has no published count. The company, the commission, the firm, their people and the outlets
  are invented.

  Background:
    Given the articles in "articles"
    And these names:
      | name                    | also written as                                                                                                                                   |
      | customers affected      | affected customers, customers whose data was taken, customers whose details were stolen, had their data stolen, had their personal details stolen, customers exposed, customers hit, affected accounts, accounts exposed, people affected |
      | Tallis                  | Tallis Mobile, the company, the operator, Orla Brennan                                                                                            |
      | Data Privacy Commission | the commission, the regulator, the privacy regulator, the watchdog, Declan Furlong                                                                |
      | Greyfield Security      | Greyfield, security researchers, the researchers, Priya Anand                                                                                     |
      | Tallis systems          | its systems, its online services, online services, the My Tallis app, My Tallis, the app, online account pages                                   |
      | Orla Brennan            | Brennan                                                                                                                                           |
      | Declan Furlong          | Furlong                                                                                                                                           |
      | Priya Anand             | Anand                                                                                                                                             |
      | Ireland                 | Irish, the Republic, Republic of Ireland                                                                                                          |
      | United Kingdom          | UK, U.K., Britain                                                                                                                                 |
      | Northern Ireland        |                                                                                                                                                   |
      | Scotland                |                                                                                                                                                   |
    And these places:
      | place            | within         |
      | Ireland          |                |
      | United Kingdom   |                |
      | Northern Ireland | United Kingdom |
      | Scotland         | United Kingdom |

  Scenario: Customers affected by source, place and date
    Given these estimates of "customers affected":
      | source                  | as of      | where            | count         | note                                       |
      | Tallis                  | 2026-09-10 |                  | about 400,000 | active accounts only                       |
      | Tallis                  | 2026-09-10 | Ireland          | 250,000       |                                            |
      | Tallis                  | 2026-09-10 | United Kingdom   | 150,000       |                                            |
      | Greyfield Security      | 2026-09-12 |                  | 1,200,000     | database offered for sale                  |
      | Data Privacy Commission | 2026-09-15 | Ireland          | 610,000       | from the notification updated 14 September |
      | Tallis                  | 2026-09-16 |                  | 1,100,000     | current and former customers               |
      | Tallis                  | 2026-09-16 | Ireland          | 640,000       |                                            |
      | Tallis                  | 2026-09-16 | United Kingdom   | 460,000       |                                            |
      | Tallis                  | 2026-09-16 | Northern Ireland | 85,000        |                                            |
      | Greyfield Security      | 2026-09-22 |                  | 1,400,000     | second database, broadband customers       |
    Then every article agrees with these facts

  Scenario: Online services restored on 17 September
    Given these milestones of "Tallis systems":
      | state    | from       | also written as                                                          |
      | restored | 2026-09-17 | fully restored, back online, working again, running normally, online again |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker        | date       | words                                                                                 |
      | Orla Brennan   | 2026-09-10 | We are deeply sorry, and we will not rest until every affected customer has been contacted |
      | Priya Anand    | 2026-09-12 | The data being sold is far larger than anything the company has admitted so far       |
      | Declan Furlong | 2026-09-15 | A company that keeps copies of its customers' passports has to guard them like cash   |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name           | title                                                                                           | also written as |
      | Orla Brennan   | chief executive, chief executive officer, CEO                                                   | Brennan         |
      | Declan Furlong | Data Privacy Commissioner, commissioner, head of the Data Privacy Commission                    | Furlong         |
      | Priya Anand    | head of threat research, Greyfield's head of threat research                                    | Anand           |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                                   | date       | also written as                                                                                                      |
      | Tallis discovered the breach            | 2026-09-08 | discovered the intrusion, discovered the breach, detected the intrusion, discovering the intrusion                    |
      | Tallis disclosed the breach             | 2026-09-10 | disclosed the breach, disclosed the attack, announced the breach, breach was announced, breach was disclosed, made the breach public |
      | the commission opened an investigation  | 2026-09-15 | opened an investigation, opened its investigation, opened a formal investigation, launched an investigation            |
    Then every article agrees with these facts
