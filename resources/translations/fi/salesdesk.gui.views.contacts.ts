<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 14 notices due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from purchased lists not informed of the processing within a month (GDPR art. 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected informed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts whose article 14 notice is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Yhteystiedot</translation>
    </message>
    <message>
        <source>Select the contacts you have informed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
