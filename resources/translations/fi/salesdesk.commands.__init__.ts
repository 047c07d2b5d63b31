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
        <source>give a number from 1 to {max}</source>
        <translation>anna luku väliltä 1–{max}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Waiting for another SalesDesk window or command to finish…</source>
        <translation>Odotetaan, että toinen SalesDesk-ikkuna tai -komento valmistuu…</translation>
    </message>
</context>
</TS>
