<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>expected a whole number, not {text}</source>
        <translation>odotettiin kokonaislukua, ei {text}</translation>
    </message>
    <message>
        <source>give a number from 0 to 10000</source>
        <translation>anna luku väliltä 0–10000</translation>
    </message>
    <message>
        <source>whose leads: me, all (default) or an owner&apos;s name or initials</source>
        <translation>kenen liidit: me (omat), all (kaikki, oletus) tai myyjän nimi tai nimikirjaimet</translation>
    </message>
    <message>
        <source>only leads matching this search</source>
        <translation>vain tätä hakua vastaavat liidit</translation>
    </message>
    <message>
        <source>how many days back the won and lost columns reach (default 30)</source>
        <translation>kuinka monta päivää taaksepäin voitetut ja hävityt ulottuvat (oletus 30)</translation>
    </message>
    <message>
        <source>also list the first N cards of each column</source>
        <translation>luettele myös kunkin sarakkeen N ensimmäistä korttia</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>No owner called {name}.</source>
        <translation>Myyjää {name} ei löydy.</translation>
    </message>
    <message>
        <source>{stale} stale, {overdue} overdue</source>
        <translation>{stale} jumissa, {overdue} myöhässä</translation>
    </message>
    <message>
        <source>weighted {amount}</source>
        <translation>painotettu {amount}</translation>
    </message>
    <message>
        <source>print the funnel board&apos;s columns</source>
        <translation>tulosta myyntiputken taulun sarakkeet</translation>
    </message>
</context>
</TS>
