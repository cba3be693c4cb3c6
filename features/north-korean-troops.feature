Feature: North Korean troops in Russia, autumn 2024
  What our newsroom has verified about North Korea's deployment of troops to Russia for the war
  against Ukraine: who estimated how many troops when, when they reached Kursk and were first
  reported in combat, what officials said, their titles, and the dates of related events.
  Sources: the newsroom's timeline of public reporting (NIS, Pentagon, State Department, Ukraine).

  Background:
    Given the articles in "../seeds"
    And these names:
      | name                | also written as                                                                                                                                                                                             |
      | North Korean troops | North Korean soldiers, North Korean forces, North Korean special forces, North Korean infantry, North Korean personnel, DPRK troops, DPRK soldiers, troops from North Korea, soldiers from North Korea, Pyongyang's troops |
      | South Korea         | South Korean intelligence, South Korea's intelligence service, National Intelligence Service, NIS, South Korea's spy agency, Seoul's spy agency, Seoul, Yoon Suk Yeol, Cho Tae-yong, Kim Yong-hyun            |
      | United States       | US, U.S., Washington, Pentagon, State Department, White House, US officials, Lloyd Austin, Austin, Antony Blinken, Blinken, John Kirby, Kirby, Sabrina Singh, Pat Ryder                                      |
      | Ukraine             | Kyiv, Ukrainian officials, Ukrainian intelligence, Ukraine's military intelligence, HUR, Volodymyr Zelensky, Zelensky, Kyrylo Budanov, Budanov, Rustem Umerov, Umerov                                        |

  Scenario: Troop estimates by source and date
    Given these estimates of "North Korean troops":
      | source        | as of      | count            | note                                                                  |
      | South Korea   | 2024-10-18 | about 1,500      | first contingent, shipped to Russia's Far East (NIS statement)        |
      | South Korea   | 2024-10-18 | 12,000           | decided in total, four brigades (NIS)                                 |
      | South Korea   | 2024-10-23 | about 3,000      | sent so far (NIS director, closed briefing to lawmakers)              |
      | South Korea   | 2024-10-23 | about 10,000     | expected by December (NIS, same briefing)                             |
      | United States | 2024-10-23 | at least 3,000   | moved into eastern Russia in October (John Kirby, White House)        |
      | United States | 2024-10-28 | about 10,000     | sent to train in eastern Russia (Pentagon, Sabrina Singh)             |
      | United States | 2024-10-31 | about 10,000     | in Russia in total (Blinken and Austin, US-South Korea 2+2)           |
      | United States | 2024-10-31 | up to 8,000      | in the Kursk region (Blinken: "as many as 8,000")                     |
      | United States | 2024-11-04 | at least 10,000  | in the Kursk region (Pentagon, Pat Ryder)                             |
      | United States | 2024-11-04 | 11,000 to 12,000 | in Russia in total (Pentagon, Pat Ryder: "11 to 12,000")              |
      | United States | 2024-11-18 | about 11,000     | moved into the Kursk region (Pentagon, Sabrina Singh)                 |
      | United States | 2024-11-23 | about 10,000     | believed to be in the Kursk region (Austin in Fiji)                   |
      | Ukraine       | 2024-10-17 | 10,000           | being prepared to fight for Russia (Zelensky, Brussels)               |
      | Ukraine       | 2024-10-18 | about 11,000     | training in eastern Russia (Budanov, head of HUR)                     |
      | Ukraine       | 2024-10-22 | up to 12,000     | two units of up to 6,000 each (Zelensky, evening address)             |
      | Ukraine       | 2024-11-04 | 11,000           | in the Kursk region (Zelensky, citing intelligence)                   |
      | Ukraine       | 2024-11-05 | about 12,000     | identified in Russia, most still training (Umerov, KBS)               |
    Then every article agrees with these facts

  Scenario: Arrival in Kursk and first combat
    Given these milestones of "North Korean troops":
      | state    | from       | also written as                                                                                                                                                                         |
      | in Kursk | 2024-10-23 | in the Kursk region, in Russia's Kursk region, in Kursk Oblast, deployed to Kursk, deployed to the Kursk region, arrived in Kursk, reached Kursk, stationed in Kursk, moved into Kursk, transported to Kursk |
      | fighting | 2024-11-04 | in combat, engaged in combat, engaging in combat, entered combat, seen combat, in battle, battling, joined the fighting, fighting alongside, clashed with Ukrainian forces, deploy into combat, fought |
    Then every article agrees with these facts

  Scenario: Quotes
    Given these quotes:
      | speaker        | date       | words                                                                                                                                                               |
      | Lloyd Austin   | 2024-10-23 | There is evidence that there are DPRK troops in Russia                                                                                                              |
      | Antony Blinken | 2024-10-31 | We've not yet seen these troops deploy into combat against Ukrainian forces, but we would expect that to happen in the coming days                                  |
      | Lloyd Austin   | 2024-10-31 | Make no mistake: if these North Korean troops engage in combat or combat support operations against Ukraine, they would make themselves legitimate military targets |
      | Lloyd Austin   | 2024-11-23 | Based upon what they've been trained on, the way they've been integrated into the Russian formations, I fully expect to see them engaged in combat soon             |
    Then every article agrees with these facts

  Scenario: Officials
    Given these people:
      | name               | title                                                                                                                 | also written as                     |
      | Lloyd Austin       | Secretary of Defense, Defense Secretary, US Defense Secretary, US Secretary of Defense, defense chief, Pentagon chief | Austin, Lloyd J. Austin III         |
      | Antony Blinken     | Secretary of State, US Secretary of State, top US diplomat                                                            | Blinken, Tony Blinken               |
      | John Kirby         | White House national security spokesman, National Security Council spokesman, national security communications adviser | Kirby                             |
      | Volodymyr Zelensky | President of Ukraine, Ukrainian President, Ukraine's President, President                                             | Zelensky, Zelenskyy, Zelenskiy      |
      | Yoon Suk Yeol      | President of South Korea, South Korean President, South Korea's President, President                                  | Yoon, Yoon Suk-yeol                 |
      | Kim Jong Un        | North Korean leader, North Korea's leader, leader of North Korea, Chairman of the State Affairs Commission            | Kim Jong-un                         |
      | Vladimir Putin     | President of Russia, Russian President, Russia's President, President                                                 | Putin                               |
    Then every article agrees with these facts

  Scenario: Dates of related events
    Given these events:
      | event                                  | date       | also written as                                                                                                                                                   |
      | Russia and North Korea signed a treaty | 2024-06-19 | signed a mutual defense treaty, signed a mutual defence treaty, signed a mutual defense pact, signed a defense pact, signed an agreement, signed the treaty, signed the pact |
      | the State Duma ratified the treaty     | 2024-10-24 | Duma ratified, ratified by the State Duma, Duma voted to ratify, Russia's lower house ratified                                                                      |
      | the treaty entered into force          | 2024-12-04 | entered into force, came into force, took effect                                                                                                                  |
      | Ukraine's Kursk incursion began        | 2024-08-06 | Kursk incursion, incursion into Kursk, incursion into the Kursk region, cross-border offensive into Kursk                                                         |
    Then every article agrees with these facts
