<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>SalesDesk: leads, funnel, follow-ups and referrals, offline.</source>
        <translation>SalesDesk: liidit, myyntiputki, seurannat ja suosittelut – myös ilman verkkoa.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMENTO</translation>
    </message>
    <message>
        <source>database file or postgresql+psycopg:// address (default: your data folder)</source>
        <translation>tietokantatiedosto tai postgresql+psycopg://-osoite (oletus: oma datakansiosi)</translation>
    </message>
    <message>
        <source>language (default: the system&apos;s)</source>
        <translation>kieli (oletus: järjestelmän kieli)</translation>
    </message>
</context>
</TS>
