<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>People and organizations, with their leads and referrals.</source>
        <translation>Henkilöt ja organisaatiot liideineen ja suositteluineen.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
</context>
</TS>
