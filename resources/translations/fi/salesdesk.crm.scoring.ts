<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Scoring</name>
    <message>
        <source>Score {score} of 100</source>
        <translation>Pisteet {score}/100</translation>
    </message>
    <message>
        <source>Source and temperature weights come from your own win rates ({count} closed leads).</source>
        <translation>Lähteen ja lämpötilan painot tulevat omista voittoprosenteistasi ({count} suljettua liidiä).</translation>
    </message>
    <message>
        <source>Standard weights: your own win rates are used once {needed} leads are closed ({count} so far).</source>
        <translation>Vakiopainot: omia voittoprosenttejasi käytetään, kun {needed} liidiä on suljettu (nyt {count}).</translation>
    </message>
    <message>
        <source>Temperature: {t}</source>
        <translation>Lämpötila: {t}</translation>
    </message>
    <message>
        <source>Stage: {stage} ({p} % win probability)</source>
        <translation>Vaihe: {stage} (voiton todennäköisyys {p} %)</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Lähde: {source}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>titteli</translation>
    </message>
    <message>
        <source>deal value</source>
        <translation>kaupan arvo</translation>
    </message>
    <message>
        <source>Contact data complete</source>
        <translation>Yhteystiedot kattavat</translation>
    </message>
    <message>
        <source>Contact data: missing {fields}</source>
        <translation>Yhteystiedoista puuttuu: {fields}</translation>
    </message>
    <message>
        <source>Activity within {days} days</source>
        <translation>Toimintaa {days} päivän sisällä</translation>
    </message>
    <message>
        <source>No activity in the last {days} days</source>
        <translation>Ei toimintaa {days} päivään</translation>
    </message>
    <message>
        <source>Only {count} closed leads are “{what}”: too few to learn from, so its weight stays close to the standard one and keeps the standard order.</source>
        <translation>Vain {count} suljettua liidiä on ”{what}”: liian vähän oppimiseen, joten painotus pysyy lähellä vakiota ja vakiojärjestyksessä.</translation>
    </message>
</context>
</TS>
