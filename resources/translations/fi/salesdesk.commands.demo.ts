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
        <source>give a number from 1 to 1000000</source>
        <translation>anna luku väliltä 1–1000000</translation>
    </message>
    <message>
        <source>how many leads to make (default 2000)</source>
        <translation>montako liidiä tehdään (oletus 2000)</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same data (default 1)</source>
        <translation>satunnaissiemen: sama siemen antaa samat tiedot (oletus 1)</translation>
    </message>
    <message>
        <source>add demo data to a database that already has leads</source>
        <translation>lisää esimerkkitiedot tietokantaan, jossa on jo liidejä</translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation>tulosta määrät JSON-muodossa</translation>
    </message>
    <message>
        <source>{name} already has leads; use --append to add demo data to it anyway.</source>
        <translation>Tietokannassa {name} on jo liidejä; lisää esimerkkitiedot silti valitsimella --append.</translation>
    </message>
    <message>
        <source>Demo data in {name}: {leads} leads ({open} open, {won} won, {lost} lost), {contacts} contacts, {follow_ups} follow-ups ({overdue} overdue), {referrals} referrals, in {seconds} s.</source>
        <translation>Esimerkkitiedot tietokannassa {name}: {leads} liidiä ({open} avoinna, {won} voitettu, {lost} menetetty), {contacts} yhteystietoa, {follow_ups} seurantaa ({overdue} myöhässä), {referrals} suositusta, {seconds} s.</translation>
    </message>
    <message>
        <source>fill the database with realistic demo data</source>
        <translation>täytä tietokanta realistisilla esimerkkitiedoilla</translation>
    </message>
</context>
</TS>
