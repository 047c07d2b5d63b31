<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Minä olen:</translation>
    </message>
    <message>
        <source>The sales rep who uses this computer: &quot;my&quot; leads and follow-ups</source>
        <translation>Myyjä, joka käyttää tätä konetta: ”omat” liidit ja seurannat</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Puhelinnumeroiden oletus&amp;maa:</translation>
    </message>
    <message>
        <source>Two-letter country code used for phone numbers written without +, e.g. FI</source>
        <translation>Kaksikirjaiminen maakoodi numeroille, joista puuttuu +, esim. FI</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Oletus&amp;valuutta:</translation>
    </message>
    <message>
        <source>A change of language takes effect when SalesDesk is started again.</source>
        <translation>Kielen vaihto tulee voimaan, kun SalesDesk käynnistetään uudelleen.</translation>
    </message>
</context>
</TS>
