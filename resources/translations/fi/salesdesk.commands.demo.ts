<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>expected a whole number, not {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many leads to make (default 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same data (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add demo data to a database that already has leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has leads; use --append to add demo data to it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data in {name}: {leads} leads ({open} open, {won} won, {lost} lost), {contacts} contacts, {follow_ups} follow-ups ({overdue} overdue), {referrals} referrals, in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
