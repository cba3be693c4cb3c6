Feature: Belgian pension strikes, October 2026
  What our newsroom has verified about the three national days of strikes and marches that
  the United Labour Front called against the pension bill in October 2026. For each day the
  unions and the police give their own count of marchers, for the whole country and for each
  city; a later day's count replaces an earlier day's in the rows below, so a figure for an
  earlier day must say which day it was. The union front, its leaders, the ministers, the
  police spokesman and the outlets are invented; the cities are real.

  Background:
    Given the articles in "articles"
    And these names:
      | name                 | also written as                                                                                                                                       |
      | demonstrators        | protesters, protestors, marchers, people marched, demonstrated, took to the streets, turnout, people took part, participants, people joined the march, crowd |
      | rail strike          | railway strike, strike on the railways, rail walkout, train strike                                                                                    |
      | United Labour Front  | ULF, the unions, unions, union front, organisers, organizers, union organisers, union organizers, Marc Delvaux, Delvaux, Lotte Maes                   |
      | police               | the police, federal police, local police, police sources, police estimates, police count, Jonas Wuyts                                                  |
      | Brussels             | Bruxelles, Brussel                                                                                                                                    |
      | Antwerp              | Antwerpen, Anvers                                                                                                                                     |
      | Liège                | Liege, Luik                                                                                                                                           |
      | Ghent                | Gent, Gand                                                                                                                                            |
      | Charleroi            |                                                                                                                                                       |
    And these places:
      | place     | within |
      | Brussels  |        |
      | Antwerp   |        |
      | Liège     |        |
      | Ghent     |        |
      | Charleroi |        |

  Scenario: Marchers by city, source and day
    Given these estimates of "demonstrators":
      | source              | as of      | where    | count   | note                 |
      | United Labour Front | 2026-10-06 |          | 210,000 | first day, nationwide |
      | police              | 2026-10-06 |          | 94,000  | first day, nationwide |
      | United Labour Front | 2026-10-06 | Brussels | 120,000 |                      |
      | police              | 2026-10-06 | Brussels | 55,000  |                      |
      | United Labour Front | 2026-10-06 | Antwerp  | 30,000  |                      |
      | police              | 2026-10-06 | Antwerp  | 12,000  |                      |
      | United Labour Front | 2026-10-06 | Liège    | 25,000  |                      |
      | police              | 2026-10-06 | Liège    | 11,500  |                      |
      | United Labour Front | 2026-10-14 |          | 260,000 | second day           |
      | police              | 2026-10-14 |          | 118,000 | second day           |
      | United Labour Front | 2026-10-14 | Brussels | 150,000 |                      |
      | police              | 2026-10-14 | Brussels | 70,000  |                      |
      | United Labour Front | 2026-10-14 | Antwerp  | 35,000  |                      |
      | police              | 2026-10-14 | Antwerp  | 14,500  |                      |
      | United Labour Front | 2026-10-14 | Liège    | 32,000  |                      |
      | police              | 2026-10-14 | Liège    | 15,000  |                      |
      | United Labour Front | 2026-10-14 | Ghent    | 18,000  | first march in Ghent |
      | police              | 2026-10-14 | Ghent    | 7,200   |                      |
      | United Labour Front | 2026-10-22 |          | 180,000 | third day            |
      | police              | 2026-10-22 |          | 76,000  | third day            |
      | United Labour Front | 2026-10-22 | Brussels | 100,000 |                      |
      | police              | 2026-10-22 | Brussels | 41,000  |                      |
      | United Labour Front | 2026-10-22 | Liège    | 27,000  |                      |
      | police              | 2026-10-22 | Liège    | 12,000  |                      |
    Then every article agrees with these facts

  Scenario: The rail strike was called off on 23 October
    Given these milestones of "rail strike":
      | state      | from       | also written as                                              |
      | called off | 2026-10-23 | ended, suspended, over, came to an end, lifted, halted        |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker          | date       | words                                                                     |
      | Marc Delvaux     | 2026-10-06 | The streets have given their answer, and the government would be wise to listen |
      | Sofie Verhaegen  | 2026-10-07 | A march does not change the arithmetic of the pension system              |
      | Marc Delvaux     | 2026-10-14 | We will keep coming back until the bill is withdrawn                      |
      | Pieter Claes     | 2026-10-14 | The right to strike is sacred, but so is the right to get to work         |
    Then every article agrees with these facts

  Scenario: People
    Given these people:
      | name            | title                                                                                       | also written as |
      | Marc Delvaux    | president of the United Labour Front, ULF president, union leader, ULF leader, head of the United Labour Front | Delvaux |
      | Sofie Verhaegen | Minister of Employment, Employment Minister, employment minister, minister for employment   | Verhaegen       |
      | Pieter Claes    | Minister of the Interior, Interior Minister, interior minister                               | Claes           |
      | Jonas Wuyts     | police spokesman, federal police spokesman, spokesman for the federal police                 | Wuyts           |
      | Lotte Maes      | general secretary of the United Labour Front, ULF general secretary, general secretary       | Maes            |
    Then every article agrees with these facts

  Scenario: Dates
    Given these events:
      | event                                  | date       | also written as                                                                  |
      | government unveiled the pension bill   | 2026-09-15 | unveiled the pension bill, unveiled the bill, presented the pension bill, pension bill was unveiled |
      | first day of action                    | 2026-10-06 | first national day of action, first day of strikes, first day of action          |
      | parliament votes on the pension bill   | 2026-10-29 | vote on the pension bill, vote on the bill, final vote                            |
    Then every article agrees with these facts
