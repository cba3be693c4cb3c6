Feature: The Eastmouth dock strike

  Background:
    Given the articles in "articles"
    And these names:
      | name                  | also written as                         |
      | striking dock workers | dock workers on strike, striking dockers |
      | Harbour Union         | the union, Mara Quill                    |
      | Port Authority        | the port authority                       |
