Feature: Refugees from the fighting in eastern Rasmenia, autumn 2026
  What our newsroom has verified about people fleeing the (invented) Rasmenian army's
  offensive on the Varsk region, which began on 7 September 2026, into the neighbouring
  (invented) countries of Lorvia and Dessar. Counts are of refugees and asylum seekers
  who have arrived since the offensive began, by source: the UN refugee agency (UNHCR)
  counts registrations in both countries, each host government its own border records.
  Kesh is the Lorvian border town at the main crossing; Ostry a small Dessari town in
  Harrow Province. Neither publishes its own count.

  Background:
    Given the articles in "articles"
    And these names:
      | name               | also written as                                                                                          |
      | refugees           | refugee, asylum seekers, asylum-seekers, fled, have fled, people fleeing, arrivals, new arrivals, crossed the border, crossed into |
      | UNHCR              | UN refugee agency, UN Refugee Agency, United Nations refugee agency, UN agency, Hana Ristic, Jonas Hale    |
      | Lorvian government | Lorvian interior ministry, Lorvia's interior ministry, Lorvian authorities, Lorvian officials, Pavel Orda |
      | Dessari government | Dessar's Migration Office, Dessari Migration Office, Migration Office, Dessari authorities, Amira Sefton |
      | Kesh crossing      | Kesh border crossing, crossing at Kesh, Kesh checkpoint, Kesh border post                                 |
      | Hana Ristic        | Ristic                                                                                                   |
      | Jonas Hale         | Hale                                                                                                     |
      | Pavel Orda         | Orda                                                                                                     |
      | Amira Sefton       | Sefton                                                                                                   |
      | Lorvia             | Lorvian territory                                                                                        |
      | Brenna Valley      | the Brenna, Brenna region                                                                                |
      | Kesh               | town of Kesh                                                                                             |
      | Dessar             | Dessari territory                                                                                        |
      | Harrow Province    | Harrow                                                                                                   |
      | Ostry              | town of Ostry                                                                                            |
    And these places:
      | place           | within          |
      | Lorvia          |                 |
      | Brenna Valley   | Lorvia          |
      | Kesh            | Brenna Valley   |
      | Dessar          |                 |
      | Harrow Province | Dessar          |
      | Ostry           | Harrow Province |

  Scenario: Arrivals by source, host country, border region and date
    Given these estimates of "refugees":
      | source             | as of      | where           | count             | note                                  |
      | UNHCR              | 2026-09-10 |                 | 48,000            | first regional figure                 |
      | Lorvian government | 2026-09-13 | Lorvia          | 95,000            | border police records                 |
      | Lorvian government | 2026-09-13 | Brenna Valley   | 60,000            |                                       |
      | UNHCR              | 2026-09-14 |                 | 112,000           |                                       |
      | UNHCR              | 2026-09-14 | Lorvia          | 81,000            |                                       |
      | UNHCR              | 2026-09-14 | Dessar          | 31,000            |                                       |
      | UNHCR              | 2026-09-29 |                 | 178,000           |                                       |
      | UNHCR              | 2026-09-29 | Lorvia          | 126,000           |                                       |
      | UNHCR              | 2026-09-29 | Dessar          | 52,000            |                                       |
      | Lorvian government | 2026-10-04 | Lorvia          | more than 170,000 |                                       |
      | UNHCR              | 2026-10-05 |                 | 205,000           | registrations in both countries       |
      | UNHCR              | 2026-10-05 | Lorvia          | 140,000           |                                       |
      | UNHCR              | 2026-10-05 | Dessar          | 65,000            |                                       |
      | Dessari government | 2026-10-06 | Dessar          | 72,500            |                                       |
      | Dessari government | 2026-10-06 | Harrow Province | 58,000            |                                       |
    Then every article agrees with these facts

  Scenario: The Kesh crossing reopened on 20 October
    Given these milestones of "Kesh crossing":
      | state    | from       | also written as                                         |
      | reopened | 2026-10-20 | reopened, open again, reopening, back open, opened again |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker      | date       | words                                                                                  |
      | Hana Ristic  | 2026-09-10 | People are arriving with nothing but the clothes they are wearing                      |
      | Pavel Orda   | 2026-09-30 | Our reception centres are full and our border towns cannot take one more family        |
      | Hana Ristic  | 2026-10-05 | Closing the crossing has not stopped people fleeing, it has only made the journey more dangerous |
      | Amira Sefton | 2026-10-06 | Dessar will keep its border open for as long as the fighting lasts                     |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name         | title                                                                                                  | also written as |
      | Hana Ristic  | UNHCR spokesperson, UNHCR spokeswoman, spokeswoman for UNHCR, spokesperson, spokeswoman                 | Ristic          |
      | Jonas Hale   | UNHCR representative in Lorvia, UNHCR's representative in Lorvia, representative                         | Hale            |
      | Pavel Orda   | Interior Minister, Lorvian interior minister, Lorvia's interior minister, minister of the interior, minister | Orda            |
      | Amira Sefton | head of the Migration Office, director of the Migration Office, Migration Office director, director       | Sefton          |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                           | date       | also written as                                                       |
      | offensive on Varsk began        | 2026-09-07 | offensive began, offensive on Varsk, Varsk offensive, the offensive    |
      | Lorvia closed the Kesh crossing | 2026-09-30 | closed the Kesh crossing, closed the crossing, closure of the crossing, shut the crossing |
      | Kesh crossing reopened          | 2026-10-20 | reopened the crossing, reopening of the crossing, crossing reopened    |
      | donor conference                | 2026-11-03 | pledging conference, donors' conference, donor meeting                 |
    Then every article agrees with these facts
