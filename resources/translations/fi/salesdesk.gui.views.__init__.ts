<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Views</name>
    <message>
        <source>Board</source>
        <translation>Myyntiputki</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seurannat</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Suosittelut</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Kojelauta</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Tuonnit</translation>
    </message>
</context>
</TS>
